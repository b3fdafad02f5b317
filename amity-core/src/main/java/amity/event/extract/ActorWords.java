package amity.event.extract;

import amity.lang.LanguagePack;
import amity.lang.LanguagePacks;
import amity.lang.PackFile;
import amity.mention.PhraseTrie;
import amity.text.Fold;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One language's words about actors, read from its {@code actors.tsv}: words of office and of
 * other trades, of rebels, of state bodies and companies, the language's home country and how its
 * officials' names look, and the words of delegations and invited parties. The steps of {@link
 * ActorGate} read them; a language without a pack has none.
 *
 * <p>Immutable once loaded; loaded once a pack.
 */
record ActorWords(PhraseTrie<String> political, PhraseTrie<String> other, PhraseTrie<String> insurgent,
    Set<String> stateOrg, Set<String> weakStateOrg, Set<String> company, Set<String> descriptor, @Nullable String home,
    PhraseTrie<String> groups, java.util.function.@Nullable Predicate<String> homeName, PhraseTrie<String> leads,
    PhraseTrie<String> ledBy, PhraseTrie<String> delegationTo, List<String> party, List<String> invited, List<String> stateGroups,
    List<String> stateGroupOf, Set<String> sideGroups) {
  /** The words of a language without a pack: none. */
  private static final ActorWords NONE = load(null);

  /** {@return the actor words of {@code lang} in {@code packs}, none without a pack} */
  static ActorWords of(LanguagePacks packs, String lang) {
    return packs.get(lang).map(p -> p.<ActorWords>derived(ActorWords.class, ActorWords::load)).orElse(NONE);
  }

  private static ActorWords load(@Nullable LanguagePack pack) {
    PhraseTrie<String> political = PhraseTrie.keepingMarks();
    PhraseTrie<String> other = PhraseTrie.keepingMarks();
    PhraseTrie<String> insurgent = PhraseTrie.keepingMarks();
    PhraseTrie<String> groups = PhraseTrie.keepingMarks();
    PhraseTrie<String> leads = PhraseTrie.keepingMarks();
    PhraseTrie<String> ledBy = PhraseTrie.keepingMarks();
    PhraseTrie<String> delegationTo = PhraseTrie.keepingMarks();
    List<String> party = new ArrayList<>();
    List<String> invited = new ArrayList<>();
    List<String> stateGroups = new ArrayList<>();
    List<String> stateGroupOf = new ArrayList<>();
    Set<String> sideGroups = new HashSet<>();
    Set<String> stateOrg = new HashSet<>();
    Set<String> weakStateOrg = new HashSet<>();
    Set<String> company = new HashSet<>();
    Set<String> descriptor = new HashSet<>();
    String home = null;
    java.util.function.Predicate<String> homeName = null;
    for (String[] r : pack == null ? List.<String[]>of() : pack.rows(PackFile.ACTORS)) {
      switch (r[0]) {
        case "political" -> political.add(r[1], r[1]);
        case "nonpolitical" -> other.add(r[1], r[1]);
        case "insurgent" -> {
          insurgent.add(r[1], r[1]);
          political.add(r[1], r[1]);
        }
        case "state_org" -> stateOrg.add(Fold.fold(r[1]));
        case "weak_state_org" -> weakStateOrg.add(Fold.fold(r[1]));
        case "company" -> company.add(Fold.fold(r[1]));
        case "descriptor" -> descriptor.add(Fold.fold(r[1]));
        case "home" -> home = r[1].strip();
        case "home_name" -> homeName = homeName(pack, r[1].strip());
        case "group", "office_group" -> groups.add(r[1], r[1]);
        case "state_group" -> {
          groups.add(r[1], r[1]);
          stateGroups.add(r[1].strip());
        }
        case "state_group_of" -> stateGroupOf.add(r[1].strip());
        case "side_group" -> sideGroups.add(Fold.fold(r[1].strip()));
        case "insurgent_group" -> {
          insurgent.add(r[1], r[1]);
          political.add(r[1], r[1]);
        }
        case "leads" -> leads.add(r[1], r[1]);
        case "led_by" -> ledBy.add(r[1], r[1]);
        case "delegation_to" -> delegationTo.add(r[1], r[1]);
        case "party" -> party.add(r[1]);
        case "invited" -> invited.add(r[1]);
        case "group_modifiers", "many_states", "many_states_qualifier", "many_states_link", "counted_states", "gathering_subject", "arrival_place", "gathering_predicate", "gathering_not_subject", "gathering_modal", "gathering_not_opening", "accredited_envoys", "body_name_break", "body_runs_on", "group_not_modifier", "group_definite", "group_and", "group_stop_before", "state_count", "gathering_number", "gathering_year", "gathering_name_break", "body", "body_end",
            "body_international" -> {
          // GroupFinder's
        }
        default -> throw new IllegalStateException(pack.path(PackFile.ACTORS) + ": unknown kind '" + r[0]
            + "', expected political, nonpolitical, insurgent, state_org, weak_state_org, company, descriptor, home, home_name, leads, led_by, delegation_to, party, invited, state_group, state_group_of or side_group");
      }
    }
    return new ActorWords(political, other, insurgent, stateOrg, weakStateOrg, company, descriptor, home, groups, homeName, leads,
        ledBy, delegationTo, List.copyOf(party), List.copyOf(invited), List.copyOf(stateGroups), List.copyOf(stateGroupOf), Set.copyOf(sideGroups));
  }

  /**
   * How the name of a home official looks: "surnames", a family name of the language's
   * {@code names.tsv} first ("Phạm Minh Chính"; for Han names, {@link amity.lexicon.NameRules#nativeHanName});
   * else a pattern the name holds.
   */
  private static java.util.function.Predicate<String> homeName(LanguagePack pack, String value) {
    if (value.equals("surnames")) {
      amity.lexicon.NameRules rules = amity.lexicon.NameRules.of(pack).orElse(null);
      // Han names run unspaced: a surname, a short given name, few characters that render sounds.
      if (rules != null && amity.lexicon.NameRules.HAN.equals(rules.shape())) return rules::nativeHanName;
      Set<String> surnames = rules == null ? Set.of() : rules.surnames();
      return name -> surnames.contains(name.strip().split("\\s+", 2)[0]);
    }
    java.util.regex.Pattern shape = java.util.regex.Pattern.compile(value);
    return name -> shape.matcher(name).find();
  }
}
