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
 * @param found the date expressions inside the sentence, in text order, found when a step first
 *     asks for them ({@link #dates()})
 * @param parse its dependency parse, made when a step first asks for it ({@link #syntax()}), or
 *     null when none is to be made (no model for the language)
 */
public record SentenceView(
    Document document, AnalyzedStory story, Sentence sentence, List<LinkedMention> mentions, Later<List<DateMention>> found,
    EventLexicon lexicon, @Nullable Later<@Nullable Syntax> parse) {
  /**
   * What a step may or may not need of a sentence, worked out the first time one asks. The steps ask
   * for a parse only where it can change their reading (names in a trigger's region, a hypothetical
   * word before it) and for dates only to date a reading, and most sentences with a trigger word,
   * most stories, need neither: on vi-news, parsing fell from 12% to 6% of an ingest's CPU samples
   * (JFR) and finding dates from 9% to 3%, with the same events. Not thread-safe: the steps of one
   * story read it on one thread.
   *
   * @param <T> what is worked out
   */
  public static final class Later<T> {
    private @Nullable Supplier<T> make;
    private T value;

    private Later(@Nullable Supplier<T> make, T value) {
      this.make = make;
      this.value = value;
    }

    /** {@return a value worked out by {@code make} when first asked for} */
    public static <T> Later<T> later(Supplier<T> make) {
      // No value until make runs; get() runs it first.
      return new Later<>(Objects.requireNonNull(make, "make"), null);
    }

    /** {@return a value known now} */
    public static <T> Later<T> of(T value) {
      return new Later<>(null, value);
    }

    /** {@return the value, worked out now if it was not yet (null only where {@code T} admits it)} */
    public T get() {
      if (make != null) {
        value = make.get();
        make = null;
      }
      return value;
    }
  }

  public SentenceView {
    Objects.requireNonNull(document, "document must not be null");
    Objects.requireNonNull(story, "story must not be null");
    Objects.requireNonNull(sentence, "sentence must not be null");
    Objects.requireNonNull(found, "found must not be null");
    Objects.requireNonNull(lexicon, "lexicon must not be null");
    mentions = List.copyOf(mentions);
  }

  /** A view of a sentence whose dates are known and which has no parse yet. */
  public SentenceView(
      Document document, AnalyzedStory story, Sentence sentence, List<LinkedMention> mentions, List<DateMention> dates,
      EventLexicon lexicon) {
    this(document, story, sentence, mentions, Later.of(List.copyOf(dates)), lexicon, null);
  }

  /** {@return this view with a parse} */
  public SentenceView withSyntax(@Nullable Syntax s) {
    return new SentenceView(document, story, sentence, mentions, found, lexicon, Later.of(s));
  }

  /** {@return this view with a parse made when a step first asks for it} */
  public SentenceView withParse(Later<@Nullable Syntax> p) {
    return new SentenceView(document, story, sentence, mentions, found, lexicon, p);
  }

  /** {@return the sentence's dependency parse, made now if it was not yet; null when there is none} */
  public @Nullable Syntax syntax() {
    return parse == null ? null : parse.get();
  }

  /** {@return the date expressions inside the sentence, in text order, found now if they were not yet} */
  public List<DateMention> dates() {
    return found.get();
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
