package amity.parse;

import amity.model.Sentence;
import amity.model.Span;
import amity.model.Token;
import amity.parse.internal.ParseLanguage;
import amity.parse.internal.Splitter;
import amity.parse.internal.TokenProjection;
import amity.stage.Segmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A treebank sentence cut again as amity cuts running text, and its gold tree carried over to
 * those tokens ({@link TokenProjection}): amity parses its segmenter's tokens, which are not the
 * treebanks' words (ICU keeps "Kohl's" and Spanish "del" whole, cuts Vietnamese into syllables
 * where its small lexicon knows no word, and segments Chinese by its own dictionary). Stateless
 * and thread-safe when the segmenter is.
 */
public final class AmityTokens {
  private AmityTokens() {}

  /** {@return the tokens {@code segmenter} cuts the sentence's text into, spans relative to the text} */
  public static List<Token> tokens(UdSentence s, String lang, Segmenter segmenter) {
    List<Token> out = new ArrayList<>();
    for (Sentence part : segmenter.segment(s.text(), lang)) out.addAll(part.tokens());
    return out;
  }

  /** {@return the sentence as one {@link Sentence} of {@code tokens}} */
  public static Sentence sentence(String text, List<Token> tokens) {
    return new Sentence(new Span(0, text.length()), text, tokens);
  }

  /**
   * {@return the sentence over the segmenter's tokens with its gold tree carried over}, or empty
   * when its words could not be found in its text or the tree could not be carried over
   */
  public static Optional<UdSentence> project(UdSentence s, String lang, Segmenter segmenter) {
    return project(s, tokens(s, lang, segmenter), ParseLanguage.of(lang));
  }

  /**
   * {@return the sentence over the words a model of {@code lang} reads: the segmenter's tokens cut
   * by the language's {@link Splitter} (English "didn't" as did + n't), the gold tree carried over}
   * — what {@code amity train-parser} trains on; tokens of white space alone are left out, as the
   * parser leaves them out
   */
  public static Optional<UdSentence> projectWords(UdSentence s, String lang, Segmenter segmenter) {
    ParseLanguage language = ParseLanguage.of(lang);
    List<Token> tokens = tokens(s, lang, segmenter).stream().filter(t -> !ParserModel.isSpace(t.text())).toList();
    return project(s, pieces(tokens, language.splitter()), language);
  }

  /**
   * {@return the tokens cut by {@code splitter}}: a piece keeps its part of the token's span when
   * the pieces spell the token, else every piece has the token's span (Spanish "del" as de + el)
   */
  static List<Token> pieces(List<Token> tokens, Splitter splitter) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      List<String> p = splitter.split(t.text());
      if (p.size() == 1) {
        out.add(t);
        continue;
      }
      boolean spells = String.join("", p).equals(t.text());
      int at = t.span().start();
      for (String piece : p) {
        out.add(new Token(spells ? new Span(at, at + piece.length()) : t.span(), piece));
        at += piece.length();
      }
    }
    return out;
  }

  static Optional<UdSentence> project(UdSentence s, List<Token> tokens, ParseLanguage language) {
    if (s.spans().isEmpty() || tokens.isEmpty()) return Optional.empty();
    int[] heads = new int[s.size()];
    for (int i = 0; i < heads.length; i++) heads[i] = s.heads().get(i);
    List<Span> spans = tokens.stream().map(Token::span).toList();
    List<String> texts = tokens.stream().map(Token::text).toList();
    TokenProjection.Tree t = TokenProjection.project(s.spans(), heads, s.relations(), s.upos(), spans, texts, language);
    if (t == null) return Optional.empty();
    List<Integer> h = new ArrayList<>();
    for (int x : t.heads()) h.add(x);
    return Optional.of(new UdSentence(s.id(), s.text(), texts, List.of(t.upos()), h, List.of(t.relations()), spans));
  }
}
