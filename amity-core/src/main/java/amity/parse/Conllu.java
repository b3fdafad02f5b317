package amity.parse;

import amity.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-U files (Universal Dependencies): words, parts of speech, heads and relations;
 * multiword tokens give their words one span in the text; empty nodes are skipped. Words are
 * found in the sentence's {@code # text} (or in a text rebuilt from the forms and {@code
 * SpaceAfter=No}), so that a sentence can be cut again into other tokens. Stateless.
 *
 * <pre>{@code
 * List<UdSentence> sentences = Conllu.read(Path.of("en_ewt-ud-dev.conllu"));
 * }</pre>
 */
public final class Conllu {
  private Conllu() {}

  /**
   * {@return the sentences of a file}
   *
   * @throws UncheckedIOException when it cannot be read, or a line is not CoNLL-U (naming the file and line)
   */
  public static List<UdSentence> read(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** {@return the sentences of CoNLL-U text named {@code source} in messages} */
  public static List<UdSentence> read(BufferedReader r, String source) throws IOException {
    List<UdSentence> out = new ArrayList<>();
    Builder b = new Builder();
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank()) {
        if (!b.words.isEmpty()) out.add(b.build(out.size() + 1));
        b = new Builder();
      } else if (line.startsWith("#")) {
        String l = line.substring(1).strip();
        if (l.startsWith("sent_id")) b.id = value(l);
        else if (l.startsWith("text ") || l.startsWith("text=")) b.text = value(l);
      } else {
        String[] c = line.split("\t", -1);
        if (c.length != 10) throw new IOException(source + ":" + no + ": expected 10 tab-separated columns, got " + c.length);
        try {
          b.add(c);
        } catch (NumberFormatException e) {
          throw new IOException(source + ":" + no + ": bad number in " + c[0] + " or " + c[6], e);
        }
      }
    }
    if (!b.words.isEmpty()) out.add(b.build(out.size() + 1));
    return out;
  }

  private static String value(String comment) {
    int eq = comment.indexOf('=');
    return eq < 0 ? "" : comment.substring(eq + 1).strip();
  }

  /** The lines of one sentence. */
  private static final class Builder {
    String id = "";
    String text = "";
    final List<String> words = new ArrayList<>();
    final List<String> upos = new ArrayList<>();
    final List<Integer> heads = new ArrayList<>();
    final List<String> relations = new ArrayList<>();
    // surface units: a word or a multiword token, with the words it covers and SpaceAfter
    final List<String> surface = new ArrayList<>();
    final List<int[]> covers = new ArrayList<>();
    final List<Boolean> spaceAfter = new ArrayList<>();
    int rangeEnd;

    void add(String[] c) {
      String id = c[0];
      if (id.contains(".")) return; // empty node
      boolean space = !c[9].contains("SpaceAfter=No");
      int dash = id.indexOf('-');
      if (dash > 0) {
        int from = Integer.parseInt(id.substring(0, dash));
        rangeEnd = Integer.parseInt(id.substring(dash + 1));
        surface.add(c[1]);
        covers.add(new int[] {from, rangeEnd});
        spaceAfter.add(space);
        return;
      }
      int i = Integer.parseInt(id);
      words.add(c[1]);
      upos.add(c[3]);
      heads.add(c[6].equals("_") ? 0 : Integer.parseInt(c[6]));
      relations.add(c[7]);
      if (i > rangeEnd) {
        surface.add(c[1]);
        covers.add(new int[] {i, i});
        spaceAfter.add(space);
      }
    }

    UdSentence build(int number) {
      if (text.isEmpty()) {
        StringBuilder t = new StringBuilder();
        for (int k = 0; k < surface.size(); k++) {
          t.append(surface.get(k));
          if (spaceAfter.get(k) && k + 1 < surface.size()) t.append(' ');
        }
        text = t.toString();
      }
      return new UdSentence(id.isEmpty() ? String.valueOf(number) : id, text, words, upos, heads, relations, align());
    }

    /** White space, no-break spaces included. */
    private static boolean space(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Finds each surface unit in the text, ignoring white space; empty when one is not there. */
    private List<Span> align() {
      Span[] spans = new Span[words.size()];
      int at = 0;
      for (int k = 0; k < surface.size(); k++) {
        String form = surface.get(k);
        while (at < text.length() && space(text.charAt(at))) at++;
        int start = at;
        for (int j = 0; j < form.length(); j++) {
          char ch = form.charAt(j);
          if (space(ch)) continue;
          while (at < text.length() && space(text.charAt(at)) && j > 0) at++;
          if (at >= text.length() || text.charAt(at) != ch) return List.of();
          at++;
        }
        int[] c = covers.get(k);
        for (int w = c[0]; w <= c[1]; w++) {
          if (w < 1 || w > spans.length) return List.of();
          spans[w - 1] = new Span(start, at);
        }
      }
      for (Span s : spans) if (s == null) return List.of();
      return List.of(spans);
    }
  }
}
