package org.govdisclosure.extract.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.ArrayList;

/**
 * A text as a mirror site prints it in Traditional script: each character of the readers' table in a Traditional form,
 * one of its forms at random where it has several (并 as 並 or 併, 复 as 復 or 複).
 */
final class TraditionalScript {

  private static final Map<Character, List<Character>> FORMS = forms();

  private TraditionalScript() {}

  static String of(String simplified, Random rnd) {
    StringBuilder b = new StringBuilder(simplified.length());
    for (int i = 0; i < simplified.length(); i++) {
      char c = simplified.charAt(i);
      List<Character> forms = FORMS.get(c);
      b.append(forms == null ? c : forms.get(rnd.nextInt(forms.size())));
    }
    return b.toString();
  }

  private static Map<Character, List<Character>> forms() {
    Map<Character, List<Character>> forms = new HashMap<>();
    try (InputStream in = TraditionalScript.class.getResourceAsStream("/org/govdisclosure/extract/model/traditional.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          forms.computeIfAbsent(line.charAt(2), k -> new ArrayList<>()).add(line.charAt(0));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return forms;
  }
}
