package org.govdisclosure.pipeline;

/** Registered for the tests only: an extractor with a bug that throws on reports whose title asks for it. */
public final class ExplodingExtractor extends TriggeredExtractor {

  static final String TRIGGER = "触发测试异常";

  public ExplodingExtractor() {
    super("review_litigation", TRIGGER);
  }

  @Override
  void misbehave() {
    throw new IllegalStateException("deliberate test failure");
  }
}
