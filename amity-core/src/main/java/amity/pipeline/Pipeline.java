package amity.pipeline;

import amity.clean.PageCleaner;
import amity.decode.TextDecoder;
import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.language.ProfileLanguageIdentifier;
import amity.link.RuleLinker;
import amity.mention.Gazetteer;
import amity.mention.RuleMentionFinder;
import amity.model.AnalyzedStory;
import amity.model.Document;
import amity.model.DocumentAnalysis;
import amity.model.Event;
import amity.model.LinkedMention;
import amity.model.Mention;
import amity.model.Span;
import amity.model.Page;
import amity.model.RawDocument;
import amity.model.Story;
import amity.model.StoryAnalysis;
import amity.model.StoryFailure;
import amity.stage.Cleaner;
import amity.stage.Decoder;
import amity.stage.EventExtractor;
import amity.stage.FieldFinder;
import amity.stage.LanguageIdentifier;
import amity.stage.Linker;
import amity.stage.MentionFinder;
import amity.stage.Segmenter;
import amity.text.IcuSegmenter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The stages in order: decode, clean, language, fields of cooperation, sentences and tokens,
 * mentions, linking, events.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().defaults(KnowledgeBase.bundled()).build();
 * DocumentAnalysis a = p.process(new RawDocument("page.txt", bytes, SourceMeta.text()));
 * a.stories().get(0).events();
 * }</pre>
 *
 * <p>Thread-safe when its stages are, as all of amity's are.
 */
public final class Pipeline {
  private final Decoder decoder;
  private final Cleaner cleaner;
  private final LanguageIdentifier languages;
  private final Segmenter segmenter;
  private final FieldFinder fields;
  private final List<MentionFinder> finders;
  private final Linker linker;
  private final EventExtractor events;
  /** The knowledge base the rule finders read, to tell a known person's given names; null when none. */
  private final @Nullable KnowledgeBase kb;

