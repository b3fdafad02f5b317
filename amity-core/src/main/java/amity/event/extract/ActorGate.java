package amity.event.extract;

import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.lang.LanguagePacks;
import amity.mention.Gazetteer;
import amity.model.AnalyzedStory;
import amity.model.DateBasis;
import amity.model.DateValue;
import amity.model.EntityIds;
import amity.model.EntityType;
import amity.model.LinkedMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides who counts as an international actor — states, their officials and bodies,
 * international organisations, parties, delegations — and keeps only events between such actors of
 * more than one country. A trigger word is not an event: "meets ADA standards", "visit our
 * website", "the champion met his rival" have no such actors.
 *
 * <p>A person counts when the knowledge base knows them as an office holder, or a title or a
 * descriptor before the name says they hold office ("German Defence Minister Volker Ruehe", "U.S.
 * envoy John Kornblum", "rebel military leader Aslan Maskhadov"), anywhere in the story; a word of
 * sport or business there ("world record holder", "chief executive") says they do not. An
 * organisation counts when the knowledge base lists it as a government body, party, parliament or
 * international organisation, or its name has a word of state ("Ministry", "Front", "政府").
 * Per-language words come from {@code actors.tsv} ({@link ActorWords}).
 *
 * <p>A thin step over smaller ones: {@link TitleReader} reads titles, descriptors and appositions
 * beside a name, {@link Delegations} heads of delegations and invited parties, {@link
 * BodyOfficials} officials of international bodies, {@link StateBodies} organisations, {@link
 * StoryHome} the country a story is told from; {@link Descriptions} finds descriptions that stand
 * for a person, and {@link ContactRule} (with {@link VisitRule} and {@link JointDecision}) decides
 * which readings are contacts across a border.
 *
 * <p>Thread-safe: per-language data is loaded once and immutable.
 */
public final class ActorGate {
  /** Whether an entity counts as an international actor in a story, and its country. */
  public record Profile(boolean political, @Nullable String country, boolean international, boolean insurgent) {}

  /**
   * The profiles of a story's entities, and the story's home country (dateline, else the language's).
   * {@code strangers}: the entities the home cannot hold though the story gives them no country —
   * officials of an international body, rebels, names not of the shape of the home's.
   */
  public record StoryActors(Map<String, Profile> profiles, @Nullable String home, boolean datelined, Set<String> leaders,
      Set<String> strangers) {
    public StoryActors {
      profiles = Map.copyOf(profiles);
      leaders = Set.copyOf(leaders);
      strangers = Set.copyOf(strangers);
    }

    public StoryActors(Map<String, Profile> profiles, @Nullable String home, boolean datelined, Set<String> leaders) {
      this(profiles, home, datelined, leaders, Set.of());
    }

    public StoryActors(Map<String, Profile> profiles, @Nullable String home, boolean datelined) {
      this(profiles, home, datelined, Set.of());
    }

    public StoryActors(Map<String, Profile> profiles, @Nullable String home) {
      this(profiles, home, false);
    }

    /** Whether the story gives the person a title of a head of state or government ("El presidente de Francia"). */
    public boolean leader(String entity) {
      return leaders.contains(entity);
    }

    public Profile of(String entity) {
      return profiles.getOrDefault(entity, new Profile(false, null, false, false));
    }
  }

  private final KnowledgeBase kb;
  private final LanguagePacks packs;
  private final StoryHome homes;
  private final PersonReader persons;
  private final Descriptions descriptions;
  private final ContactRule contacts;
  private final StateBodies stateBodies;

  /** A gate with the actor words of the bundled packs. */
  public ActorGate(KnowledgeBase kb, Gazetteer gazetteer) {
    this(kb, gazetteer, LanguagePacks.bundled());
  }

  /** A gate with the actor words ({@code actors.tsv}) of {@code packs}. */
  public ActorGate(KnowledgeBase kb, Gazetteer gazetteer, LanguagePacks packs) {
    this.kb = kb;
    this.packs = packs;
    this.homes = new StoryHome(kb, gazetteer);
    TitleReader titles = new TitleReader(gazetteer);
    this.persons = new PersonReader(titles, new Delegations(gazetteer), new BodyOfficials(gazetteer));
    this.descriptions = new Descriptions(gazetteer, packs);
    this.contacts = new ContactRule(kb, new VisitRule(kb, packs));
    this.stateBodies = new StateBodies(gazetteer, titles);
  }

  /** How many years before a person's first known office a story of theirs is more likely a namesake's. */
  private static final int NAMESAKE_YEARS = 10;

  /**
   * {@return whether a person of the knowledge base is, in a story of {@code when}, more likely
   * another of the same name: every office known for them began ten years or more after it}
   * ("Alberto Fernández", the PP's man in Catalonia in a story of May 2000, is not the president of
   * Argentina from 2019). Their offices then give the story's person no office and no country.
   */
  static boolean namesake(KbEntry e, AnalyzedStory story) {
    // Only a date the page or its publisher gives can tell, not a year the text names.
    if (!Set.of(DateBasis.METADATA, DateBasis.PAGE, DateBasis.DATELINE).contains(story.story().published().basis())) return false;
    DateValue when = story.story().published().date();
    if (when == null || when.year() == null || e.roles().isEmpty()) return false;
    for (amity.kb.Role r : e.roles()) {
      if (r.from() == null || r.from().year() == null || r.from().year() - when.year() < NAMESAKE_YEARS) return false;
    }
    return true;
  }

  /** {@return the profiles of the entities the story names} */
  public StoryActors profile(AnalyzedStory story, List<LinkedMention> mentions) {
    return profile(story, mentions, null);
  }

  /**
   * {@return the profiles of the entities the story names} A story with no dateline of its own
   * takes its page's ({@code pageText}'s first lines): a press digest's items are told from the
   * digest's place.
   */
  public StoryActors profile(AnalyzedStory story, List<LinkedMention> mentions, @Nullable String pageText) {
    ActorWords w = ActorWords.of(packs, story.lang());
    EventLexicon lex = packs.get(story.lang()).flatMap(EventLexicon::of).orElse(null);
    String text = story.story().text();
    Map<String, Boolean> political = new HashMap<>();
    Map<String, Boolean> denied = new HashMap<>();
    Map<String, String> country = new HashMap<>();
    Map<String, Boolean> international = new HashMap<>();
    Set<String> rebels = new HashSet<>();
    Set<String> titled = new HashSet<>();
    Set<String> leaders = new HashSet<>();
    // Officials of an international body ("el emisario especial de la UE"): of no state's home.
    Set<String> serving = new HashSet<>();
    Map<String, List<String>> names = new HashMap<>();
    for (LinkedMention l : mentions) {
      String id = l.entityId();
      KbEntry e = kb.get(id).or(() -> Optional.ofNullable(l.mention().kbId()).flatMap(kb::get)).orElse(null);
      EntityType type = l.mention().type();
      boolean namesake = e != null && type == EntityType.PERSON && namesake(e, story);
      if (namesake) e = null;
      // A namesake's country is the knowledge base's too, which the mention was found with.
      // An official of an international body on the story's date is of no state.
      boolean serves = e != null && e.country() != null && e.countryOn(story.story().published().date()) == null;
      if (serves) serving.add(id);
      // A leader of rebels on the story's date (the knowledge base's rebel_leader) is the other side
      // of his state's conflict: a rebel, of no country, whatever the text calls him.
      boolean leadsRebels = e != null && type == EntityType.PERSON && e.leadsRebelsOn(story.story().published().date());
      String c = leadsRebels ? null : e != null && e.country() != null ? (serves ? null : e.country()) : namesake ? null : l.mention().country();
      boolean pol = false;
      boolean no = false;
      if (GroupFinder.FINDER.equals(l.mention().finder())) {
        // "the Philippine government", "separatist rebels", "Egyptian officials"
        pol = true;
        if (!w.insurgent().findAll(l.mention().text()).isEmpty()) rebels.add(id);
        // "非洲国家领导人", "các nước ASEAN": many states, a party as a body of them is.
        if (GroupFinder.manyStates(l) || GroupFinder.internationalBody(l)) international.put(id, true);
      } else if (type == EntityType.PERSON) {
        // A title standing alone ("总统") is no name: it tells nothing of the name's shape.
        if (!amity.mention.TitleFinder.NOMINAL.equals(l.mention().finder())) names.computeIfAbsent(id, k -> new ArrayList<>()).add(l.mention().text());
        PersonReader.Person person = persons.read(l, e, c, text, w, lex);
        pol = person.political();
        no = person.other();
        c = leadsRebels ? null : person.country();
        if (person.titled()) titled.add(id);
        if (person.leader()) leaders.add(id);
        if (person.insurgent() || leadsRebels) rebels.add(id);
        if (person.serving()) serving.add(id);
      } else if (type == EntityType.ORG) {
        boolean intl = e != null && "international".equals(e.kind());
        international.merge(id, intl, Boolean::logicalOr);
        StateBodies.Body body = stateBodies.read(l, e, c, w, text);
        pol = body.political();
        c = body.country();
        // An armed or separatist movement (the knowledge base's movement: "KDP", "Unita") is the
        // other side of its state's conflict, of no country, as a rebel leader is.
        if (StateBodies.movement(e)) {
          rebels.add(id);
          c = null;
        }
      } else if (type == EntityType.GPE) {
        pol = e != null && (EntityIds.isCountry(id) || "country".equals(e.kind()) || localGovernment(lex, text, l));
      }
      if (pol) political.put(id, true);
      if (no) denied.put(id, true);
      if (c != null) country.putIfAbsent(id, c);
    }
    StoryHome.Home storyHome = homes.home(story, pageText, w);
    String home = storyHome.country();
    boolean datelined = storyHome.datelined();
    Map<String, Profile> out = new HashMap<>();
    Set<String> strangers = new HashSet<>();
    Set<String> ids = new LinkedHashSet<>();
    for (LinkedMention l : mentions) ids.add(l.entityId());
    for (String id : ids) {
      boolean known = kb.get(id).map(e -> !e.roles().isEmpty()).orElse(false);
      boolean pol = political.getOrDefault(id, false) && !(denied.getOrDefault(id, false) && !known);
      String c = country.get(id);
      // Wire copy names the nationality of foreign officials and not of its own: an official the
      // story gives no country is of the story's home, its dateline's country. Rebels and
      // separatists are the other side of their home's conflict: no country for them.
      // Only an office title says so ("President Boris Yeltsin"); "Kurdish leader Talabani" in
      // an Ankara story is no Turk.
      // A home known only from the language, not from a dateline, holds only names of its shape.
      boolean homeShaped = storyHome.mayHold(names.getOrDefault(id, List.of()));
      if (serving.contains(id) || rebels.contains(id) || !homeShaped) strangers.add(id);
      if (c == null && pol && id.startsWith("person") && home != null && !rebels.contains(id) && titled.contains(id) && homeShaped
          && !serving.contains(id)) {
        c = home;
      }
      // A word of office beside a name with no country to hold it in ("Vice President, Ivan
      // Cheptenari" of a firm) makes no official; an office title before the name ("Ambassador
      // Lâm Ngọc Thạch") does.
      if (pol && id.startsWith("person") && c == null && !known && !rebels.contains(id) && home == null && !titled.contains(id)) pol = false;
      out.put(id, new Profile(pol, c, international.getOrDefault(id, false), rebels.contains(id)));
    }
    return new StoryActors(out, home, datelined, leaders, strangers);
  }

  /** The finder name mentions of a description of a person carry ("the American diplomat"). */
  public static final String DESCRIPTION = "description";

  /**
   * {@return the story's mentions with its descriptions of people added} A definite description
   * of an official with a nationality — "the American diplomat", "El soberano marroquí", "el jefe
   * del Estado francés" — names the last official of that country the story named before it, and
   * takes that person's entity; a title followed by a name is no description.
   */
  public List<LinkedMention> withDescriptions(AnalyzedStory story, List<LinkedMention> mentions, StoryActors profiles) {
    return descriptions.withDescriptions(story, mentions, profiles);
  }

  /**
   * {@return whether a reading is a contact between international actors}: at least one of its
   * actors counts, and it is not between actors of one country (a visit not to the visitor's own
   * country; aid not given at home).
   */
  public boolean accepts(Reading r, StoryActors story, EventLexicon lexicon) {
    return contacts.accepts(r, story, lexicon);
  }

  /** Hong Kong and Macao are China's: their contacts with the mainland are not between countries. */
  static String sovereign(String country) {
    return country.equals("HK") || country.equals("MO") ? "CN" : country;
  }

  /**
   * {@return whether {@code l}, a province or city, is written as its local government (a word of
   * {@code local_government} right before it or ending it: "tỉnh Nghệ An", "河内市")} A province or
   * city that gives aid or signs with a foreign side is a party as its government; written bare it
   * is a place only.
   */
  private static boolean localGovernment(@Nullable EventLexicon lex, String text, LinkedMention l) {
    if (lex == null) return false;
    String name = l.mention().text();
    return lex.find("local_government", name).stream().anyMatch(m -> m.span().end() == name.length() && m.span().start() > 0)
        || lex.endsBefore("local_government", text, l.mention().span().start(), 12);
  }
}
