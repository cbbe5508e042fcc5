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
    for (int top = depth; nextWithin(top); ) {
      // each element within is read through to the end
    }
  }

  /** Whether the current element's content is not shown as the document's text. */
  abstract boolean hidden();

  /** The depth of the current element, the document's root 1: where a walk within it starts ({@link #nextWithin}). */
  int depth() {
    return depth;
  }

  /**
   * Moves to the next element that starts within the element at {@code top}, as a body, a table or a text box is gone
   * through: an element the caller does not read to its end nor skip is a wrapper (a list, a content control), whose
   * children are walked next as the element's own. False at the element's end.
   */
  boolean nextWithin(int top) throws XMLStreamException {
    for (; ; ) {
      int e = next();
      if (e == END_ELEMENT && depth < top) {
        return false;
      } else if (e == START_ELEMENT) {
        return true;
      }
    }
  }

  /** Skips the current element where its content is hidden; else its content is read through, as a wrapper's. */
  void readThrough() throws XMLStreamException {
    if (hidden()) {
      skip();
    }
  }

  /** Whether the current element stands right in the element at {@code top}, in no wrapper. */
  boolean standsIn(int top) {
    return depth == top + 1;
  }
}
