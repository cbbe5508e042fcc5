package org.govdisclosure.extract.read;

/** A picture of the report (PNG, JPEG, TIFF), read by OCR. */
public final class ImageFormat implements FormatReader {

  @Override
  public String name() {
    return "ImageReader";
  }

  @Override
  public int order() {
    return 400;
  }

  @Override
  public boolean accepts(OfferedFile file) {
    return Openings.image(file.bytes());
  }

  @Override
  public Reading open(PageOcr ocr) {
    ImageReader image = new ImageReader(ocr);
    return file -> image.read(file.bytes());
  }
}
