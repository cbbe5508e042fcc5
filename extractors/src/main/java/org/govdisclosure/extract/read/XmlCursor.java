package org.govdisclosure.extract.read;

import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A streaming parser of a document's XML with the depth of the element it is in, refused past {@link #MAX_DEPTH}: the
 * walk of the Word and the OpenDocument readers, each of which tells its own elements.
 */
class XmlCursor {

  /**
   * Elements nested deeper than this are refused: a report nests some dozens of levels (a table three more), a file
   * nested thousands deep is built to hurt.
   */
  static final int MAX_DEPTH = 1_000;

  final XMLStreamReader xml;
  private int depth;

  XmlCursor(XMLStreamReader xml) {
    this.xml = xml;
  }

  int next() throws XMLStreamException {
    int e = xml.next();
    if (e == START_ELEMENT && ++depth > MAX_DEPTH) {
      throw new XMLStreamException("elements nested past a depth of " + MAX_DEPTH);
    } else if (e == END_ELEMENT) {
      depth--;
    }
    return e;
  }

  /** Moves to the end of the current element. */
  void skip() throws XMLStreamException {
    for (int level = 0; ; ) {
      int e = next();
      if (e == END_ELEMENT && level-- == 0) {
        return;
      } else if (e == START_ELEMENT) {
        level++;
      }
    }
  }
}
