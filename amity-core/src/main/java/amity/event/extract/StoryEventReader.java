package amity.event.extract;

import amity.event.Forms;
import amity.kb.KnowledgeBase;
import amity.lang.LanguagePacks;
import amity.mention.Gazetteer;
import amity.mention.PhraseTrie;
import amity.model.Actor;
import amity.model.AnalyzedStory;
import amity.model.DateBasis;
import amity.model.DateRange;
import amity.model.DateValue;
import amity.model.Document;
import amity.model.EntityType;
import amity.model.Event;
import amity.model.Evidence;
import amity.model.LinkedMention;
import amity.model.Mode;
import amity.model.Place;
import amity.model.Quantity;
import amity.model.Role;
import amity.model.Sentence;
import amity.model.Span;
import amity.model.Status;
import amity.time.DateFinder;
import amity.time.DateMention;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a story's events in steps: triggers, clauses, arguments and dates sentence by sentence,
 * then the story's readings consolidated, split one per counterpart, and kept where they are
 * contacts between international actors and recent.
 *
 * <p>Thread-safe: per-language data is loaded once and immutable.
 */
public final class StoryEventReader {
  /** Where each sentence's readings are told, kept and dropped with the reason. */
  private final EventTrace trace;
  private final DateFinder dateFinder;
  private final TriggerFinder triggers = new TriggerFinder();
  private final ClauseReader clauses = new ClauseReader();
  private final ArgumentReader arguments;
  private final EventDater dater;
  private final StoryConsolidator consolidator;
  private final CounterpartSplitter splitter = new CounterpartSplitter();
  private final SpecificActors specific = new SpecificActors();
  private final ActorGate gate;
  private final GroupFinder groups;
  private final amity.stage.@Nullable Parser parser;

  private final LanguagePacks packs;

  public StoryEventReader(KnowledgeBase kb) {
    this(kb, null);
  }

  /** Reads the languages of the bundled packs, as {@link #StoryEventReader(KnowledgeBase, LanguagePacks, amity.stage.Parser)}. */
  public StoryEventReader(KnowledgeBase kb, amity.stage.@Nullable Parser parser) {
    this(kb, LanguagePacks.bundled(), parser);
  }

  /**
   * Reads with a dependency parser for the sentences that hold a trigger, whose structure then
   * decides which names are a trigger's arguments; without one, word order alone does.
   */
  public StoryEventReader(KnowledgeBase kb, LanguagePacks packs, amity.stage.@Nullable Parser parser) {
    this(kb, packs, parser, EventTrace.OFF);
  }

  /** As {@link #StoryEventReader(KnowledgeBase, LanguagePacks, amity.stage.Parser)}, telling {@code trace} how each sentence was read. */
  public StoryEventReader(KnowledgeBase kb, LanguagePacks packs, amity.stage.@Nullable Parser parser, EventTrace trace) {
    this.trace = java.util.Objects.requireNonNull(trace, "trace must not be null");
    this.packs = packs;
    this.dateFinder = new DateFinder(packs);
    this.dater = new EventDater(packs);
    this.parser = parser;
    Gazetteer gazetteer = new Gazetteer(kb);
    this.arguments = new ArgumentReader(kb, gazetteer, trace);
    this.consolidator = new StoryConsolidator(kb);
    this.gate = new ActorGate(kb, gazetteer, packs);
    this.groups = new GroupFinder(gazetteer, packs);
  }

