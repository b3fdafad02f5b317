package amity.event.extract;

import amity.event.Forms;
import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.model.EntityIds;
import amity.model.EntityType;
import amity.model.Role;
import amity.model.Span;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether a reading is a contact between international actors of more than one country, given the
 * story's profiles: at least one actor counts, and it is not a home affair — a visit not to the
 * visitor's own country ({@link VisitRule}), aid not given at home, two parties of one country.
 * Countries named bare beside words of sport are national teams; capitals that act stand for
 * their states ("Athens and Tirana signed an accord"); a body's decision for its members is one
 * ({@link JointDecision}); an international body or a gathering of many states makes a meeting
 * multilateral though one party is named.
 *
 * <p>Thread-safe: holds only the knowledge base and the visit rule.
 */
final class ContactRule {
  private final KnowledgeBase kb;
  private final VisitRule visits;

  ContactRule(KnowledgeBase kb, VisitRule visits) {
    this.kb = kb;
    this.visits = visits;
  }

  /**
   * {@return whether a reading is a contact between international actors}: at least one of its
   * actors counts, and it is not between actors of one country (a visit not to the visitor's own
   * country; aid not given at home).
   */
  boolean accepts(Reading r, ActorGate.StoryActors story, EventLexicon lexicon) {
    boolean anyPolitical = false;
    boolean anyInternational = false;
    boolean politicalPerson = false;
    boolean politicalAgent = false;
    Set<String> countries = new LinkedHashSet<>();
    int unknown = 0;
    int political = 0;
    for (Participant p : r.actors()) {
      ActorGate.Profile pr = story.of(p.entity());
      // "Athens and Tirana signed an accord": a capital that acts stands for its state.
      String capitalOf = Forms.family(r.form()).equals("aid") ? null : capitalActing(p);
      boolean isCountry = EntityIds.isCountry(p.entity()) || capitalOf != null;
      if (pr.political() || isCountry) {
        anyPolitical = true;
        political++;
      }
      if (pr.political() && p.mention().mention().type() == EntityType.PERSON) politicalPerson = true;
      if (pr.political() && !isCountry && p.role() != Role.TARGET) politicalAgent = true;
      // Many states named together ("các nước đang phát triển") give nothing as one: aid needs a giver.
      if (pr.international() && !(Forms.family(r.form()).equals("aid") && GroupFinder.manyStates(p.mention()))) anyInternational = true;
      String c = capitalOf != null ? capitalOf : isCountry ? EntityIds.countryCode(p.entity()) : pr.country();
      if (c != null) countries.add(ActorGate.sovereign(c.toUpperCase(Locale.ROOT))); else unknown++;
    }
    if (!anyPolitical) return false;
    // "she's welcomed by the kingdom's queen, Lady Sookhee" (a novel's blurb): people of no known
    // state, no international body and no state named with them, in a story of no home state, show
    // no contact between states, whatever their titles.
    if (countries.isEmpty() && !anyInternational && r.countries().isEmpty() && story.home() == null) return false;
    String fam = Forms.family(r.form());
    // "scored in the 53rd minute … where they will meet Liberia, Tanzania and Zaire": countries
    // named bare beside words of sport are national teams.
    if (nationalTeams(r, lexicon)) return false;
    if (r.form().equals("invitation") && !politicalPerson) return false;
    if (fam.equals("visit")) return visits.accepts(r, story, lexicon, anyInternational);
    // Receiving, calling on and presenting credentials are done by and to people.
    if (Set.of("reception", "courtesy_call", "farewell_call", "credentials").contains(r.form()) && !politicalPerson) return false;
    // "Los representantes socialistas en el Parlamento regional acordaron …": a body of the home
    // deciding, with no other country and no international body, is the home's own affair.
    if (JointDecision.of(r, story, lexicon)) return anyInternational || !homeAffair(r, story, allCountries(r, countries));
    if (anyInternational) {
      // A body alone is the forum of a meeting only when named with a word for one ("the OPEC
      // meeting", "la cumbre de la OEA"), not a word away in another clause ("EU-based firms can
      // meet …", "an OCS advisor to discuss").
      // A word for a gathering of many states as the trigger itself ("reunión ministerial",
      // "summit", "Hội nghị Cấp cao") is the body's meeting wherever the body is named in the clause.
      // Many states named as one party agreeing ("Lãnh đạo các nước ASEAN đã đạt được đồng thuận 5
      // điểm"): an agreement among them, as a meeting of them is.
      // A body a word for a meeting names as whose gathering it is, a few words of office away
      // ("la reunión de ministros de Exteriores de la Alianza Atlántica", GATHERING): its members meet.
      return r.actors().size() >= 2 || politicalPerson || fam.equals("aid")
          || forum(r, lexicon) && (namedWithTrigger(r) || multilateralTrigger(r, lexicon) || r.has(Cue.GATHERING))
          || "agreement".equals(Forms.eventClass(r.form())) && r.actors().stream().anyMatch(p -> p.role() != Role.TARGET && GroupFinder.manyStates(p.mention()));
    }
    Set<String> all = allCountries(r, countries);
    // Presenting credentials is between states by its nature ("接受范雄心大使递交的国书").
    if (r.form().equals("credentials")) return true;
    if (r.actors().size() < 2) {
      // One party alone: an official whose sentence names another country ("talks with Iraqi
      // officials"), or a giver of aid to another country; a country alone ("hosted in India")
      // is no contact.
      // A giver of no known country handing over to a named one ("Ambassador Lâm Ngọc Thạch
      // handed over rice … to Cuba") is from elsewhere: no one hands aid to his own state.
      if (fam.equals("aid")) return all.size() >= 2 || politicalPerson && unknown > 0 && all.size() == 1;
      // Rebels with a state named beside them ("Russia's military commander began new talks with
      // separatist chief-of-staff Aslan Maskhadov"): the two sides of a conflict.
      boolean rebel = r.actors().stream().anyMatch(p -> story.of(p.entity()).insurgent());
      // A state's official at a gathering of many states ("鲁哈尼在联合国大会一般性辩论发言",
      // "率团出席此次论坛"): a multilateral meeting, though no other party is named.
      if ("meeting".equals(Forms.eventClass(r.form())) && politicalPerson && countries.size() == 1 && multilateral(r, lexicon)) return true;
      // A body of no one state at a word that itself names a gathering of many states ("los
      // Gobiernos, en una reunión ministerial este mes"): the states meeting.
      if ("meeting".equals(Forms.eventClass(r.form())) && multilateralTrigger(r, lexicon) && r.actors().stream().anyMatch(p -> p.role() != Role.TARGET
          && p.mention().mention().type() == EntityType.ORG && story.of(p.entity()).political() && story.of(p.entity()).country() == null
          && !story.of(p.entity()).insurgent())) {
        return true;
      }
      return politicalPerson && all.size() >= 2 || rebel && !all.isEmpty();
    }
    // Two known countries: across a border. A party of no known country — rebels, an
    // international mediator, anyone in a story with no home — beside another may be too.
    if (countries.size() >= 2 || all.size() >= 2) return true;
    // A state's side facing rebels ("Lebed and Maskhadov signed a truce", "Manila's talks with
    // Moslem rebels"): the two sides of a conflict, though both be of one country.
    if (stateFacesRebels(r, story)) return true;
    // A home affair: "El consejero de Educación, Tomás Villanueva, se entrevistará con la ministra
    // de Educación, Pilar del Castillo" — wire copy names the nationality of foreign parties, so a
    // party of no named country beside the home's own, with no other country in the reading, is
    // of the home too, unless the home cannot hold them (an international body's official, a
    // rebel, a name not of the home's shape).
    if (homeAffair(r, story, all)) return false;
    int foreign = 0;
    for (Participant p : r.actors()) {
      ActorGate.Profile pr = story.of(p.entity());
      if (pr.country() == null && !EntityIds.isCountry(p.entity())) foreign++;
    }
    return foreign > 0 && political >= 1;
  }

