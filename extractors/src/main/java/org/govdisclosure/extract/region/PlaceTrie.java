package org.govdisclosure.extract.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A character trie over place names, frozen into arrays after building. {@link #find} scans left to right taking
 * the longest name at each position and continuing after it — the same spans as OpenNLP's
 * {@code DictionaryNameFinder} over character tokens, at a few hundred times its speed.
 */
final class PlaceTrie {

  private static final int ROOT = 0;

  /** Children of node {@code i}: sorted characters {@code keys[i]} leading to nodes {@code next[i]}. */
  private final char[][] keys;
  private final int[][] next;
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

  @SuppressWarnings("unchecked")
  PlaceTrie(List<PlaceName> names) {
    List<Map<Character, Integer>> children = new ArrayList<>();
    List<List<PlaceName>> payload = new ArrayList<>();
    children.add(new TreeMap<>());
    payload.add(null);
    for (PlaceName name : names) {
      if (name.text().length() > 1) {
        int pair = pair(name.text().charAt(0), name.text().charAt(1));
        openingPairs[pair >>> 6] |= 1L << pair;
      }
      int node = ROOT;
      for (int i = 0; i < name.text().length(); i++) {
        Integer child = children.get(node).get(name.text().charAt(i));
        if (child == null) {
          child = children.size();
          children.get(node).put(name.text().charAt(i), child);
          children.add(new TreeMap<>());
          payload.add(null);
        }
        node = child;
      }
      if (payload.get(node) == null) {
        payload.set(node, new ArrayList<>());
      }
      payload.get(node).add(name);
    }
    keys = new char[children.size()][];
    next = new int[children.size()][];
    values = new List[children.size()];
    for (int i = 0; i < children.size(); i++) {
      Map<Character, Integer> c = children.get(i);
      keys[i] = new char[c.size()];
      next[i] = new int[c.size()];
      int j = 0;
      for (Map.Entry<Character, Integer> e : c.entrySet()) {
        keys[i][j] = e.getKey();
        next[i][j++] = e.getValue();
      }
      values[i] = payload.get(i) == null ? null : List.copyOf(payload.get(i));
    }
    Arrays.fill(rootNext, -1);
    for (int j = 0; j < keys[ROOT].length; j++) {
      rootNext[keys[ROOT][j]] = next[ROOT][j];
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
    int j = Arrays.binarySearch(keys[node], c);
    return j >= 0 ? next[node][j] : -1;
  }
}