  /** {@return the story's events, each with the sentences that tell it} */
  public List<Event> read(Document document, AnalyzedStory story, List<LinkedMention> mentions) {
    Optional<EventLexicon> lex = packs.get(story.lang()).flatMap(EventLexicon::of);
    if (lex.isEmpty()) return List.of();
    String text = story.story().text();
    DateValue anchor = story.story().published().date();
    boolean approximate = story.story().published().basis() == DateBasis.RELATED_LIST;
    // Found when a sentence's reading is first dated: most stories hold no reading to date.
    SentenceView.Later<List<DateMention>> allDates = SentenceView.Later.later(
        () -> dateFinder.find(text, story.lang(), EventDater.resolvingAnchor(story.story().published()), approximate));
    mentions = groups.withGroups(story, mentions);
    ActorGate.StoryActors actors = gate.profile(story, mentions, document.text());
    mentions = gate.withDescriptions(story, mentions, actors);
    if (trace.on()) trace.line("PAGE " + document.file() + " anchor " + anchor + " dates " + allDates.get().stream().map(d -> text.substring(d.span().start(), d.span().end()) + "=" + d.range()).toList());
    List<Reading> readings = new ArrayList<>();
    StoryDay day = StoryDay.start();
    LinkedMention salient = null;
    List<Reading> told = List.of();
    ActorWords words = ActorWords.of(packs, story.lang());
    for (Sentence sentence : story.sentences()) {
      List<LinkedMention> inSentence = mentions.stream().filter(m -> sentence.span().contains(m.mention().span())).toList();
      SentenceView.Later<List<DateMention>> dates = SentenceView.Later.later(
          () -> allDates.get().stream().filter(d -> sentence.span().contains(d.span())).toList());
      SentenceView view = new SentenceView(document, story, sentence, inSentence, dates, lex.get(), null);
      if (EventDater.opensDigestItem(sentence.text())) day = day.dropped();
      List<Reading> read = Delegations.headed(view, readSentence(view, actors, day.carried(), salient), words);
      read = sameMedium(view, visitorsOnly(view, Senders.without(view, read)), told);
      if (!read.isEmpty()) told = read;
      readings.addAll(read);
      day = day.after(read, dates.get(), anchor);
      salient = salient(read, inSentence, actors, salient);
    }
    if (!readings.isEmpty()) readings = VisitDays.spanned(readings, text, story.sentences(), allDates.get(), mentions, lex.get());
    List<Event> out = new ArrayList<>();
    for (Reading whole : consolidator.consolidate(readings, mentions, anchor)) {
      for (Reading part : splitter.split(NameLists.withCountedHosts(whole, lex.get(), text, story.sentences(), mentions, actors))) {
        // Taking part in a gathering of many states is, as the guide counts it, a meeting of them;
        // the form changes only now, so that it joins no bilateral meeting told beside it.
        Reading r = part.form().equals("ceremony_attendance") && part.has(Cue.GATHERING) ? part.withForm("meeting", part.mode()) : part;
        r = StateNames.named(specific.narrowed(r, actors, words), text, words);
        String why = r.actors().isEmpty() ? "no actors" : EventDater.isHistory(r, anchor) ? "history" : !gate.accepts(r, actors, lex.get()) ? "gate" : null;
        if (why != null) {
          if (trace.on()) {
            trace.line("DROP " + why + " " + r.form() + " " + r.actors().stream().map(p -> p.mention().mention().text() + "/" + actors.of(p.entity())).toList()
                + " " + r.countries() + " :: " + r.sources().get(0).sentence());
          }
          continue;
        }
        if (trace.on()) {
          trace.line("KEEP " + r.form() + " " + r.status() + " " + r.actors().stream().map(p -> p.mention().mention().text() + "/" + p.role() + "/" + actors.of(p.entity())).toList()
              + " " + r.countries() + " " + r.date() + " :: " + r.sources().get(0).sentence());
        }
        // The gate weighs the visit with its host beside the visitor, rebels beside their movement;
        // the event names the visitor, the movement.
        out.add(build(SpecificActors.withoutBareRebels(VisitHosts.withoutHosts(r, actors), actors, words)));
      }
    }
    return out;
  }

  /**
   * The cues and actors a word for a meeting that a body alone may hold gives its reading: {@link
   * Cue#FORUM} in {@code cues}; and where it names the body whose gathering it is ("la reunión de
   * ministros de Exteriores de la OTAN", "a NATO meeting"), that is an occasion of its own
   * ({@link Cue#GATHERING}, no longer {@link Cue#ANAPHORIC}: not a later word for the meeting told
   * before) and the body takes part in it. {@return the actors, the body added}
   */
  static List<Participant> forum(SentenceView s, TriggerMatch t, Set<Cue> cues, List<Participant> acting, ActorGate.StoryActors actors) {
    for (Span p : t.parts()) if (!s.lexicon().find("forum", p.of(s.text())).isEmpty()) cues.add(Cue.FORUM);
    // "5国外长会议却…表示", "南部非洲经济首脑会议17日在…开幕": a gathering named as its clause's subject
    // (GroupFinder) is the meeting of the states in it, and they are its only party.
    for (LinkedMention m : s.mentions()) {
      if (!GroupFinder.gatheringSubject(m) || t.parts().stream().noneMatch(p -> m.mention().span().contains(p))) continue;
      cues.add(Cue.GATHERING);
      cues.remove(Cue.ANAPHORIC);
      return List.of(new Participant(m, Role.PARTICIPANT, null));
    }
    // "Commonwealth foreign ministers are to meet in London": a body whose members meet among
    // themselves, the only party, holds the meeting as a forum of its own.
    LinkedMention members = GatheringParties.membersBody(t, s, id -> actors.of(id).international());
    if (members != null && acting.size() == 1 && acting.get(0).entity().equals(members.entityId())) {
      cues.add(Cue.FORUM);
      cues.add(Cue.GATHERING);
      cues.remove(Cue.ANAPHORIC);
      return acting;
    }
    LinkedMention named = GatheringParties.gatheringBody(t, s, id -> actors.of(id).international());
    // "在纽约出席联合国大会期间": the body whose gathering is attended takes part in it too.
    LinkedMention body = named != null ? named : GatheringParties.attendedBody(t, s, id -> actors.of(id).international());
    // "日俄首脑会晤": the two countries written together before the word are its two sides, and
    // they alone, unless a leader acts at it.
    List<LinkedMention> before = body == null ? GatheringParties.pairedBefore(t, s) : List.of();
    if (!before.isEmpty()) {
      cues.add(Cue.GATHERING);
      cues.remove(Cue.ANAPHORIC);
      if (acting.stream().anyMatch(p -> p.mention().mention().type() == EntityType.PERSON && actors.leader(p.entity()))) return acting;
      return before.stream().map(side -> new Participant(side, Role.PARTICIPANT, side.mention().country())).toList();
    }
    List<LinkedMention> pair = body == null ? GatheringParties.pairedSides(t, s) : List.of();
    if (!pair.isEmpty()) {
      // "la Cumbre Hispano-francesa": the two countries the gathering's name pairs hold it; where
      // a head of state or government acts at it ("El presidente de Francia, Jacques Chirac,
      // mostró hoy durante la XII Cumbre bilateral hispano-francesa"), that person, the most
      // specific name, stands for his side.
      cues.add(Cue.GATHERING);
      cues.remove(Cue.ANAPHORIC);
      if (acting.stream().anyMatch(p -> p.mention().mention().type() == EntityType.PERSON && actors.leader(p.entity()))) return acting;
      List<Participant> out = new ArrayList<>(acting);
      for (LinkedMention side : pair) {
        if (out.stream().noneMatch(p -> p.entity().equals(side.entityId()))) out.add(new Participant(side, Role.PARTICIPANT, side.mention().country()));
      }
      return out;
    }
    if (body == null) return acting;
    cues.add(Cue.GATHERING);
    cues.remove(Cue.ANAPHORIC);
    if (acting.stream().anyMatch(p -> p.entity().equals(body.entityId()))) return acting;
    List<Participant> out = new ArrayList<>(acting);
    out.add(new Participant(body, Role.PARTICIPANT, null));
    return out;
  }

