package org.govdisclosure.extract.read;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A stand-in OCR engine: records the frames it is given and reads each as the same text; counts the documents it
 * was asked to read the pictures of.
 */
final class RecordingOcr implements PageOcr {

  final List<BufferedImage> seen = new ArrayList<>();
  int documents;
  private final String text;

  RecordingOcr(String text) {
    this.text = text;
  }

  @Override
  public String engine() {
    return "test";
  }

  @Override
  public Result read(int count, IntFunction<BufferedImage> page) {
    for (int i = 0; i < count; i++) {
      seen.add(page.apply(i));
    }
    return new Result(text, count, 1, List.of());
  }

  @Override
  public PageOcr forDocument() {
    documents++;
    return this;
  }
}