  /** {@return the parties' countries and the reading's, each as its sovereign state} */
  private static Set<String> allCountries(Reading r, Set<String> parties) {
    Set<String> all = new HashSet<>(parties);
    for (String c : r.countries()) all.add(ActorGate.sovereign(c));
    return all;
  }

  /**
   * {@return whether the reading's only country, if any, is the story's home and each party of no
   * known country may be of the home}
   */
  private static boolean homeAffair(Reading r, ActorGate.StoryActors story, Set<String> all) {
    if (story.home() == null) return false;
    String home = ActorGate.sovereign(story.home());
    // No country in the reading ("El portavoz del Grupo, Francisco García Valledor, y la diputada
    // Noemí Martín … una reunión") in a story whose people are of no country but the home: wire
    // copy would have named a foreign party's. A story that names others' ("Johansen mantuvo …
    // con Ranil Wickramasingue" in a Delhi story on Sri Lanka) may hold them.
    if (all.isEmpty()) {
      for (ActorGate.Profile pr : story.profiles().values()) {
        if (pr.country() != null && !ActorGate.sovereign(pr.country()).equals(home)) return false;
      }
    } else if (!all.equals(Set.of(home))) {
      return false;
    }
    for (Participant p : r.actors()) {
      ActorGate.Profile pr = story.of(p.entity());
      if (pr.country() == null && !EntityIds.isCountry(p.entity()) && story.strangers().contains(p.entity())) return false;
    }
    return true;
  }