  /**
   * The actors of a trigger's reading and the cues they add ({@link #forum}, {@link
   * #sidesAsSubject}), from those the argument reader found; the test harness calls it as well.
   */
  static List<Participant> acting(SentenceView s, TriggerMatch t, Set<Cue> cues, List<Participant> found, ActorGate.StoryActors actors) {
    if (sidesAsSubject(s, t, found)) cues.add(Cue.SIDES_AS_SUBJECT);
    else if (sidesBefore(s, t, found)) cues.add(Cue.SIDES_BEFORE);
    return forum(s, t, cues, found, actors);
  }

  /**
   * "三国领导人会面后发表联合声明，敦促伊朗…": whether the sides ({@code both_sides}) stand as the subject
   * before the trigger and the names read for it all come after it, beyond a clause break (what the
   * sides spoke of, {@link Cue#SIDES_AS_SUBJECT}).
   */
  static boolean sidesAsSubject(SentenceView s, TriggerMatch t, List<Participant> acting) {
    if (acting.isEmpty()) return false;
    String text = s.text();
    int from = s.span().start();
    if (t.span().start() <= from || s.lexicon().find("both_sides", text.substring(from, t.span().start())).isEmpty()) return false;
    // "习近平主席邀请穆塔里卡总统来华…，两国元首举行了富有成果的会晤": the sides open the trigger's own
    // clause, and every name read for it stands in a clause before; they are the sides of what
    // was told there, not its actors alone.
    int comma = Math.max(text.lastIndexOf('，', t.span().start() - 1), text.lastIndexOf(',', t.span().start() - 1));
    if (comma > from && !s.lexicon().find("both_sides", text.substring(comma + 1, t.span().start())).isEmpty()
        && acting.stream().allMatch(p -> p.mention().mention().span().end() <= comma)) {
      return true;
    }
    for (Participant p : acting) {
      int at = p.mention().mention().span().start();
      if (at < t.end() || !ClauseBreaks.hasClauseBreak(text, t.end(), at)) return false;
    }
    return true;
  }

  /**
   * "The two party leaders had also agreed to meet U.S. Assistant Secretary … Robert Pelletreau":
   * whether the sides ({@code both_sides}) stand before the trigger with no clause break between,
   * and every name read for it comes after it ({@link Cue#SIDES_BEFORE}).
   */
  static boolean sidesBefore(SentenceView s, TriggerMatch t, List<Participant> acting) {
    if (acting.isEmpty()) return false;
    String text = s.text();
    int from = s.span().start();
    if (t.span().start() <= from) return false;
    PhraseTrie.Match<String> sides = null;
    for (PhraseTrie.Match<String> m : s.lexicon().find("both_sides", text.substring(from, t.span().start()))) sides = m;
    if (sides == null || ClauseBreaks.hasClauseBreak(text, from + sides.span().end(), t.span().start())) return false;
    return acting.stream().allMatch(p -> p.mention().mention().span().start() >= t.end());
  }

