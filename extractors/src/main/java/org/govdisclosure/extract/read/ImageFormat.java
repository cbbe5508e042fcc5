package org.govdisclosure.extract.read;

/** A picture of the report (PNG, JPEG, TIFF), read by OCR. */
public final class ImageFormat extends SniffedFormat {

  public ImageFormat() {
    super("ImageReader", 400, opensWith(Openings::image));
  }

  @Override
  public Reading open(PageOcr ocr) {
    ImageReader image = new ImageReader(ocr);
    return file -> image.read(file.bytes());
  }
}
