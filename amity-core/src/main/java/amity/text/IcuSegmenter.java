package amity.text;

import amity.model.Sentence;
import amity.model.Span;
import amity.model.Token;
import amity.stage.Segmenter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentences and words from ICU's break iterators: dictionary-based word segmentation for Chinese,
 * syllables for Vietnamese, abbreviation-aware sentence breaks where CLDR has them.
 *
 * <p>Paragraphs (lines) never share a sentence. Thread-safe: each call clones the prototype
 * iterators.
 */
public final class IcuSegmenter implements Segmenter {
  private final Map<String, BreakIterator[]> prototypes = new ConcurrentHashMap<>();

  @Override
  public List<Sentence> segment(String text, String lang) {
    BreakIterator[] proto = prototypes.computeIfAbsent(lang, IcuSegmenter::create);
    BreakIterator sentences = (BreakIterator) proto[0].clone();
    BreakIterator words = (BreakIterator) proto[1].clone();
    List<Sentence> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      if (lineEnd > lineStart) {
        splitLine(text, lineStart, lineEnd, sentences, words, out);
      }
      if (nl < 0) break;
      lineStart = nl + 1;
    }
    return out;
  }

  private static void splitLine(
      String text, int from, int to, BreakIterator sentences, BreakIterator words, List<Sentence> out) {
    String line = text.substring(from, to);
    sentences.setText(line);
    int start = sentences.first();
    for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(line.charAt(s))) s++;
      while (e > s && Character.isWhitespace(line.charAt(e - 1))) e--;
      if (s == e) continue;
      String sentence = line.substring(s, e);
      out.add(new Sentence(new Span(from + s, from + e), sentence, tokens(sentence, from + s, words)));
    }
  }

  private static List<Token> tokens(String sentence, int offset, BreakIterator words) {
    List<Token> out = new ArrayList<>();
    words.setText(sentence);
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      String w = sentence.substring(start, end);
      if (w.isBlank()) continue;
      out.add(new Token(new Span(offset + start, offset + end), w));
    }
    return out;
  }

  private static BreakIterator[] create(String lang) {
    ULocale sentenceLocale = new ULocale(lang + "@ss=standard");
    ULocale wordLocale = new ULocale(lang);
    return new BreakIterator[] {
      BreakIterator.getSentenceInstance(sentenceLocale), BreakIterator.getWordInstance(wordLocale)
    };
  }

  @Override
  public String toString() {
    return "IcuSegmenter";
  }
}
