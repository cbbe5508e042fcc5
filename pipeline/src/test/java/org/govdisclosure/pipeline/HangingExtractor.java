package org.govdisclosure.pipeline;

/** Registered for the tests only: an extractor that never finishes on reports whose title asks for it. */
public final class HangingExtractor extends TriggeredExtractor {

  static final String TRIGGER = "触发测试超时";

  public HangingExtractor() {
    super("procurement", TRIGGER);
  }

  @Override
  void misbehave() {
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      // The time budget ran out and the worker was stopped: the result is no longer wanted.
      Thread.currentThread().interrupt();
    }
  }
}