  private Pipeline(Builder b) {
    this.decoder = b.decoder;
    this.cleaner = b.cleaner;
    this.languages = b.languages;
    this.segmenter = b.segmenter;
    this.fields = b.fields;
    this.finders = List.copyOf(b.finders);
    this.linker = b.linker;
    this.events = b.events;
    this.kb = b.kb;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Decodes and analyses one raw document; bad bytes throw an IOException naming the file. */
  public DocumentAnalysis process(RawDocument raw) throws IOException {
    return analyze(decoder.decode(raw));
  }

  /**
   * Analyses an already decoded document. A stage that throws on one story (any runtime
   * exception, or a stack overflow) does not lose the document: the failure is recorded in {@link
   * DocumentAnalysis#failures()}, the story is kept with what the stages before the failing one
   * produced (no events after an event failure; no mentions after a mention or linking failure),
   * and the other stories are analysed as usual. Only a failure of the cleaner, which reads the
   * whole page, is thrown.
   */
  public DocumentAnalysis analyze(Document doc) {
    Page page = cleaner.clean(doc);
    String pageLang = doc.meta().lang();
    List<StoryAnalysis> out = new ArrayList<>();
    List<StoryFailure> failures = new ArrayList<>();
    for (Story s : page.stories()) out.add(analyzeStory(doc, s, pageLang, failures));
    return new DocumentAnalysis(page, out, failures);
  }

  /** One story through the stages after cleaning; a failing stage is added to {@code failures}. */
  private StoryAnalysis analyzeStory(Document doc, Story s, @Nullable String pageLang, List<StoryFailure> failures) {
    // What is kept so far: each value is replaced only once its stage has succeeded.
    AnalyzedStory a = new AnalyzedStory(s, LanguageIdentifier.UNDETERMINED, List.of());
    List<String> named = List.of();
    List<LinkedMention> linked = List.of();
    String stage = "language";
    try {
      String lang = pageLang != null ? pageLang : languages.identify(s.title() + "\n" + s.text());
      a = new AnalyzedStory(s, lang, List.of());
      stage = "fields";
      named = List.copyOf(fields.fields(s, lang));
      stage = "segment";
      a = new AnalyzedStory(s, lang, segmenter.segment(s.text(), lang));
      stage = "mentions";
      List<Mention> mentions = findMentions(a);
      stage = "link";
      linked = List.copyOf(linker.link(a, mentions));
      stage = "events";
      List<Event> evs = events.extract(doc, a, linked);
      return new StoryAnalysis(a, linked, evs, named);
    } catch (RuntimeException | StackOverflowError e) {
      failures.add(new StoryFailure(s.id(), s.index(), stage, reason(e), where(e)));
      return new StoryAnalysis(a, linked, List.of(), named);
    }
  }

  /** {@return a one-line reason for {@code t}: its simple class name and its message} */
  public static String reason(Throwable t) {
    String name = t.getClass().getSimpleName().isEmpty() ? t.getClass().getName() : t.getClass().getSimpleName();
    String message = t.getMessage();
    if (message == null || message.isBlank()) return name;
    message = message.replaceAll("\\s+", " ").strip();
    if (message.length() > 300) message = message.substring(0, 300) + "…";
    return name + ": " + message;
  }

  /**
   * {@return the innermost frame of amity's own code on {@code t}'s stack, as {@code
   * class.method(File.java:line)}, or "" when there is none (the JVM may omit the stack of an
   * exception thrown often: run with {@code -XX:-OmitStackTraceInFastThrow} to keep it)}
   */
  public static String where(Throwable t) {
    for (StackTraceElement f : t.getStackTrace()) {
      if (f.getClassName().startsWith("amity.")) return f.toString();
    }
    return "";
  }

  /** The first finder's mentions win where finders overlap. */
  private List<Mention> findMentions(AnalyzedStory a) {
    List<Mention> all = new ArrayList<>();
    for (MentionFinder f : finders) {
      for (Mention found : f.find(a)) {
        Mention m = withoutPossessive(found);
        // "Santiago Menéndez de Luarca", "Asunción García": a city's one-word name opening a person's
        // name the recogniser reads is the person's first name, not the place.
        all.removeIf(o -> firstNameOf(o, m));
        // "Kristina Armitage" beside the known Richard Armitage: a known person's one-word name
        // ending a longer person's name the recogniser reads is that person's surname only.
        all.removeIf(o -> surnameOf(o, m, kb));
        if (all.stream().noneMatch(o -> o.span().overlaps(m.span()))) all.add(m);
      }
    }
    all.sort(Comparator.comparing(Mention::span));
    return all;
  }

  /** Whether {@code place} is a known city's one-word name that opens {@code person}'s longer name. */
  private static boolean firstNameOf(Mention place, Mention person) {
    return person.type() == amity.model.EntityType.PERSON && place.kbId() != null && place.kbId().startsWith("city:")
        && place.span().start() == person.span().start() && place.span().end() < person.span().end()
        && !place.text().contains(" ") && person.text().charAt(place.text().length()) == ' ';
  }

  /**
   * Whether {@code known}, a knowledge-base person found by a one-word name, closes {@code person},
   * a longer name the recogniser reads whose words before it are given names ("Kristina",
   * "Jean-Louis": capitalised, in lower case after the capital; not initials or abbreviated titles,
   * "PM Kabariti") that none of the known person's names holds ("Abdul-Karim al-Kabariti" is
   * "Abdul Karim al-Kabariti").
   */
  static boolean surnameOf(Mention known, Mention person, @Nullable KnowledgeBase kb) {
    if (known.type() != amity.model.EntityType.PERSON || person.type() != amity.model.EntityType.PERSON
        || known.kbId() == null || person.kbId() != null || known.text().contains(" ")
        || person.span().end() != known.span().end() || person.span().start() >= known.span().start()) {
      return false;
    }
    String given = person.text().substring(0, person.text().length() - known.text().length());
    if (!given.matches("(?:\\p{Lu}\\p{Ll}[\\p{L}'’-]* )+")) return false;
    KbEntry entry = kb == null ? null : kb.get(known.kbId()).orElse(null);
    if (entry == null) return true;
    Set<String> words = new HashSet<>();
    for (String n : entry.allNames()) words.addAll(List.of(amity.text.Fold.fold(n).split("[\\s‐-]+")));
    return !words.containsAll(List.of(amity.text.Fold.fold(given.strip()).split("[\\s‐-]+")));
  }

  /** "Yeltsin's envoy": the possessive ending is no part of the name, whichever finder took it in. */
  private static Mention withoutPossessive(Mention m) {
    String t = m.text();
    if (t.length() < 4 || !(t.endsWith("'s") || t.endsWith("’s") || t.endsWith("'S"))) return m;
    Span span = new Span(m.span().start(), m.span().end() - 2);
    return new Mention(span, t.substring(0, t.length() - 2), m.type(), m.finder(), m.kbId(), m.roles(), m.country(), m.titleSpan());
  }

  @Override
  public String toString() {
    return "Pipeline["
        + decoder + " → " + cleaner + " → " + languages + " → " + fields + " → " + segmenter + " → "
        + finders.stream().map(Object::toString).collect(Collectors.joining(" + "))
        + " → " + linker + " → " + events + "]";
  }

  /** Collects the stages; {@link #build()} fails naming any stage that is missing. */
  public static final class Builder {
    private @Nullable Decoder decoder;
    private @Nullable Cleaner cleaner;
    private @Nullable LanguageIdentifier languages;
    private @Nullable FieldFinder fields;
    private @Nullable Segmenter segmenter;
    private final List<MentionFinder> finders = new ArrayList<>();
    private @Nullable Linker linker;
    private @Nullable EventExtractor events;
    private @Nullable KnowledgeBase kb;

    private Builder() {}

    /** Sets every stage to amity's own implementation over {@code kb}, with the shipped NER models. */
    public Builder defaults(KnowledgeBase kb) {
      return defaults(PipelineConfig.of(kb));
    }

    /** Sets every stage to amity's own implementation, as {@code config} says. */
    public Builder defaults(PipelineConfig config) {
      KnowledgeBase kb = config.kb();
      this.kb = kb;
      decoder = new TextDecoder();
      cleaner = new PageCleaner(config.packs());
      languages = new ProfileLanguageIdentifier(config.packs());
      fields = new amity.event.Topics(config.packs());
      segmenter = new IcuSegmenter(config.packs());
      finders.clear();
      finders.add(new RuleMentionFinder(new Gazetteer(kb, config.packs()), config.packs()));
      // Names no list knows come from the recogniser; where both find a name the rules win,
      // since they carry the title's roles and the knowledge-base entry.
      finders.add(amity.ner.NerMentionFinder.withModels(config.localModels(), config.packs()));
      linker = new RuleLinker(kb, config.packs());
      events = new amity.event.RuleEventExtractor(kb, config.packs(), config.eventTrace());
      return this;
    }

    public Builder decoder(Decoder d) {
      decoder = Objects.requireNonNull(d, "decoder must not be null");
      return this;
    }

    public Builder cleaner(Cleaner c) {
      cleaner = Objects.requireNonNull(c, "cleaner must not be null");
      return this;
    }

    public Builder languages(LanguageIdentifier l) {
      languages = Objects.requireNonNull(l, "languages must not be null");
      return this;
    }

    public Builder segmenter(Segmenter s) {
      segmenter = Objects.requireNonNull(s, "segmenter must not be null");
      return this;
    }

    public Builder fields(FieldFinder f) {
      fields = Objects.requireNonNull(f, "fields must not be null");
      return this;
    }

    /** Adds a mention finder after those already set; earlier finders win on overlaps. */
    public Builder addMentionFinder(MentionFinder f) {
      finders.add(Objects.requireNonNull(f, "finder must not be null"));
      return this;
    }

    public Builder linker(Linker l) {
      linker = Objects.requireNonNull(l, "linker must not be null");
      return this;
    }

    public Builder events(EventExtractor e) {
      events = Objects.requireNonNull(e, "events must not be null");
      return this;
    }

    public Pipeline build() {
      List<String> missing = new ArrayList<>();
      if (decoder == null) missing.add("decoder");
      if (cleaner == null) missing.add("cleaner");
      if (languages == null) missing.add("language identifier");
      if (fields == null) missing.add("field finder");
      if (segmenter == null) missing.add("segmenter");
      if (finders.isEmpty()) missing.add("mention finder");
      if (linker == null) missing.add("linker");
      if (events == null) missing.add("event extractor");
      if (!missing.isEmpty()) {
        throw new IllegalStateException("Pipeline cannot be built: missing stage(s) " + missing + " in " + this);
      }
      return new Pipeline(this);
    }

    @Override
    public String toString() {
      return "Pipeline.Builder[decoder=" + decoder + ", cleaner=" + cleaner + ", languages=" + languages
          + ", fields=" + fields + ", segmenter=" + segmenter + ", finders=" + finders + ", linker=" + linker + ", events=" + events + "]";
    }
  }
}
