package org.govdisclosure.extract.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A character trie over place names, built into arrays. {@link #find} scans left to right taking
 * the longest name at each position and continuing after it — the same spans as OpenNLP's
 * {@code DictionaryNameFinder} over character tokens, at a few hundred times its speed.
 */
final class PlaceTrie {

  private static final int ROOT = 0;

  /**
   * Children of node {@code i}: characters {@code keys[firstChild[i] .. firstChild[i + 1])}, sorted, leading to the
   * nodes at the same places of {@code next}.
   */
  private final int[] firstChild;
  private final char[] keys;
  private final int[] next;
  /** Names ending at node {@code i}, or null. */
  private final List<PlaceName>[] values;
  /** Direct index of the root's children: most characters of running text start no name at all. */
  private final int[] rootNext = new int[Character.MAX_VALUE + 1];
  /**
   * A bit for (a hash of) the first two characters of every name longer than one: most pairs of running text whose
   * first character opens a name open none, and are told so without searching the first character's children.
   */
  private final long[] openingPairs = new long[1 << (PAIR_BITS - 6)];
  private static final int PAIR_BITS = 20;

  /**
   * Built from names sorted by their text (as {@link PlaceDictionary} holds them), so that nodes are made depth first,
   * each node's children in the order of their characters, and a name shares with the name before it all the nodes it
   * shares with any: no map per node. One text's names are found in their order here.
   *
   * @throws IllegalArgumentException where a name's text sorts before the text of the name before it
   */
  @SuppressWarnings("unchecked")
  PlaceTrie(List<PlaceName> names) {
    PlaceName[] sorted = names.toArray(new PlaceName[0]);
    int most = 1;
    int longest = 0;
    for (PlaceName name : sorted) {
      most += name.text().length();
      longest = Math.max(longest, name.text().length());
    }
    // as made: a node's character, first child, next sibling and last child (0, the root, for none)
    char[] key = new char[most];
    int[] child = new int[most];
    int[] sibling = new int[most];
    int[] lastChild = new int[most];
    int[] endsAt = new int[sorted.length];
    int[] path = new int[longest + 1];
    int nodes = 1;
    String previous = "";
    for (int n = 0; n < sorted.length; n++) {
      String text = sorted[n].text();
      if (text.length() > 1) {
        int pair = pair(text.charAt(0), text.charAt(1));
        openingPairs[pair >>> 6] |= 1L << pair;
      }
      int shared = 0;
      while (shared < text.length() && shared < previous.length() && text.charAt(shared) == previous.charAt(shared)) {
        shared++;
      }
      if (shared < previous.length() && (shared == text.length() || text.charAt(shared) < previous.charAt(shared))) {
        throw new IllegalArgumentException("names not sorted by text: " + text + " after " + previous);
      }
      for (int i = shared; i < text.length(); i++) {
        int parent = path[i];
        int node = nodes++;
        key[node] = text.charAt(i);
        if (child[parent] == 0) {
          child[parent] = node;
        } else {
          sibling[lastChild[parent]] = node;
        }
        lastChild[parent] = node;
        path[i + 1] = node;
      }
      endsAt[n] = path[text.length()];
      previous = text;
    }
    firstChild = new int[nodes + 1];
    keys = new char[nodes - 1];
    next = new int[nodes - 1];
    int at = 0;
    for (int node = 0; node < nodes; node++) {
      firstChild[node] = at;
      for (int c = child[node]; c != 0; c = sibling[c]) {
        keys[at] = key[c];
        next[at++] = c;
      }
    }
    firstChild[nodes] = at;
    values = new List[nodes];
    for (int from = 0, to; from < sorted.length; from = to) {
      for (to = from + 1; to < sorted.length && endsAt[to] == endsAt[from]; to++) {}
      values[endsAt[from]] = List.of(Arrays.copyOfRange(sorted, from, to));
    }
    Arrays.fill(rootNext, -1);
    for (int j = firstChild[ROOT]; j < firstChild[ROOT + 1]; j++) {
      rootNext[keys[j]] = next[j];
    }
  }

  List<PlaceMatch> find(CharSequence text) {
    List<PlaceMatch> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      // The longest name starting at i: the last node with names on the walk down from the root.
      int end = i;
      int endNode = -1;
      int node = rootNext[text.charAt(i)];
      for (int j = i + 1; node >= 0; j++) {
        if (values[node] != null) {
          end = j;
          endNode = node;
        }
        if (j == text.length() || j == i + 1 && !mayOpen(text.charAt(i), text.charAt(j))) {
          break;
        }
        node = child(node, text.charAt(j));
      }
      if (endNode >= 0) {
        found.add(new PlaceMatch(i, end, values[endNode]));
        i = end;
      } else {
        i++;
      }
    }
    return found;
  }

  private boolean mayOpen(char first, char second) {
    int pair = pair(first, second);
    return (openingPairs[pair >>> 6] & 1L << pair) != 0;
  }

  private static int pair(char first, char second) {
    return ((first << 16) | second) * 0x9E3779B9 >>> (32 - PAIR_BITS);
  }

  private int child(int node, char c) {
    int j = Arrays.binarySearch(keys, firstChild[node], firstChild[node + 1], c);
    return j >= 0 ? next[j] : -1;
  }
}