  /**
   * "would visit Bonn for talks with his German counterpart Klaus Kinkel", "将…前往莫斯科与俄罗斯总统普京会晤":
   * those a meeting told after the visit is held with (named after its word, or after a {@code
   * companion} word before it) are whom the visitor meets, not visitors; so is a person the visit
   * reads as its object beside one who travels. {@return the readings,
   * each visit without them, unless none would be left}
   */
  static List<Reading> visitorsOnly(SentenceView s, List<Reading> read) {
    List<Reading> out = new ArrayList<>();
    String text = s.text();
    for (Reading v : read) {
      if (!v.family().equals("visit")) {
        out.add(v);
        continue;
      }
      List<Participant> kept = new ArrayList<>();
      for (Participant p : v.actors()) {
        int at = p.mention().mention().fullSpan().start();
        boolean met = false;
        for (Reading m : read) {
          if (!m.family().equals("meet")) continue;
          Span word = m.trigger().span();
          if (word.start() < v.trigger().end() || at < v.trigger().end()) continue;
          if (at >= word.end() && !ClauseBreaks.hasClauseBreak(text, word.end(), at)
              || at < word.start() && s.lexicon().endsBefore("companion", text, at, 8) && !ClauseBreaks.hasClauseBreak(text, at, word.start())) {
            met = true;
          }
        }
        if (!met) kept.add(p);
      }
      // "arrived in Rome … and held talks with the U.S. special envoy to Burundi, Howard Wolpe": a
      // person the visit reads as its object, beside a person who travels, is met, not a visitor,
      // where a meeting told after the visit's word has him as its object too.
      boolean traveller = kept.stream().anyMatch(p -> p.role() != Role.TARGET && p.mention().mention().type() == EntityType.PERSON);
      if (traveller) kept.removeIf(p -> p.role() == Role.TARGET && p.mention().mention().type() == EntityType.PERSON && metAfter(read, v, p));
      out.add(kept.isEmpty() || kept.size() == v.actors().size() ? v : v.withActors(kept));
    }
    return out;
  }

  /** Whether a meeting told after the visit's word has {@code p} as its object. */
  private static boolean metAfter(List<Reading> read, Reading visit, Participant p) {
    for (Reading m : read) {
      if (!m.family().equals("meet") || m.trigger().span().start() < visit.trigger().end()) continue;
      if (m.actors().stream().anyMatch(q -> q.role() == Role.TARGET && q.entity().equals(p.entity()))) return true;
    }
    return false;
  }

  /**
   * "Chirac telefoneó hoy a Lahoud … También habló ayer con Annan": a talk told by a verb of
   * speaking that names no medium ({@code medium_neutral}), in a sentence opened by an adverb that
   * goes on from the one before, is by the medium of the call that sentence told by the same person.
   */
  static List<Reading> sameMedium(SentenceView s, List<Reading> read, List<Reading> told) {
    read = fromAfar(s, read);
    if (read.isEmpty() || told.isEmpty()) return read;
    List<Reading> out = new ArrayList<>();
    for (Reading r : read) {
      Reading call = null;
      boolean neutral = mediumNeutral(s, r) && ImpliedSubject.opensWithAdverb(s, r.trigger());
      if (neutral) {
        for (Reading o : told) {
          if (o.mode() == Mode.IN_PERSON || o.mode() == Mode.WRITTEN) continue;
          boolean same = o.actors().stream().anyMatch(p -> p.role() != Role.TARGET && p.mention().mention().type() == EntityType.PERSON
              && r.actors().stream().anyMatch(q -> q.role() != Role.TARGET && q.entity().equals(p.entity())));
          if (same) call = o;
        }
      }
      out.add(call == null ? r : r.withForm(call.form(), call.mode()));
    }
    return out;
  }

  /** Whether a meeting in person is told by a verb of speaking that names no medium ("habló con"). */
  private static boolean mediumNeutral(SentenceView s, Reading r) {
    return r.mode() == Mode.IN_PERSON && r.family().equals("meet") && s.lexicon().opensWith("medium_neutral", r.trigger().surface());
  }

  /**
   * "habló con Masjádov desde París": a talk told by a verb of speaking that names no medium
   * ({@code medium_neutral}), with a {@code remote} word before a place after it, was held from
   * afar: a phone call.
   */
  static List<Reading> fromAfar(SentenceView s, List<Reading> read) {
    List<Reading> out = new ArrayList<>();
    for (Reading r : read) {
      TriggerMatch t = r.trigger();
      boolean remote = mediumNeutral(s, r) && s.mentions().stream().anyMatch(m -> m.mention().type() != EntityType.PERSON
          && m.mention().type() != EntityType.ORG && m.mention().span().start() > t.span().start()
          && m.mention().span().start() - t.end() <= 60
          && s.lexicon().endsBefore("remote", s.text(), m.mention().span().start(), 8));
      out.add(remote ? r.withForm("phone_call", Mode.PHONE) : r);
    }
    return out;
  }

