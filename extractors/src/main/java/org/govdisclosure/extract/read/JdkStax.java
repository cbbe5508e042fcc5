package org.govdisclosure.extract.read;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

/**
 * The JDK's own StAX reader, never the one a service file or system property on the class path names: on a cluster's
 * class path that is Hadoop's shaded Woodstox, which refuses {@link XMLConstants#ACCESS_EXTERNAL_DTD}, and a reader
 * asking it would fail to load for every report. Hardened: no DTD, no outside entity.
 */
final class JdkStax {

  private JdkStax() {}

  /** A new factory; {@code coalescing}: a text's pieces (around an entity or CDATA) come as one event. */
  static XMLInputFactory hardened(boolean coalescing) {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLInputFactory.IS_COALESCING, coalescing);
    return f;
  }
}
