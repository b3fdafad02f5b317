package amity.event.extract;

import amity.mention.PhraseTrie;
import amity.model.AnalyzedStory;
import amity.model.DateValue;
import amity.model.Document;
import amity.model.EntityType;
import amity.model.LinkedMention;
import amity.model.Sentence;
import amity.model.Span;
import amity.time.DateMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One sentence with what the steps read from it: its story, the mentions and date expressions in
 * it, and its language's lexicon. Spans are in story text.
 *
 * @param mentions the linked mentions inside the sentence, in text order
 * @param dates the date expressions inside the sentence, in text order
 * @param parse its dependency parse, made when a step first asks for it ({@link #syntax()}), or
 *     null when none is to be made (no model for the language)
 */
public record SentenceView(
    Document document, AnalyzedStory story, Sentence sentence, List<LinkedMention> mentions, List<DateMention> dates,
    EventLexicon lexicon, @Nullable Parse parse) {
  /**
   * A sentence's parse, made the first time a step asks for it: steps ask only where a parse can
   * change their reading (names in a trigger's region, a hypothetical word before it), and most
   * sentences with a trigger word have neither: on vi-news the parser's CPU samples fell from 12%
   * to 6% of an ingest's (JFR), with the same events.
   * Not thread-safe: the steps of one story read it on one thread.
   */
  public static final class Parse {
    private @Nullable Supplier<@Nullable Syntax> make;
    private @Nullable Syntax syntax;

    private Parse(@Nullable Supplier<@Nullable Syntax> make, @Nullable Syntax syntax) {
      this.make = make;
      this.syntax = syntax;
    }

    /** {@return a parse made by {@code make} when first asked for (null: nothing informative)} */
    public static Parse later(Supplier<@Nullable Syntax> make) {
      return new Parse(make, null);
    }

    @Nullable Syntax get() {
      if (make != null) {
        syntax = make.get();
        make = null;
      }
      return syntax;
    }
  }


  public SentenceView {
    Objects.requireNonNull(document, "document must not be null");
    Objects.requireNonNull(story, "story must not be null");
    Objects.requireNonNull(sentence, "sentence must not be null");
    Objects.requireNonNull(lexicon, "lexicon must not be null");
    mentions = List.copyOf(mentions);
    dates = List.copyOf(dates);
  }

  /** {@return this view with a parse} */
  public SentenceView withSyntax(@Nullable Syntax s) {
    return new SentenceView(document, story, sentence, mentions, dates, lexicon, new Parse(null, s));
  }

  /** {@return this view with a parse made when a step first asks for it} */
  public SentenceView withParse(Parse p) {
    return new SentenceView(document, story, sentence, mentions, dates, lexicon, p);
  }

  /** {@return the sentence's dependency parse, made now if it was not yet; null when there is none} */
  public @Nullable Syntax syntax() {
    return parse == null ? null : parse.get();
  }

  /** {@return the story text, which every span indexes} */
  public String text() {
    return story.story().text();
  }

  public Span span() {
    return sentence.span();
  }

  public String lang() {
    return story.lang();
  }

  /** {@return the story's publication date, which relative dates count from} */
  public @Nullable DateValue anchor() {
    return story.story().published().date();
  }

  /** {@return the characters of the story between two offsets} */
  public String between(int from, int to) {
    return text().substring(Math.max(0, from), Math.max(from, Math.min(to, text().length())));
  }

  /**
   * {@return the words of intent ("will", "将", "sẽ") between two offsets, with spans relative to
   * {@code from}} A word of intent inside a word that plans nothing is none: a rank or a body's
   * name ("迟浩田上将", "世界粮食计划署"; {@code not_planned}), or a rank right after a person's name
   * whose characters also read "in … will" elsewhere ("隗福临中将" but "访问中将会见";
   * {@code rank_after_name}).
   */
  public List<PhraseTrie.Match<String>> intents(int from, int to) {
    List<PhraseTrie.Match<String>> found = lexicon.find("planned", between(from, to));
    if (found.isEmpty()) return found;
    // A wider window, so that a word cut at either end still covers its intent word.
    int lo = Math.max(0, from - 8);
    int hi = Math.max(lo, Math.min(text().length(), to + 8));
    String wide = text().substring(lo, hi);
    List<Span> masks = new ArrayList<>();
    for (var m : lexicon.find("not_planned", wide)) masks.add(new Span(lo + m.span().start(), lo + m.span().end()));
    for (var m : lexicon.find("rank_after_name", wide)) {
      int at = lo + m.span().start();
      boolean afterName = mentions.stream().anyMatch(l -> l.mention().type() == EntityType.PERSON && l.mention().span().end() == at);
      if (afterName) masks.add(new Span(at, lo + m.span().end()));
    }
    if (masks.isEmpty()) return found;
    int base = Math.max(0, from);
    return found.stream()
        .filter(m -> masks.stream().noneMatch(k -> k.start() <= base + m.span().start() && base + m.span().end() <= k.end()))
        .toList();
  }
}
