package amity.parse;

import amity.model.Span;
import amity.model.Token;
import amity.parse.internal.ParseLanguage;
import amity.parse.internal.Relations;
import amity.stage.Segmenter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Scores a parser model against gold trees: parts of speech, unlabelled and labelled attachment
 * (UAS, LAS; relations compared by their universal part, punctuation included, as in the CoNLL
 * 2018 shared task), on the treebank's own words, and on amity's tokens of the same text, where
 * tokens and words are matched by their character spans. Stateless.
 *
 * <pre>{@code
 * ParseEvaluation.Scores s = ParseEvaluation.score(model, heldOut);
 * ParseEvaluation.Retokenised r = ParseEvaluation.scoreRetokenised(model, heldOut, "zh", new IcuSegmenter());
 * }</pre>
 */
public final class ParseEvaluation {
  private ParseEvaluation() {}

  /**
   * Scores on given tokens.
   *
   * @param sentences sentences scored
   * @param words words (tokens) scored
   * @param upos share of words with the right part of speech
   * @param uas share of words with the right head
   * @param las share of words with the right head and relation
   */
  public record Scores(int sentences, int words, double upos, double uas, double las) {
    /** {@return one line of text} */
    public String format() {
      return String.format(Locale.ROOT, "UPOS %.4f  UAS %.4f  LAS %.4f  (%d sentences, %d words)", upos, uas, las, sentences, words);
    }
  }

  /**
   * Scores on amity's tokens of the gold sentences' text. A token is right when a gold word has
   * exactly its span (of the words of a multiword token, the one heading the others) and, for
   * UAS, its head is the token with the span of the gold word's head; precision divides by the
   * tokens, recall by the gold words, and the F1 of the two is reported (CoNLL 2018's way).
   *
   * @param sentences sentences scored
   * @param goldWords words of the gold sentences
   * @param tokens amity's tokens
   * @param tokenPrecision share of tokens whose span is a gold word's
   * @param tokenRecall share of the gold words' distinct spans that are a token's
   * @param tokenF1 F1 of the two
   * @param uposF1 F1 of tokens with a matching word and its part of speech
   * @param uasF1 F1 of tokens with a matching word and its head
   * @param lasF1 F1 of tokens with a matching word, its head and its relation
   * @param carriedUas UAS against the gold tree carried over to the tokens ({@link AmityTokens})
   * @param carriedLas LAS against that tree
   * @param ceilingLasF1 the LAS F1 of that carried-over gold tree itself: what the tokenisation
   *     alone leaves reachable
   * @param notCarried sentences whose tree could not be carried over (left out of the carried-over
   *     figures)
   */
  public record Retokenised(
      int sentences,
      int goldWords,
      int tokens,
      double tokenPrecision,
      double tokenRecall,
      double tokenF1,
      double uposF1,
      double uasF1,
      double lasF1,
      double carriedUas,
      double carriedLas,
      double ceilingLasF1,
      int notCarried) {
    /** {@return a few lines of text} */
    public String format() {
      return String.format(Locale.ROOT,
          "token boundaries P %.4f R %.4f F1 %.4f (%d tokens, %d gold words)%n"
              + "aligned by span (F1): UPOS %.4f  UAS %.4f  LAS %.4f%n"
              + "against the gold tree carried over to the tokens: UAS %.4f  LAS %.4f (%d sentences not carried over)%n"
              + "the carried-over gold tree itself scores LAS F1 %.4f (what tokenisation leaves reachable)",
          tokenPrecision, tokenRecall, tokenF1, tokens, goldWords, uposF1, uasF1, lasF1, carriedUas, carriedLas, notCarried, ceilingLasF1);
    }
  }

  /**
   * What {@code amity eval parse} prints.
   *
   * @param lang the language
   * @param model the model's description
   * @param treebankWords scores on the gold words
   * @param amityTokens scores on amity's tokens of the same text, if asked for
   */
  public record Report(String lang, String model, Scores treebankWords, @Nullable Retokenised amityTokens) {
    /** {@return the report as text} */
    public String format() {
      StringBuilder b = new StringBuilder();
      b.append(lang).append(": ").append(model).append('\n');
      b.append("treebank words: ").append(treebankWords.format()).append('\n');
      if (amityTokens != null) {
        b.append("amity tokens:\n");
        for (String line : amityTokens.format().split("\n")) b.append("  ").append(line).append('\n');
      }
      return b.toString();
    }
  }