  /**
   * The person the story last told as acting, whom "he" or "ông" in the next sentence stands for:
   * the first person acting in the sentence's last event, else its first official.
   */
  private static @Nullable LinkedMention salient(List<Reading> read, List<LinkedMention> inSentence, ActorGate.StoryActors actors,
      @Nullable LinkedMention before) {
    for (int i = read.size() - 1; i >= 0; i--) {
      for (Participant p : read.get(i).actors()) {
        if (p.role() != Role.TARGET && p.mention().mention().type() == EntityType.PERSON) return p.mention();
      }
    }
    for (LinkedMention m : inSentence) {
      if (m.mention().type() == EntityType.PERSON && actors.of(m.entityId()).political()) return m;
    }
    return before;
  }

  /**
   * "la reciente invitación a Moscú del ministro de Defensa yugoslavo", "Last October he was
   * invited to attend the referendum": what an invitation asks for is still ahead of it, told or
   * not whether it was accepted; an invitation is a planned visit, whatever the tense of its word.
   */
  static void invitationsAhead(List<TriggerMatch> found, List<Clause> read) {
    for (int i = 0; i < found.size(); i++) {
      Clause c = read.get(i);
      if (c.status() == Status.PLANNED || !found.get(i).trigger().form().equals("invitation")) continue;
      read.set(i, new Clause(c.region(), Status.PLANNED, c.cues(), c.speakers(), c.denied()));
    }
  }

  /**
   * "landed at Belgrade airport … on Friday morning for talks with his Yugoslav counterparts",
   * "left Bahrain for Baghdad on Monday for talks with Iraqi officials": talks a journey told
   * before them in the sentence is made for are still ahead of it.
   */
  static void purposeOfTravel(SentenceView s, List<TriggerMatch> found, List<Clause> read) {
    for (int i = 0; i < found.size(); i++) {
      TriggerMatch t = found.get(i);
      Clause c = read.get(i);
      if (c.status() == Status.PLANNED || !Forms.family(t.trigger().form()).equals("meet")
          || !s.lexicon().endsBefore("purpose", s.text(), t.span().start(), 8)) {
        continue;
      }
      for (int j = 0; j < found.size(); j++) {
        TriggerMatch v = found.get(j);
        if (j == i || !Forms.family(v.trigger().form()).equals("visit") || v.span().end() > t.span().start()) continue;
        if (ClauseBreaks.hasClauseBreak(s.text(), v.span().end(), t.span().start())) continue;
        read.set(i, new Clause(c.region(), Status.PLANNED, c.cues(), c.speakers(), c.denied()));
        break;
      }
    }
  }

