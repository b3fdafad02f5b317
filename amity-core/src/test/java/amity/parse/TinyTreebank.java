package amity.parse;

import amity.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up sentences with trees, in three patterns (a transitive clause, a coordination, a
 * passive with its agent), for training tests that must run in a second.
 */
final class TinyTreebank {
  private TinyTreebank() {}

  private static final String[] NOUNS = {"minister", "president", "delegation", "leader", "envoy", "committee"};
  private static final String[] NAMES = {"Lazo", "Chinh", "Kohl", "Wang", "Rojas", "Lam", "Diaz", "Mora"};
  private static final String[] VERBS = {"met", "visited", "received", "thanked", "invited"};
  private static final String[] PARTICIPLES = {"received", "welcomed", "invited", "greeted"};

  static List<UdSentence> sentences(int count, long seed) {
    Random r = new Random(seed);
    List<UdSentence> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String n1 = pick(NOUNS, r);
      String n2 = pick(NOUNS, r);
      switch (i % 3) {
        case 0 -> out.add(make("the " + n1 + " " + pick(VERBS, r) + " the " + n2 + " .", "DET NOUN VERB DET NOUN PUNCT",
            new int[] {2, 3, 0, 5, 3, 3}, "det nsubj root det obj punct"));
        case 1 -> out.add(make(pick(NAMES, r) + " " + pick(VERBS, r) + " " + pick(NAMES, r) + " , " + pick(NAMES, r) + " and " + pick(NAMES, r) + " .",
            "PROPN VERB PROPN PUNCT PROPN CCONJ PROPN PUNCT", new int[] {2, 0, 2, 5, 3, 7, 3, 2},
            "nsubj root obj punct conj cc conj punct"));
        default -> out.add(make("the " + n1 + " was " + pick(PARTICIPLES, r) + " by " + pick(NAMES, r) + " .",
            "DET NOUN AUX VERB ADP PROPN PUNCT", new int[] {2, 4, 4, 0, 6, 4, 4},
            "det nsubj:pass aux:pass root case obl:agent punct"));
      }
    }
    return out;
  }

  private static String pick(String[] words, Random r) {
    return words[r.nextInt(words.length)];
  }

  static UdSentence make(String text, String upos, int[] heads, String relations) {
    String[] forms = text.split(" ");
    List<Span> spans = new ArrayList<>();
    int at = 0;
    for (String f : forms) {
      spans.add(new Span(at, at + f.length()));
      at += f.length() + 1;
    }
    List<Integer> h = new ArrayList<>();
    for (int x : heads) h.add(x);
    return new UdSentence("tiny", text, List.of(forms), List.of(upos.split(" ")), h, List.of(relations.split(" ")), spans);
  }

  /** {@return a model trained on these sentences in about a second} */
  static ParserModel model() {
    return Holder.MODEL;
  }

  private static final class Holder {
    static final ParserModel MODEL = new ParserTrainer(ParserTrainer.Config.defaults().withEpochs(3, 4).withTags(2, 0.5).withMinWeight(0))
        .train("en", ParserModel.TREEBANK_WORDS, sentences(300, 1), sentences(30, 2), s -> {}).model();
  }
}