  /** {@return the scores of parsing each sentence's own words} */
  public static Scores score(ParserModel model, List<UdSentence> gold) {
    long words = 0;
    long pos = 0;
    long uas = 0;
    long las = 0;
    for (UdSentence s : gold) {
      ParserModel.Analysis a = model.analyse(s.forms());
      for (int i = 0; i < s.size(); i++) {
        words++;
        if (a.upos().get(i).equals(s.upos().get(i))) pos++;
        if (a.heads().get(i).equals(s.heads().get(i))) {
          uas++;
          if (sameRelation(a.relations().get(i), s.relations().get(i))) las++;
        }
      }
    }
    return new Scores(gold.size(), (int) words, ratio(pos, words), ratio(uas, words), ratio(las, words));
  }

  /** {@return the scores of parsing {@code segmenter}'s tokens of each sentence's text} */
  public static Retokenised scoreRetokenised(ParserModel model, List<UdSentence> gold, String lang, Segmenter segmenter) {
    Counts system = new Counts();
    Counts ceiling = new Counts();
    long carriedWords = 0;
    long carriedUas = 0;
    long carriedLas = 0;
    int notCarried = 0;
    ParseLanguage language = ParseLanguage.of(lang);
    for (UdSentence s : gold) {
      List<Token> tokens = AmityTokens.tokens(s, lang, segmenter);
      List<String> forms = tokens.stream().map(Token::text).toList();
      List<Span> spans = tokens.stream().map(Token::span).toList();
      ParserModel.Analysis a = model.analyse(forms);
      if (s.spans().isEmpty()) {
        system.tokens += tokens.size();
        system.goldWords += s.size();
        notCarried++;
        continue;
      }
      system.add(spans, a.heads(), a.relations(), a.upos(), s);
      Optional<UdSentence> carried = AmityTokens.project(s, tokens, language);
      if (carried.isEmpty()) {
        notCarried++;
        ceiling.tokens += tokens.size();
        ceiling.goldWords += s.size();
        continue;
      }
      UdSentence c = carried.get();
      ceiling.add(spans, c.heads(), c.relations(), c.upos(), s);
      for (int i = 0; i < c.size(); i++) {
        carriedWords++;
        if (a.heads().get(i).equals(c.heads().get(i))) {
          carriedUas++;
          if (sameRelation(a.relations().get(i), c.relations().get(i))) carriedLas++;
        }
      }
    }
    double tp = ratio(system.matched, system.tokens);
    double tr = ratio(system.matched, system.goldSpans);
    return new Retokenised(
        gold.size(), (int) system.goldWords, (int) system.tokens, tp, tr, f1(tp, tr),
        system.f1(system.upos), system.f1(system.uas), system.f1(system.las),
        ratio(carriedUas, carriedWords), ratio(carriedLas, carriedWords), ceiling.f1(ceiling.las), notCarried);
  }

  /** Counts for the span-matched scores. */
  private static final class Counts {
    long tokens;
    long goldWords;
    long goldSpans;
    long matched;
    long upos;
    long uas;
    long las;

    double f1(long correct) {
      return ParseEvaluation.f1(ratio(correct, tokens), ratio(correct, goldWords));
    }

    void add(List<Span> spans, List<Integer> heads, List<String> relations, List<String> upos, UdSentence g) {
      int n = g.size();
      int[] depth = new int[n + 1];
      for (int w = 1; w <= n; w++) {
        int d = 0;
        for (int a = w; a != 0 && d <= n; a = g.heads().get(a - 1)) d++;
        depth[w] = d;
      }
      // the word that stands for each span: the highest of the words sharing it
      Map<Span, Integer> word = new HashMap<>();
      for (int w = 1; w <= n; w++) word.merge(g.spans().get(w - 1), w, (a, b) -> depth[b] < depth[a] ? b : a);
      tokens += spans.size();
      goldWords += n;
      goldSpans += word.size();
      for (int t = 0; t < spans.size(); t++) {
        Integer w = word.get(spans.get(t));
        if (w == null) continue;
        matched++; // tokens never share a span, so this also counts the gold spans found
        if (upos.get(t).equals(g.upos().get(w - 1))) this.upos++;
        int ph = heads.get(t);
        int gh = g.heads().get(w - 1);
        boolean head = ph == 0 ? gh == 0 : gh != 0 && spans.get(ph - 1).equals(g.spans().get(gh - 1));
        if (head) {
          uas++;
          if (sameRelation(relations.get(t), g.relations().get(w - 1))) las++;
        }
      }
    }
  }

  /** Relations are compared by their universal part. */
  static boolean sameRelation(String a, String b) {
    return Relations.universal(a).equals(Relations.universal(b));
  }

  static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