  private List<Reading> readSentence(SentenceView s, ActorGate.StoryActors actors, @Nullable DateRange carried,
      @Nullable LinkedMention salient) {
    TriggerFinder.Triggers triggered = triggers.read(s);
    List<TriggerMatch> found = triggered.matches();
    List<Reading> modifierVisits = visitsAsModifier(s, actors, carried);
    if (found.isEmpty()) return modifierVisits;
    if (parser != null) {
      SentenceView plain = s;
      s = s.withParse(SentenceView.Later.later(() -> {
        Syntax syntax = new Syntax(parser.parse(plain.sentence(), plain.lang()));
        return syntax.informative() ? syntax : null;
      }));
    }
    if (trace.on()) {
      trace.line("SENT " + s.sentence().text());
      trace.line("  triggers " + found.stream().map(TriggerMatch::surface).toList() + " mentions "
          + s.mentions().stream().map(m -> m.mention().text() + "/" + m.mention().type() + "/" + actors.of(m.entityId()).political() + "/" + m.mention().finder() + "/" + m.entityId() + "/" + actors.of(m.entityId()).country() + (m.mention().titleSpan() == null ? "" : "/title=" + m.mention().titleSpan())).toList());
    }
    List<Frame> frames = clauses.frames(s, found);
    List<Clause> read = new ArrayList<>();
    for (TriggerMatch t : found) read.add(clauses.read(s, t, frames));
    purposeOfTravel(s, found, read);
    invitationsAhead(found, read);
    List<ArgumentReader.Arguments> args = arguments.read(s, found, read, actors, salient, triggered.suppressed());
    EventLexicon lex = s.lexicon();
    List<String> fields = new ArrayList<>();
    for (PhraseTrie.Match<String> f : lex.fields.findAll(s.sentence().text())) fields.addAll(f.values());
    List<Quantity> quantities = new ArrayList<>();
    for (Map.Entry<Span, Quantity> q : lex.quantities(s.sentence().text())) quantities.add(q.getValue());
    Span docSpan = s.story().story().alignment().toOriginal(s.span());
    Evidence evidence = new Evidence(s.document().id(), s.story().story().id(), s.document().file(), s.lang(), s.sentence().text(), docSpan);
    List<Reading> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      TriggerMatch t = found.get(i);
      Clause c = read.get(i);
      if (c.denied()) {
        if (trace.on()) trace.line("DROP denied " + t.surface() + " :: " + s.sentence().text());
        continue;
      }
      Set<Cue> cues = EnumSet.noneOf(Cue.class);
      cues.addAll(c.cues());
      if (EventDater.pastYearNear(s, t)) cues.add(Cue.PAST_YEAR);
      if (TriggerFinder.gathering(t, s)) cues.add(Cue.GATHERING);
      if (dater.anotherTime(s, t)) cues.add(Cue.ANOTHER_TIME);
      ArgumentReader.Arguments a = args.get(i);
      List<Participant> acting = acting(s, t, cues, a.actors(), actors);
      Clause withCues = new Clause(c.region(), c.status(), cues, c.speakers(), false);
      EventDater.Dated dated = dater.dated(s, t, withCues, frames, c.status(), carried, found, read);
      DateRange date = dated.range();
      if (dated.own()) cues.add(Cue.OWN_TIME);
      if (trace.on()) trace.line("READ\t" + s.document().file() + "\t" + docSpan.start() + "\t" + docSpan.end() + "\t" + t.trigger().form() + "\t" + c.status() + "\t" + iso(date) + " [" + dated.basis() + "]\t" + t.surface() + "\t" + acting.stream().map(x -> x.mention().mention().text() + "/" + x.role()).toList() + "\t" + cues + " carried=" + carried + " :: " + s.sentence().text());
      int triggerAt = s.story().story().alignment().toOriginal(t.span().start());
      Reading reading = new Reading(t, t.trigger().form(), t.trigger().mode(), c.status(), acting, a.location(),
          a.countries(), date, cues, fields, quantities, List.of(evidence), triggerAt, "");
      List<Reading> told = withVisitTold(s, t, reading, actors);
      out.addAll(told);
      if (trace.on() && told.size() > 1) {
        Reading visit = told.get(1);
        trace.line("READ\t" + s.document().file() + "\t" + docSpan.start() + "\t" + docSpan.end() + "\tvisit\t" + visit.status() + "\t" + iso(date) + "\t" + visit.trigger().surface() + "\t" + visit.actors().stream().map(x -> x.mention().mention().text() + "/" + x.role()).toList() + "\t[] :: " + s.sentence().text());
      }
    }
    out.addAll(modifierVisits);
    return out;
  }

  /**
   * "正在英国访问的美国总统克林顿表示", "会见正在中国访问的X": a visit told as what its visitor is doing
   * ({@code visiting_at}, a place, {@code visiting_end} right before the visitor) is a visit of the
   * first official named after it, with only words of office and places between, to that place's
   * country. The visit word itself is no trigger there (it modifies its visitor, {@code suppress}),
   * so it would otherwise be lost.
   */
  private List<Reading> visitsAsModifier(SentenceView s, ActorGate.StoryActors actors, @Nullable DateRange carried) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    int end = s.span().end();
    List<Reading> out = new ArrayList<>();
    for (LinkedMention place : s.mentions()) {
      if (place.mention().type() != EntityType.GPE) continue;
      String host = actors.of(place.entityId()).country();
      Span ps = place.mention().span();
      if (host == null || !lex.endsBefore("visiting_at", text, ps.start(), 4)) continue;
      PhraseTrie.Match<String> close = null;
      for (PhraseTrie.Match<String> m : lex.find("visiting_end", s.between(ps.end(), Math.min(end, ps.end() + 12)))) {
        if (m.span().start() == 0) close = m;
      }
      if (close == null) continue;
      int at = ps.end() + close.span().end();
      LinkedMention visitor = null;
      for (LinkedMention m : s.mentions()) {
        int start = m.mention().fullSpan().start();
        if (start < at) continue;
        if (start - at > 30 || ClauseBreaks.hasClauseBreak(text, at, start)) break;
        if (m.mention().type() == EntityType.GPE) continue;
        if (actors.of(m.entityId()).political()) visitor = m;
        break;
      }
      if (visitor == null) continue;
      String home = actors.of(visitor.entityId()).country();
      if (host.equals(home)) continue;
      Set<String> countries = new LinkedHashSet<>();
      if (home != null) countries.add(home);
      countries.add(host);
      Span span = new Span(ps.end(), at);
      TriggerMatch visit = new TriggerMatch(new Trigger("CONSULT", "visit", "042", Mode.IN_PERSON), span, List.of(span), span.of(text));
      Clause clause = new Clause(s.span(), Status.REPORTED, Set.of(), List.of(), false);
      DateRange date = dater.date(s, visit, clause, List.of(), Status.REPORTED, carried, List.of(visit), List.of(clause));
      Span docSpan = s.story().story().alignment().toOriginal(s.span());
      Evidence evidence = new Evidence(s.document().id(), s.story().story().id(), s.document().file(), s.lang(), s.sentence().text(), docSpan);
      int triggerAt = s.story().story().alignment().toOriginal(span.start());
      if (trace.on()) trace.line("READ\t" + s.document().file() + "\tvisit (modifier)\t" + visitor.mention().text() + " :: " + s.sentence().text());
      out.add(new Reading(visit, "visit", Mode.IN_PERSON, Status.REPORTED, List.of(new Participant(visitor, Role.PARTICIPANT, home)), new Place(place.entityId(), place.entityName()),
          countries, date, Set.of(), List.of(), List.of(), List.of(evidence), triggerAt, ""));
    }
    return out;
  }

  /**
   * {@return the reading, and the visit it also tells ("met visiting X", "recibió al ministro del
   * Interior de Colombia"); a visit's own reading becomes that visit}
   */
  static List<Reading> withVisitTold(SentenceView s, TriggerMatch t, Reading r, ActorGate.StoryActors actors) {
    Reading visit = visitOfVisitor(s, t, r, actors);
    if (visit == null) visit = visitOfReceived(s, t, r, actors);
    if (visit == null) return List.of(r);
    return Forms.family(t.trigger().form()).equals("visit") ? List.of(visit) : List.of(r, visit);
  }

  /**
   * "met visiting Gabon President Omar Bongo", "told visiting Russian nationalist X": the one named
   * after "visiting" is on a visit to the country of those he meets (else the story's home). The
   * visit of a trigger that holds or stands right before the word "visiting", or null.
   */
  private static @Nullable Reading visitOfVisitor(SentenceView s, TriggerMatch t, Reading r, ActorGate.StoryActors actors) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    String fam = Forms.family(t.trigger().form());
    if (!fam.equals("visit") && !fam.equals("meet") || t.trigger().mode() != Mode.IN_PERSON) return null;
    int from = t.span().start();
    int to = Math.min(s.span().end(), t.end() + 12);
    PhraseTrie.Match<String> word = null;
    for (PhraseTrie.Match<String> m : lex.find("visiting", text.substring(from, to))) {
      if (from + m.span().start() > t.end() + 1) break;
      word = m;
      break;
    }
    if (word == null && fam.equals("meet")) {
      // "同来访的斯里兰卡外长卡迪尔加马尔举行会谈": the one met comes before the word for the talks, after
      // a companion word ("同", "与") that the visiting word follows.
      int back = Math.max(s.span().start(), t.span().start() - 40);
      for (PhraseTrie.Match<String> m : lex.find("visiting", text.substring(back, t.span().start()))) {
        if (lex.endsBefore("companion", text, back + m.span().start(), 2) && !ClauseBreaks.hasClauseBreak(text, back + m.span().end(), t.span().start())) {
          from = back;
          word = m;
        }
      }
    }
    if (word == null) return null;
    int at = from + word.span().end();
    // The visitor: the first name after the word that is not a place, with only places and
    // words of office between ("visiting Gabon President Omar Bongo").
    LinkedMention visitor = null;
    for (LinkedMention m : s.mentions()) {
      int start = m.mention().fullSpan().start();
      if (start < at) continue;
      if (start - at > 60 || ClauseBreaks.hasClauseBreak(text, at, start)) break;
      if (m.mention().type() == EntityType.GPE) continue;
      if (actors.of(m.entityId()).political()) visitor = m;
      break;
    }
    if (visitor == null) return null;
    String home = actors.of(visitor.entityId()).country();
    Set<String> hosts = new LinkedHashSet<>();
    for (Participant p : r.actors()) {
      if (p.entity().equals(visitor.entityId()) || p.mention().mention().span().start() >= at) continue;
      if (p.country() != null && !p.country().equals(home)) hosts.add(p.country());
    }
    // "he met visiting French Foreign Minister Herve de Charette in Algiers": with no host of
    // another country acting, where the meeting was is the host country.
    String where = r.location() == null ? null : actors.of(r.location().entity()).country();
    if (hosts.isEmpty() && where != null && !where.equals(home)) hosts.add(where);
    if (hosts.isEmpty() && actors.home() != null && !actors.home().equals(home)) hosts.add(actors.home());
    if (hosts.isEmpty()) return null;
    Set<String> countries = new LinkedHashSet<>();
    if (home != null) countries.add(home);
    countries.addAll(hosts);
    Span span = new Span(from + word.span().start(), at);
    TriggerMatch visit = new TriggerMatch(new Trigger("CONSULT", "visit", "042", Mode.IN_PERSON), span, List.of(span), span.of(text));
    int triggerAt = s.story().story().alignment().toOriginal(span.start());
    return new Reading(visit, "visit", Mode.IN_PERSON, Status.REPORTED, List.of(new Participant(visitor, Role.PARTICIPANT, home)), null,
        countries, r.date(), Set.of(), r.fields(), List.of(), r.sources(), triggerAt, "");
  }

  /**
   * "el primer ministro portugués … recibió hoy al ministro del Interior de Colombia, Hugo de la
   * Calle": an official received by a host of another country, with a {@code hosting} verb, is
   * received as a visitor there; an envoy resident in the country ({@code resident}, "embajador")
   * is not. The visit of the received, or null.
   */
  private static @Nullable Reading visitOfReceived(SentenceView s, TriggerMatch t, Reading r, ActorGate.StoryActors actors) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    if (!r.form().equals("reception")) return null;
    String word = t.surface();
    if (!lex.isWhole("hosting", word)) return null;
    Participant host = null;
    Participant guest = null;
    for (Participant p : r.actors()) {
      if (p.mention().mention().type() != EntityType.PERSON || !actors.of(p.entity()).political()) continue;
      if (p.role() == Role.SOURCE && host == null) host = p;
      if (p.role() == Role.TARGET && p.country() != null) {
        if (guest != null) return null;
        guest = p;
      }
    }
    // No host named as a party ("el alcalde de Amurrio recibirá … al ministro de industria de
    // Georgia"): the one received after the verb, at the story's home.
    boolean unnamedHost = host == null && guest == null && r.actors().size() == 1 && actors.home() != null;
    if (unnamedHost) {
      Participant only = r.actors().get(0);
      boolean after = only.mention().mention().span().start() > t.span().start();
      if (!after || only.country() == null || only.mention().mention().type() != EntityType.PERSON || !actors.of(only.entity()).political()) return null;
      guest = only;
    }
    if (host == null && !unnamedHost || guest == null) return null;
    String hostCountry = unnamedHost ? actors.home() : host.country();
    if (hostCountry == null || hostCountry.equals(guest.country())) return null;
    int at = guest.mention().mention().fullSpan().start();
    if (!lex.find("resident", text.substring(Math.max(t.end(), at - 40), guest.mention().mention().span().start())).isEmpty()) return null;
    Set<String> countries = new LinkedHashSet<>();
    countries.add(guest.country());
    countries.add(hostCountry);
    return new Reading(t, "visit", Mode.IN_PERSON, r.status(), List.of(guest.withRole(Role.PARTICIPANT)), r.location(),
        countries, r.date(), Set.of(), r.fields(), List.of(), r.sources(), r.triggerAt(), "");
  }

  private static String iso(@Nullable DateRange d) {
    return d == null ? "null" : d.start().iso() + ".." + (d.end() == null ? "null" : d.end().iso());
  }

  private static Event build(Reading r) {
    Evidence first = r.sources().get(0);
    String id = eventId(first, r.form(), r.triggerAt(), r.part());
    List<Actor> actors = new ArrayList<>();
    for (Participant p : r.actors()) actors.add(new Actor(p.entity(), p.mention().entityName(), p.role()));
    return new Event(id, typeOf(r), r.form(), cameo(r), r.mode(), r.status(), r.date(), actors, List.copyOf(r.countries()), r.location(),
        r.fields(), r.quantities(), r.sources(), confidence(r));
  }

  /** The type of the form the reading ended with: a consolidated reading's form may be another trigger's. */
  private static String typeOf(Reading r) {
    return r.trigger().trigger().form().equals(r.form()) ? r.trigger().trigger().type() : amity.event.Forms.type(r.form());
  }

  private static String cameo(Reading r) {
    if (r.trigger().trigger().form().equals(r.form())) return r.trigger().trigger().cameo();
    return switch (r.form()) {
      case "phone_call", "video_call" -> "041";
      case "state_visit", "official_visit", "working_visit", "visit" -> "042";
      case "reception", "courtesy_call", "farewell_call" -> "043";
      case "talks", "joint_committee" -> "046";
      case "agreement_signing", "joint_statement" -> "057";
      case "aid" -> "070";
      default -> "040";
    };
  }

  private static double confidence(Reading r) {
    double c = 0.4;
    if (r.actors().size() >= 2) c += 0.2;
    if (r.date() != null) c += 0.15;
    if (!r.form().equals("visit") && !r.form().equals("meeting")) c += 0.1;
    if (!r.persons().isEmpty()) c += 0.1;
    return Math.round(Math.min(0.95, c) * 100) / 100.0;
  }

  /** {@return a stable id from the first source, the form and, for one reading split in parts, the part} */
  public static String eventId(Evidence first, String form, int triggerAt, String part) {
    String key = first.doc() + "|" + first.span().start() + "|" + triggerAt + "|" + amity.event.Forms.family(form)
        + (part.isEmpty() ? "" : "|" + part);
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "ev-" + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
