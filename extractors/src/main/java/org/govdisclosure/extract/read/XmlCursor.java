package org.govdisclosure.extract.read;

import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A streaming parser of a document's XML with the depth of the element it is in, refused past {@link #MAX_DEPTH}: the
 * walk of the Word and the OpenDocument readers, each of which tells its own elements and which of them are hidden.
 */
abstract class XmlCursor {

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

  /** Whether the current element's content is not shown as the document's text. */
  abstract boolean hidden();

  /** A walk over the elements within the current one. */
  Within within() {
    return new Within();
  }

  /**
   * The elements within an element, as a body, a table or a text box is gone through: at each start the caller reads
   * the element (which moves to its end), or goes into it ({@link #enter}), its children then walked as the element's
   * own, or passes over it ({@link #readThrough}).
   */
  final class Within {
    private int level;

    /** Moves to the next element that starts within; false at the end of the element walked. */
    boolean next() throws XMLStreamException {
      for (; ; ) {
        int e = XmlCursor.this.next();
        if (e == END_ELEMENT && level-- == 0) {
          return false;
        } else if (e == START_ELEMENT) {
          return true;
        }
      }
    }

    /** Walks the current element's children next, as the element walked's own (a wrapper: a list, a content control). */
    void enter() {
      level++;
    }

    /** A wrapper's content read through, a hidden element's skipped. */
    void readThrough() throws XMLStreamException {
      if (hidden()) {
        skip();
      } else {
        enter();
      }
    }

    /** Whether the current element stands in the element walked itself, in no element entered. */
    boolean atTop() {
      return level == 0;
    }
  }
}
