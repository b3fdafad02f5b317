package amity.event.extract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import amity.corpus.CorpusPage;
import amity.corpus.CorpusPages;
import amity.kb.KnowledgeBase;
import amity.lang.LanguagePacks;
import amity.mention.Gazetteer;
import amity.model.AnalyzedStory;
import amity.model.DateBasis;
import amity.model.DateRange;
import amity.model.DocumentAnalysis;
import amity.model.Event;
import amity.model.Evidence;
import amity.model.LinkedMention;
import amity.model.Mode;
import amity.model.ParsedSentence;
import amity.model.RawDocument;
import amity.model.Role;
import amity.model.Sentence;
import amity.model.SourceMeta;
import amity.model.Span;
import amity.model.StoryAnalysis;
import amity.parse.DependencyParser;
import amity.testkit.Analyze;
import amity.testkit.Docs;
import amity.time.DateFinder;
import amity.time.DateMention;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Real pages of the public corpora in {@code ../shared/data}, run through the real pipeline, and
 * what each step of {@link StoryEventReader} is handed for one sentence of them: its {@link
 * SentenceView} (the story's groups and descriptions among its mentions, and its parse), the
 * profiles of the story's actors, and what the earlier steps read from it.
 *
 * <pre>{@code
 * RealSentence s = RealPages.page("en-train-842.txt").sentence("envoy John Kornblum met");
 * assertThat(s.triggers()).extracting(TriggerMatch::surface).containsExactly("met");
 * }</pre>
 *
 * <p>Only pages of the tune half of the real-text gold ({@code amity/real-gold/documents.tsv}), or
 * pages it does not list, may be read: a page of the check half is refused, so that no step is
 * ever shaped by it. The page text stays in {@code ../shared}; tests name pages and quote the
 * snippet that finds a sentence. Each set is read and each page analysed once per test run.
 */
public final class RealPages {
  /** The data folder, from the module's directory (as {@code CorpusPagesTest} has it). */
  public static final Path DATA = Path.of("../../shared/data");

  private static final KnowledgeBase KB = Analyze.kb();
  private static final Gazetteer GAZETTEER = new Gazetteer(KB);
  private static final LanguagePacks PACKS = LanguagePacks.bundled();
  private static final GroupFinder GROUPS = new GroupFinder(GAZETTEER, PACKS);
  private static final ActorGate GATE = new ActorGate(KB, GAZETTEER, PACKS);
  private static final DependencyParser PARSER = new DependencyParser();
  private static final DateFinder DATES = new DateFinder(PACKS);
  private static final EventDater DATER = new EventDater(PACKS);
  private static final StoryConsolidator CONSOLIDATOR = new StoryConsolidator(KB);
  private static final CounterpartSplitter SPLITTER = new CounterpartSplitter();
  private static final Set<String> CHECK = checkPages();
  private static final Map<String, Map<String, CorpusPage>> SETS = new ConcurrentHashMap<>();
  private static final Map<String, RealPage> PAGES = new ConcurrentHashMap<>();

  private RealPages() {}

  /** {@return each actor as "surface/ROLE/country", for exact comparisons} */
  static List<String> actors(List<Participant> ps) {
    return ps.stream().map(p -> p.mention().mention().text() + "/" + p.role() + "/" + p.country()).toList();
  }

  /** {@return the readings whose first sentence holds {@code snippet}} */
  static List<Reading> told(List<Reading> all, String snippet) {
    return all.stream().filter(r -> r.sources().get(0).sentence().contains(snippet)).toList();
  }

  /** {@return a date range as "start..end" in ISO, "start" for one day or month, "null" for none} */
  static String iso(@Nullable DateRange d) {
    return d == null ? "null" : d.start().iso() + (d.end() == null ? "" : ".." + d.end().iso());
  }

  /** Skips the calling test or class, saying so, when the corpora are not there. */
  public static void assumeData() {
    assumeTrue(Files.isDirectory(DATA), "../shared/data is absent: skipped");
  }

  static KnowledgeBase kb() {
    return KB;
  }

  static Gazetteer gazetteer() {
    return GAZETTEER;
  }

  /**
   * {@return the page called {@code name} ({@code en-train-842.txt}), analysed}
   *
   * @throws IllegalArgumentException for a page of the check half, or one no set has
   */
  public static RealPage page(String name) {
    if (CHECK.contains(name)) throw new IllegalArgumentException(name + " is a page of the check half: tests read tune pages only");
    return PAGES.computeIfAbsent(name, RealPages::analyse);
  }

  /** People's Daily 1998 (NER dev part): one sentence a block of {@code char TAG} lines, in no page set. */
  static final Path PEOPLES_DAILY = DATA.resolve("zh/peoples-daily.dev");
  /** MSRA NER (People's Daily too): one sentence a line, characters spaced, in no page set. */
  static final Path MSRA = DATA.resolve("zh/msra-val-3000/sentences.txt");

  /**
   * {@return the one sentence of People's Daily 1998 ({@code zh/peoples-daily.dev}) that holds
   * {@code snippet}, analysed as a page of its own} Unlabelled text in no half of the real-text
   * gold: Xinhua-style contact sentences (会见, 会谈, 访问) to try the Chinese rules on.
   */
  public static RealPage peoplesDaily(String snippet) {
    return sentencePage("peoples-daily", snippet, () -> {
      List<String> out = new ArrayList<>();
      StringBuilder sentence = new StringBuilder();
      for (String line : Files.readAllLines(PEOPLES_DAILY, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          out.add(sentence.toString());
          sentence.setLength(0);
        } else {
          sentence.append(line.strip().split("\\s+")[0]);
        }
      }
      out.add(sentence.toString());
      return out;
    });
  }

  /** {@return the one sentence of the MSRA sample ({@code zh/msra-val-3000}) that holds {@code snippet}, as a page} */
  public static RealPage msra(String snippet) {
    return sentencePage("msra", snippet,
        () -> Files.readAllLines(MSRA, StandardCharsets.UTF_8).stream().map(l -> l.replace(" ", "")).toList());
  }

  /** CLUENER 2020 (news and web sentences, 2008-2010): JSON objects, one sentence each in its "text" field, in no page set. */
  static final List<Path> CLUENER = List.of(DATA.resolve("zh/cluener.dev.json"), DATA.resolve("zh/cluener.train.json"));

  private static final Pattern CLUENER_TEXT = Pattern.compile("\"text\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** {@return the one sentence of the CLUENER files ({@code zh/cluener.*.json}) that holds {@code snippet}, as a page} */
  public static RealPage cluener(String snippet) {
    return sentencePage("cluener", snippet, () -> {
      List<String> out = new ArrayList<>();
      for (Path file : CLUENER) {
        Matcher m = CLUENER_TEXT.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) out.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
      }
      return out;
    });
  }

  /** Universal Dependencies treebanks ({@code ud/*}/*.conllu): web text, blogs, reviews, Wikipedia, some news. */
  static final Path UD = DATA.resolve("ud");

  /**
   * {@return the one sentence of the Universal Dependencies treebanks ({@code ud}, the {@code # text =}
   * lines of every {@code .conllu} file) that holds {@code snippet}, analysed as a page of its own}
   * Text of other kinds than news, in no half of the real-text gold, that no rule was fitted to: a
   * guard of precision (tourist "visits", sports "visitors", "llegó a ser").
   */
  public static RealPage ud(String snippet) {
    return sentencePage("ud", snippet, () -> {
      List<String> out = new ArrayList<>();
      try (var folders = Files.list(UD)) {
        for (Path folder : folders.sorted().toList()) {
          if (!Files.isDirectory(folder)) continue;
          try (var files = Files.list(folder)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".conllu")).sorted().toList()) {
              for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.startsWith("# text =")) out.add(line.substring("# text =".length()).strip());
              }
            }
          }
        }
      }
      return out;
    });
  }

  private interface Sentences {
    List<String> read() throws IOException;
  }

  private static RealPage sentencePage(String set, String snippet, Sentences sentences) {
    return PAGES.computeIfAbsent(set + ":" + snippet, k -> {
      List<String> found;
      try {
        found = sentences.read().stream().filter(x -> x.contains(snippet)).toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (found.size() != 1) throw new IllegalArgumentException(found.size() + " sentences of " + set + " hold '" + snippet + "', expected one");
      RawDocument raw = new RawDocument(set + ".txt", found.get(0).getBytes(StandardCharsets.UTF_8), SourceMeta.text());
      DocumentAnalysis a = Analyze.pipeline().analyze(Docs.decode(raw));
      if (!a.failures().isEmpty()) throw new IllegalStateException(k + ": " + a.failures());
      return new RealPage(k, a);
    });
  }

  private static RealPage analyse(String name) {
    String set = CorpusPages.setOfPage(name).name();
    Map<String, CorpusPage> pages = SETS.computeIfAbsent(set, s -> {
      try {
        return CorpusPages.of(DATA).pages(s);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    CorpusPage page = pages.get(name);
    if (page == null) throw new IllegalArgumentException("no page " + name + " in the set " + set);
    RawDocument raw = new RawDocument(name, page.text().getBytes(StandardCharsets.UTF_8), SourceMeta.text());
    DocumentAnalysis a = Analyze.pipeline().analyze(Docs.decode(raw));
    if (!a.failures().isEmpty()) throw new IllegalStateException(name + ": " + a.failures());
    return new RealPage(name, a);
  }

  /** The pages the real-text gold puts in its check half. */
  private static Set<String> checkPages() {
    String path = "amity/real-gold/documents.tsv";
    InputStream in = RealPages.class.getClassLoader().getResourceAsStream(path);
    if (in == null) throw new IllegalStateException(path + " is missing from the test resources");
    Set<String> out = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t");
        if (!line.startsWith("#") && f.length > 2 && f[2].equals("check")) out.add(f[0]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** One analysed page. */
  public static final class RealPage {
    private final String name;
    private final DocumentAnalysis analysis;
    private final Map<Integer, StoryContext> contexts = new ConcurrentHashMap<>();

    RealPage(String name, DocumentAnalysis analysis) {
      this.name = name;
      this.analysis = analysis;
    }

    public String name() {
      return name;
    }

    /** {@return everything the pipeline read from the page} */
    public DocumentAnalysis analysis() {
      return analysis;
    }

    /** {@return the one story of the page that holds {@code snippet}} */
    public StoryAnalysis story(String snippet) {
      List<StoryAnalysis> found = analysis.stories().stream().filter(s -> s.story().story().text().contains(snippet)).toList();
      if (found.size() != 1) {
        throw new IllegalArgumentException(name + ": " + found.size() + " stories hold '" + snippet + "', expected one");
      }
      return found.get(0);
    }

    /** {@return the events of the page, in story order, that a sentence holding {@code snippet} reports} */
    public List<Event> eventsTold(String snippet) {
      List<Event> out = new ArrayList<>();
      for (StoryAnalysis s : analysis.stories()) {
        for (Event e : s.events()) {
          if (e.sources().stream().anyMatch(v -> v.sentence().contains(snippet))) out.add(e);
        }
      }
      return out;
    }

    /** {@return the one sentence of the page that holds {@code snippet}, as the steps see it} */
    RealSentence sentence(String snippet) {
      List<RealSentence> found = new ArrayList<>();
      for (int i = 0; i < analysis.stories().size(); i++) {
        StoryAnalysis sa = analysis.stories().get(i);
        for (Sentence s : sa.story().sentences()) {
          if (s.text().contains(snippet)) found.add(new RealSentence(this, context(i), s));
        }
      }
      if (found.size() != 1) {
        throw new IllegalArgumentException(name + ": " + found.size() + " sentences hold '" + snippet + "', expected one");
      }
      return found.get(0);
    }

    private StoryContext context(int story) {
      return contexts.computeIfAbsent(story, i -> new StoryContext(analysis.stories().get(i), analysis.document().text()));
    }

    private int storyIndex(String snippet) {
      StoryAnalysis sa = story(snippet);
      return analysis.stories().indexOf(sa);
    }

    /**
     * {@return the readings of the story holding {@code snippet}, sentence by sentence as
     * StoryEventReader reads them: dated, with the day an earlier sentence named carried on and
     * the last acting person standing for a pronoun} Denied triggers are left out.
     */
    List<Reading> storyReadings(String snippet) {
      return storyReadings(storyIndex(snippet));
    }

    /** {@return the readings of every story of the page, each visit widened as {@link #spanned(String)} says}: what the steps read before consolidation and the gate */
    List<Reading> readings() {
      List<Reading> out = new ArrayList<>();
      for (int i = 0; i < analysis.stories().size(); i++) {
        AnalyzedStory story = context(i).analysis.story();
        StoryContext ctx = context(i);
        out.addAll(VisitDays.spanned(storyReadings(i), story.story().text(), story.sentences(), ctx.dates, ctx.mentions, ctx.lexicon));
      }
      return out;
    }

    private List<Reading> storyReadings(int i) {
      StoryContext ctx = context(i);
      List<Reading> out = new ArrayList<>();
      StoryDay day = StoryDay.start();
      LinkedMention salient = null;
      List<Reading> told = List.of();
      for (Sentence s : ctx.analysis.story().sentences()) {
        RealSentence rs = new RealSentence(this, ctx, s);
        if (EventDater.opensDigestItem(s.text())) day = day.dropped();
        List<Reading> headed = Delegations.headed(rs.view(), rs.datedReadings(day.carried(), salient), ActorWords.of(PACKS, ctx.analysis.story().lang()));
        List<Reading> read = StoryEventReader.sameMedium(rs.view(), StoryEventReader.visitorsOnly(rs.view(), Senders.without(rs.view(), headed)), told);
        if (!read.isEmpty()) told = read;
        out.addAll(read);
        day = day.after(read, rs.view().dates(), ctx.analysis.story().story().published().date());
        salient = StoryContext.salient(read, rs.mentions(), ctx.actors, salient);
      }
      return out;
    }

    /** {@return the story's readings joined by {@link StoryConsolidator}, before splitting and the gate} */
    List<Reading> consolidated(String snippet) {
      StoryContext ctx = context(storyIndex(snippet));
      return CONSOLIDATOR.consolidate(spanned(snippet), ctx.mentions, ctx.analysis.story().story().published().date());
    }

    /** {@return the story's readings, each visit widened to the days its visitor arrives and leaves ({@link VisitDays})} */
    List<Reading> spanned(String snippet) {
      StoryContext ctx = context(storyIndex(snippet));
      AnalyzedStory story = ctx.analysis.story();
      return VisitDays.spanned(storyReadings(snippet), story.story().text(), story.sentences(), ctx.dates, ctx.mentions, ctx.lexicon);
    }

    /** {@return the first of the readings {@link #split} gives the sentence holding {@code snippet} that {@code which} accepts} */
    Reading firstSplit(String snippet, java.util.function.Predicate<Reading> which) {
      return split(snippet).stream().filter(which).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(name + ": no reading of '" + snippet + "' is the one asked for"));
    }

    /**
     * {@return the consolidated readings, each visit to a count of states given the states listed
     * ({@link NameLists#withCountedHosts}), each split by {@link CounterpartSplitter}}
     */
    List<Reading> split(String snippet) {
      StoryContext ctx = context(storyIndex(snippet));
      AnalyzedStory story = ctx.analysis.story();
      List<Reading> out = new ArrayList<>();
      for (Reading r : consolidated(snippet)) {
        out.addAll(SPLITTER.split(NameLists.withCountedHosts(r, ctx.lexicon, story.story().text(), story.sentences(), ctx.mentions, ctx.actors)));
      }
      return out;
    }
  }

  /** What StoryEventReader prepares once a story: groups, profiles, descriptions, dates, lexicon. */
  static final class StoryContext {
    final StoryAnalysis analysis;
    final List<LinkedMention> mentions;
    final ActorGate.StoryActors actors;
    final List<DateMention> dates;
    final EventLexicon lexicon;

    StoryContext(StoryAnalysis sa, String pageText) {
      AnalyzedStory story = sa.story();
      this.analysis = sa;
      List<LinkedMention> withGroups = GROUPS.withGroups(story, sa.mentions());
      this.actors = GATE.profile(story, withGroups, pageText);
      this.mentions = GATE.withDescriptions(story, withGroups, actors);
      var published = story.story().published();
      this.dates = DATES.find(story.story().text(), story.lang(), EventDater.resolvingAnchor(published), published.basis() == DateBasis.RELATED_LIST);
      this.lexicon = PACKS.get(story.lang()).flatMap(EventLexicon::of).orElseThrow(() -> new IllegalStateException("no event lexicon for " + story.lang()));
    }

    /** As StoryEventReader's: the first person acting in the sentence's last event, else its first official. */
    static @Nullable LinkedMention salient(List<Reading> read, List<LinkedMention> inSentence, ActorGate.StoryActors actors,
        @Nullable LinkedMention before) {
      for (int i = read.size() - 1; i >= 0; i--) {
        for (Participant p : read.get(i).actors()) {
          if (p.role() != Role.TARGET && p.mention().mention().type() == amity.model.EntityType.PERSON) return p.mention();
        }
      }
      for (LinkedMention m : inSentence) {
        if (m.mention().type() == amity.model.EntityType.PERSON && actors.of(m.entityId()).political()) return m;
      }
      return before;
    }
  }

  /** One sentence of a real page and what the steps read from it. */
  static final class RealSentence {
    private final RealPage page;
    private final StoryContext story;
    private final ParsedSentence parse;
    private final SentenceView view;

    RealSentence(RealPage page, StoryContext story, Sentence sentence) {
      this.page = page;
      this.story = story;
      List<LinkedMention> in = story.mentions.stream().filter(m -> sentence.span().contains(m.mention().span())).toList();
      List<DateMention> dates = story.dates.stream().filter(d -> sentence.span().contains(d.span())).toList();
      SentenceView v = new SentenceView(page.analysis().document(), story.analysis.story(), sentence, in, dates, story.lexicon);
      this.parse = PARSER.parse(sentence, story.analysis.story().lang());
      Syntax syntax = new Syntax(parse);
      this.view = syntax.informative() ? v.withSyntax(syntax) : v;
    }

    /** {@return the date phrases the finder read in the sentence, each as written and as dated ("del 25 al 28 de este mes=2000-05-25..2000-05-28")} */
    java.util.List<String> datePhrases() {
      return view.dates().stream().map(d -> d.span().of(view.text()) + "=" + iso(d.range())).toList();
    }

    SentenceView view() {
      return view;
    }

    /** {@return the sentence as written} */
    String text() {
      return view.sentence().text();
    }

    /** {@return the story as the pipeline analysed it} */
    StoryAnalysis story() {
      return story.analysis;
    }

    /** {@return the profiles of the story's entities} */
    ActorGate.StoryActors actors() {
      return story.actors;
    }

    /** {@return the story's mentions with its groups and descriptions} */
    List<LinkedMention> storyMentions() {
      return story.mentions;
    }

    /** {@return the sentence's mentions, groups and descriptions among them} */
    List<LinkedMention> mentions() {
      return view.mentions();
    }

    /** {@return the sentence's mention written {@code surface}; exactly one must be} */
    LinkedMention mention(String surface) {
      List<LinkedMention> m = view.mentions().stream().filter(l -> l.mention().text().equals(surface)).toList();
      if (m.size() != 1) throw new IllegalArgumentException(m.size() + " mentions '" + surface + "' in " + this + "; mentions: " + surfaces());
      return m.get(0);
    }

    List<String> surfaces() {
      return view.mentions().stream().map(l -> l.mention().text()).toList();
    }

    /** {@return the profile of the entity that the sentence's mention {@code surface} names} */
    ActorGate.Profile profile(String surface) {
      return story.actors.of(mention(surface).entityId());
    }

    /** {@return where the word or phrase {@code words} stands in the story text; it must stand once in the sentence} */
    Span span(String words) {
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])").matcher(text());
      if (!m.find()) throw new IllegalArgumentException("'" + words + "' is not in " + this);
      Span at = new Span(m.start(), m.end());
      if (m.find()) throw new IllegalArgumentException("'" + words + "' stands more than once in " + this);
      return at.shift(view.span().start());
    }

    /** {@return the dependency parse of the sentence} */
    ParsedSentence parse() {
      return parse;
    }

    /** {@return the word of token {@code i} of the parse, or "" for none (0)} */
    String word(int i) {
      return i == 0 ? "" : parse.token(i).text();
    }

    List<TriggerMatch> triggers() {
      return new TriggerFinder().find(view);
    }

    /** {@return the trigger match whose first word is written {@code surface}; exactly one must be} */
    TriggerMatch trigger(String surface) {
      List<TriggerMatch> all = triggers();
      List<TriggerMatch> t = all.stream().filter(m -> m.span().of(view.text()).equals(surface)).toList();
      if (t.size() != 1) {
        throw new IllegalArgumentException(t.size() + " triggers '" + surface + "' in " + this + "; triggers: "
            + all.stream().map(m -> m.span().of(view.text())).toList());
      }
      return t.get(0);
    }

    List<Frame> frames() {
      return new ClauseReader().frames(view, triggers());
    }

    List<Clause> clauses() {
      ClauseReader reader = new ClauseReader();
      List<TriggerMatch> found = triggers();
      List<Frame> frames = reader.frames(view, found);
      List<Clause> read = new ArrayList<>(found.stream().map(t -> reader.read(view, t, frames)).toList());
      StoryEventReader.purposeOfTravel(view, found, read);
      StoryEventReader.invitationsAhead(found, read);
      return List.copyOf(read);
    }

    /** {@return the clause of the trigger whose first word is written {@code surface}} */
    Clause clause(String surface) {
      return clauses().get(triggers().indexOf(trigger(surface)));
    }

    /** {@return the arguments of every trigger, no one standing for a pronoun from an earlier sentence} */
    List<ArgumentReader.Arguments> arguments() {
      return argumentsWith(null);
    }

    /** {@return the arguments of every trigger, {@code salient} standing for a pronoun subject not resolved in the sentence} */
    List<ArgumentReader.Arguments> argumentsWith(@Nullable LinkedMention salient) {
      return new ArgumentReader(KB, GAZETTEER, EventTrace.OFF).read(view, triggers(), clauses(), story.actors, salient);
    }

    /** {@return the arguments of the trigger whose first word is written {@code surface}} */
    ArgumentReader.Arguments arguments(String surface) {
      return arguments().get(triggers().indexOf(trigger(surface)));
    }

    /** {@return the sentence's readings as StoryEventReader makes them before dating, denied triggers left out} */
    List<Reading> readings() {
      return readingsWith(null);
    }

    /**
     * {@return the sentence's readings as StoryEventReader makes them, {@code salient} standing
     * for a pronoun subject} Dating is another step's: the readings are undated and carry no
     * cue of a past year.
     */
    List<Reading> readingsWith(@Nullable LinkedMention salient) {
      List<TriggerMatch> found = triggers();
      List<Clause> clauses = clauses();
      List<ArgumentReader.Arguments> args = argumentsWith(salient);
      AnalyzedStory s = story.analysis.story();
      Span docSpan = s.story().alignment().toOriginal(view.span());
      Evidence evidence = new Evidence(view.document().id(), s.story().id(), view.document().file(), s.lang(), text(), docSpan);
      List<String> fields = new ArrayList<>();
      for (amity.mention.PhraseTrie.Match<String> f : view.lexicon().fields.findAll(text())) fields.addAll(f.values());
      List<amity.model.Quantity> quantities = new ArrayList<>();
      for (Map.Entry<Span, amity.model.Quantity> q : view.lexicon().quantities(text())) quantities.add(q.getValue());
      List<Reading> out = new ArrayList<>();
      for (int i = 0; i < found.size(); i++) {
        TriggerMatch t = found.get(i);
        Clause c = clauses.get(i);
        if (c.denied()) continue;
        ArgumentReader.Arguments a = args.get(i);
        int at = s.story().alignment().toOriginal(t.span().start());
        Reading r = new Reading(t, t.trigger().form(), t.trigger().mode(), c.status(), a.actors(), a.location(), a.countries(),
            null, c.cues(), fields, quantities, List.of(evidence), at, "");
        // As StoryEventReader: "met visiting X" also tells X's visit, and "recibió al ministro de
        // Colombia" the minister's.
        out.addAll(StoryEventReader.withVisitTold(view, t, r, story.actors));
      }
      return out;
    }

    /**
     * {@return the sentence's readings as StoryEventReader makes them, dated} with the cues of a
     * past year and of another time added as it adds them.
     *
     * @param carried the day an earlier sentence named
     * @param salient the person a pronoun subject stands for
     */
    List<Reading> datedReadings(@Nullable DateRange carried, @Nullable LinkedMention salient) {
      List<TriggerMatch> found = triggers();
      List<Clause> clauses = clauses();
      List<Frame> frames = frames();
      List<Reading> out = new ArrayList<>();
      for (Reading r : readingsWith(salient)) {
        int i = found.indexOf(r.trigger());
        if (i < 0) {
          // The visit of "met visiting X": dated as the meeting it was read from, just before it.
          out.add(r.withDate(out.isEmpty() ? null : out.get(out.size() - 1).date()));
          continue;
        }
        Clause c = clauses.get(i);
        EnumSet<Cue> cues = EnumSet.noneOf(Cue.class);
        cues.addAll(c.cues());
        if (EventDater.pastYearNear(view, r.trigger())) cues.add(Cue.PAST_YEAR);
        if (DATER.anotherTime(view, r.trigger())) cues.add(Cue.ANOTHER_TIME);
        if (TriggerFinder.gathering(r.trigger(), view)) cues.add(Cue.GATHERING);
        List<Participant> acting = StoryEventReader.acting(view, r.trigger(), cues, r.actors(), story.actors);
        Clause withCues = new Clause(c.region(), c.status(), cues, c.speakers(), false);
        EventDater.Dated dated = DATER.dated(view, r.trigger(), withCues, frames, c.status(), carried, found, clauses);
        DateRange date = dated.range();
        if (dated.own()) cues.add(Cue.OWN_TIME);
        out.add(new Reading(r.trigger(), r.form(), r.mode(), r.status(), acting, r.location(), r.countries(), date, cues, r.fields(),
            r.quantities(), r.sources(), r.triggerAt(), r.part()));
      }
      return out;
    }

    /** {@return the date EventDater gives the trigger whose first word is written {@code surface}, no day carried from before} */
    @Nullable DateRange date(String surface) {
      return dateCarrying(surface, null);
    }

    /** {@return the date EventDater gives the trigger written {@code surface}, {@code carried} named by an earlier sentence} */
    @Nullable DateRange dateCarrying(String surface, @Nullable DateRange carried) {
      TriggerMatch t = trigger(surface);
      return datedReadings(carried, null).stream().filter(r -> r.trigger().equals(t)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("the trigger '" + surface + "' is denied in " + this)).date();
    }

    /** {@return the reading of the trigger whose first word is written {@code surface}} */
    Reading reading(String surface) {
      TriggerMatch t = trigger(surface);
      return readings().stream().filter(r -> r.trigger().equals(t)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("the trigger '" + surface + "' is denied in " + this));
    }

    /** {@return whether the gate keeps {@code r} as a contact between international actors} */
    boolean accepted(Reading r) {
      return GATE.accepts(r, story.actors, story.lexicon);
    }

    @Override
    public String toString() {
      return page.name() + ": " + text();
    }
  }
}
