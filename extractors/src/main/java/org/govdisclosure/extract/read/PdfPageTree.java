package org.govdisclosure.extract.read;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Measures a PDF's page tree without recursion. PDFBox walks the tree, and each page's chain of parents for the
 * attributes a page inherits, recursively and without a limit, so a tree nested some thousands of levels deep
 * would exhaust the stack; real page trees are a few levels deep.
 */
final class PdfPageTree {

  private record Node(COSDictionary dictionary, int depth) {}

  private PdfPageTree() {}

  /** Whether the page tree, or any page's chain of parents, is more than {@code limit} levels deep. */
  static boolean deeperThan(PDDocument pdf, int limit) {
    COSDictionary root = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
    if (root == null) {
      return false;
    }
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Node> open = new ArrayDeque<>();
    open.push(new Node(root, 1));
    while (!open.isEmpty()) {
      Node node = open.pop();
      if (node.depth() > limit) {
        return true;
      }
      // A loop in the tree is PDFBox's to report; each node is measured once.
      if (!seen.add(node.dictionary())) {
        continue;
      }
      COSArray kids = node.dictionary().getCOSArray(COSName.KIDS);
      if (kids == null) {
        if (parentsDeeperThan(node.dictionary(), limit)) {
          return true;
        }
        continue;
      }
      for (int i = 0; i < kids.size(); i++) {
        if (kids.getObject(i) instanceof COSDictionary kid) {
          open.push(new Node(kid, node.depth() + 1));
        }
      }
    }
    return false;
  }

  private static boolean parentsDeeperThan(COSDictionary page, int limit) {
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    COSBase parent = page.getDictionaryObject(COSName.PARENT, COSName.P);
    for (int depth = 1; parent instanceof COSDictionary d && seen.add(d); depth++) {
      if (depth > limit) {
        return true;
      }
      parent = d.getDictionaryObject(COSName.PARENT, COSName.P);
    }
    return false;
  }
}