  /**
   * {@return whether a state's side — a political person or a country, not itself a rebel — and an
   * insurgent party are both among the reading's actors}
   */
  private static boolean stateFacesRebels(Reading r, ActorGate.StoryActors story) {
    boolean rebel = false;
    boolean state = false;
    for (Participant p : r.actors()) {
      ActorGate.Profile pr = story.of(p.entity());
      if (pr.insurgent()) rebel = true;
      else if (EntityIds.isCountry(p.entity()) || pr.political() && p.mention().mention().type() == EntityType.PERSON) state = true;
    }
    return rebel && state;
  }

  /**
   * {@return whether the reading's actors are all countries named bare in a sentence with words of
   * sport} ("where they will meet Liberia, Tanzania and Zaire", "el encuentro entre Alemania y
   * Letonia"): national teams, not states.
   */
  static boolean nationalTeams(Reading r, EventLexicon lexicon) {
    return r.actors().stream().allMatch(p -> EntityIds.isCountry(p.entity()))
        && r.sources().stream().anyMatch(e -> lexicon.anyIn("sport", e.sentence()));
  }

  /** {@return the country of a capital that is a party (not where a visit went), or null} */
  private @Nullable String capitalActing(Participant p) {
    if (p.mention().mention().type() != EntityType.GPE || EntityIds.isCountry(p.entity())) return null;
    KbEntry e = kb.get(p.entity()).orElse(null);
    return e != null && e.capital() && e.country() != null ? e.country() : null;
  }

  private static boolean forum(Reading r, EventLexicon lexicon) {
    return r.has(Cue.FORUM) || !lexicon.find("forum", r.trigger().surface()).isEmpty();
  }

  /** Whether the reading's sentence names a gathering of many states ("summit", "峰会", "联大"). */
  private static boolean multilateral(Reading r, EventLexicon lexicon) {
    for (var e : r.sources()) if (lexicon.anyIn("multilateral", e.sentence())) return true;
    return false;
  }

  /** Whether the trigger's own words name a gathering of many states ("reunión ministerial", "summit"). */
  private static boolean multilateralTrigger(Reading r, EventLexicon lexicon) {
    return !lexicon.find("multilateral", r.trigger().surface()).isEmpty();
  }

  private static boolean namedWithTrigger(Reading r) {
    for (Participant p : r.actors()) {
      Span m = p.mention().mention().span();
      for (Span t : r.trigger().parts()) {
        int gap = t.start() >= m.end() ? t.start() - m.end() : m.start() - t.end();
        if (gap >= 0 && gap <= 25) return true;
      }
    }
    return false;
  }
}
