package amity.event.extract;

import amity.lang.LanguagePack;
import amity.lang.PackFile;
import amity.mention.PhraseTrie;
import amity.text.Fold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The words of one language's {@code actors.tsv} that {@link GroupFinder} reads: parties named by
 * what they are (groups, state groups, insurgents, offices), bodies of states and their name ends,
 * gatherings and their predicates, counted and accredited states, and the marks that bound them.
 * Loaded once per language; immutable.
 */
record GroupWords(PhraseTrie<String> groups, PhraseTrie<String> states, PhraseTrie<String> insurgents, boolean after,
    Set<String> offices, Set<String> modifiers, List<String> manyStates, List<String> manyStatesQualifiers,
    PhraseTrie<String> bodies, Set<String> bodyEnds, List<String> bodyInternational,
    @Nullable Pattern countedStates, List<String> manyStatesLinks, List<String> gatherings,
    List<String> arrivalPlace, List<String> gatheringPredicates, String gatheringNotSubject, List<String> gatheringModals,
    String gatheringNotOpening, @Nullable Pattern accredited, String bodyNameBreaks,
    String bodyRunsOn, Set<String> definite, Set<String> and, Set<String> stopBefore,
    @Nullable Pattern stateCount, Pattern gatheringNumbers,
    Pattern gatheringYear,
    String gatheringNameBreaks) {

  /** How many characters may stand between the count and the party's noun ("离任驻华", "新任驻华"). */
  private static final int COUNTED_GAP = 6;

  /** {@return the words of {@code pack}'s {@code actors.tsv} that GroupFinder reads} */
  static GroupWords load(LanguagePack pack) {
    PhraseTrie<String> groups = PhraseTrie.keepingMarks();
    PhraseTrie<String> states = PhraseTrie.keepingMarks();
    PhraseTrie<String> insurgents = PhraseTrie.keepingMarks();
    boolean after = false;
    Set<String> offices = new HashSet<>();
    Set<String> modifiers = new HashSet<>();
    List<String> manyStates = new ArrayList<>();
    List<String> manyStatesQualifiers = new ArrayList<>();
    PhraseTrie<String> bodies = PhraseTrie.keepingMarks();
    Set<String> bodyEnds = new HashSet<>();
    List<String> bodyInternational = new ArrayList<>();
    List<String> counted = new ArrayList<>();
    List<String> links = new ArrayList<>();
    List<String> gatherings = new ArrayList<>();
    List<String> arrivalPlace = new ArrayList<>();
    List<String> gatheringPredicates = new ArrayList<>();
    StringBuilder gatheringNotSubject = new StringBuilder();
    List<String> gatheringModals = new ArrayList<>();
    StringBuilder gatheringNotOpening = new StringBuilder();
    List<String> accredited = new ArrayList<>();
    StringBuilder bodyNameBreaks = new StringBuilder();
    StringBuilder bodyRunsOn = new StringBuilder();
    List<String> descriptors = new ArrayList<>();
    Set<String> notModifiers = new HashSet<>();
    Set<String> definite = new HashSet<>();
    Set<String> and = new HashSet<>();
    Set<String> stopBefore = new HashSet<>();
    String stateCount = null;
    List<String> gatheringNumbers = new ArrayList<>();
    String gatheringYear = null;
    StringBuilder gatheringNameBreaks = new StringBuilder();
    for (String[] r : pack.rows(PackFile.ACTORS)) {
      switch (r[0]) {
        case "group" -> groups.add(r[1], r[1]);
        case "office_group" -> {
          groups.add(r[1], r[1]);
          offices.add(Fold.fold(r[1]));
        }
        case "descriptor" -> descriptors.add(Fold.fold(r[1]));
        case "group_not_modifier" -> notModifiers.addAll(words(r[1]).stream().map(Fold::fold).toList());
        case "group_definite" -> definite.addAll(words(r[1]));
        case "group_and" -> and.addAll(words(r[1]));
        case "group_stop_before" -> stopBefore.addAll(words(r[1]));
        case "state_count" -> stateCount = r[1].strip();
        case "gathering_number" -> gatheringNumbers.add(r[1].strip());
        case "gathering_year" -> gatheringYear = r[1].strip();
        case "gathering_name_break" -> gatheringNameBreaks.append(r[1].replaceAll("\\s+", ""));
        case "state_group" -> {
          groups.add(r[1], r[1]);
          states.add(r[1], r[1]);
        }
        case "insurgent" -> insurgents.add(r[1], r[1]);
        case "insurgent_group" -> {
          groups.add(r[1], r[1]);
          insurgents.add(r[1], r[1]);
        }
        case "group_modifiers" -> after = r[1].strip().equals("after");
        case "many_states" -> manyStates.add(r[1].strip());
        case "many_states_qualifier" -> manyStatesQualifiers.add(r[1].strip());
        case "counted_states" -> counted.add(Pattern.quote(r[1].strip()));
        case "many_states_link" -> links.add(r[1].strip());
        case "gathering_subject" -> gatherings.add(r[1].strip());
        case "arrival_place" -> arrivalPlace.add(r[1].strip());
        case "gathering_predicate" -> gatheringPredicates.add(r[1].strip());
        case "gathering_not_subject" -> gatheringNotSubject.append(r[1].replaceAll("\\s+", ""));
        case "gathering_modal" -> gatheringModals.add(r[1].strip());
        case "gathering_not_opening" -> gatheringNotOpening.append(r[1].replaceAll("\\s+", ""));
        case "accredited_envoys" -> accredited.add(Pattern.quote(r[1].strip()));
        case "body_name_break" -> bodyNameBreaks.append(r[1].replaceAll("\\s+", ""));
        case "body_runs_on" -> bodyRunsOn.append(r[1].replaceAll("\\s+", ""));
        case "body" -> bodies.add(r[1], r[1]);
        case "body_end" -> bodyEnds.add(r[1].strip());
        case "body_international" -> bodyInternational.add(r[1].strip());
        default -> {
          // the other kinds are ActorGate's
        }
      }
    }
    for (String d : descriptors) if (!notModifiers.contains(d)) modifiers.add(d);
    // Longest first, so that "小岛屿发展中" is taken before "发展中".
    accredited.sort(Comparator.comparingInt(String::length).reversed());
    manyStatesQualifiers.sort(Comparator.comparingInt(String::length).reversed());
    Pattern countedStates = counted.isEmpty() || stateCount == null ? null : Pattern.compile(
        stateCount + "[^，。、；,;\\s\\p{N}]{0," + COUNTED_GAP + "}?(?:" + String.join("|", counted) + ")");
    return new GroupWords(groups, states, insurgents, after, offices, modifiers, List.copyOf(manyStates), List.copyOf(manyStatesQualifiers),
        bodies, Set.copyOf(bodyEnds), List.copyOf(bodyInternational), countedStates, List.copyOf(links),
        List.copyOf(gatherings), List.copyOf(arrivalPlace), List.copyOf(gatheringPredicates), gatheringNotSubject.toString(),
        List.copyOf(gatheringModals), gatheringNotOpening.toString(),
        accredited.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", accredited) + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
        bodyNameBreaks.toString(), bodyRunsOn.toString(), Set.copyOf(definite), Set.copyOf(and),
        Set.copyOf(stopBefore), stateCount == null ? null : Pattern.compile(stateCount),
        orNothing(gatheringNumbers, stateCount), orNothing(gatheringYear == null ? List.of() : List.of(gatheringYear), null),
        gatheringNameBreaks.toString());
  }

  /** {@return the patterns (and {@code also}) as one alternation; one that matches nothing where there are none} */
  private static Pattern orNothing(List<String> patterns, @Nullable String also) {
    List<String> all = new ArrayList<>(patterns);
    if (also != null) all.add(also);
    return Pattern.compile(all.isEmpty() ? "(?!)" : String.join("|", all));
  }

  /** {@return the lower-case words of a row's value, written apart by spaces} */
  private static List<String> words(String value) {
    return value.isBlank() ? List.of() : List.of(value.strip().toLowerCase(Locale.ROOT).split("\\s+"));
  }
}
