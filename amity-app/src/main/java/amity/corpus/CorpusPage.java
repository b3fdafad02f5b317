package amity.corpus;

import java.util.Objects;

/**
 * One document of a public corpus as a page.
 *
 * @param name the page's file name, stable across runs ({@code en-testa-017.txt})
 * @param lang BCP 47 tag of the corpus
 * @param source where in the corpus it comes from ({@code en/eng.testa#17}, {@code text/zh-news/…:L120-L134})
 * @param text the page text: lines, a blank line between blocks
 */
public record CorpusPage(String name, String lang, String source, String text) {
  public CorpusPage {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(lang, "lang must not be null");
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(text, "text must not be null");
  }
}
