package amity.testkit;

import amity.ner.corpus.TaggedSentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** A small synthetic English-like corpus that a tagger can learn in a second. */
public final class TinyData {
  private TinyData() {}

  private static final String[] FIRST = {"John", "Mary", "Ana", "Peter", "Lan", "Miguel", "Sarah", "Tom"};
  private static final String[] LAST = {"Smith", "Nguyen", "Garcia", "Brown", "Tran", "Lopez", "Kim"};
  private static final String[] CITY = {"Paris", "Hanoi", "Havana", "Berlin", "Madrid", "Tokyo", "Lima"};
  private static final String[] ORG = {"Reuters", "Google", "UNESCO", "Toyota", "Vinamilk"};
  private static final String[] VERB = {"visited", "left", "praised", "called", "met"};

  /** {@return n sentences from a fixed seed} */
  public static List<TaggedSentence> sentences(int n, long seed) {
    Random r = new Random(seed);
    List<TaggedSentence> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> tok = new ArrayList<>();
      List<String> tag = new ArrayList<>();
      add(tok, tag, pick(r, FIRST) + " " + pick(r, LAST), "PER");
      add(tok, tag, pick(r, VERB), null);
      if (r.nextBoolean()) {
        add(tok, tag, pick(r, ORG), "ORG");
        add(tok, tag, "in", null);
      }
      add(tok, tag, pick(r, CITY), "LOC");
      add(tok, tag, ".", null);
      out.add(new TaggedSentence(tok, tag));
    }
    return out;
  }

  private static String pick(Random r, String[] xs) {
    return xs[r.nextInt(xs.length)];
  }

  private static void add(List<String> tok, List<String> tag, String words, String type) {
    List<String> ws = Arrays.asList(words.split(" "));
    for (int i = 0; i < ws.size(); i++) {
      tok.add(ws.get(i));
      tag.add(type == null ? "O" : (i == 0 ? "B-" : "I-") + type);
    }
  }
}
