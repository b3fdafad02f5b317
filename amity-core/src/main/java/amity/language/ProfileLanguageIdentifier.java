package amity.language;

import amity.lang.LanguagePack;
import amity.lang.LanguagePacks;
import amity.lang.PackFile;
import amity.stage.LanguageIdentifier;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Identifies a language from its script and, within a shared script, from frequent words and
 * distinctive letters listed in each language's {@code profile.tsv}.
 *
 * <p>Design decision: a profile of a few dozen function words per language is small, fast and
 * transparent, and it does not confuse a name-heavy English sentence with Spanish as an n-gram
 * model restricted to four languages can; languages without a profile are reported by script
 * where the script names one language, and as {@code und} otherwise, never forced into a
 * profiled language. Thread-safe and immutable.
 */
public final class ProfileLanguageIdentifier implements LanguageIdentifier {
  private record Profile(String tag, int script, Set<String> stopwords, String marks) {}

  /**
   * The profiles of one script, in pack order, with what scoring a text needs from them in one pass:
   * for each stop word and each mark, the bit set of the profiles (by position) that list it.
   */
  private record ScriptProfiles(
      List<Profile> profiles, Map<String, Long> stopwordOf, Map<Character, Long> markOf, char lowestMark, long withMarks) {
    static ScriptProfiles of(List<Profile> profiles) {
      if (profiles.size() > Long.SIZE) throw new IllegalStateException("more than " + Long.SIZE + " profiles share a script");
      Map<String, Long> stop = new HashMap<>();
      Map<Character, Long> marks = new HashMap<>();
      long withMarks = 0;
      for (int i = 0; i < profiles.size(); i++) {
        long bit = 1L << i;
        for (String w : profiles.get(i).stopwords) stop.merge(w, bit, (a, b) -> a | b);
        String m = profiles.get(i).marks;
        for (int j = 0; j < m.length(); j++) marks.merge(m.charAt(j), bit, (a, b) -> a | b);
        if (!m.isEmpty()) withMarks |= bit;
      }
      char lowest = marks.keySet().stream().min(Character::compare).orElse(Character.MAX_VALUE);
      return new ScriptProfiles(List.copyOf(profiles), Map.copyOf(stop), Map.copyOf(marks), lowest, withMarks);
    }
  }

  private final List<Profile> profiles;
  private final Map<Integer, ScriptProfiles> byScript;
  private final Map<Integer, String> scriptLanguages;

  /** Reads the profiles of the bundled language packs. */
  public ProfileLanguageIdentifier() {
    this(LanguagePacks.bundled());
  }

  /** Reads the profile of every pack in {@code packs}, in their order, and the scripts that name a language. */
  public ProfileLanguageIdentifier(LanguagePacks packs) {
    List<Profile> ps = new ArrayList<>();
    for (LanguagePack pack : packs.all()) ps.add(load(pack));
    this.profiles = List.copyOf(ps);
    Map<Integer, List<Profile>> grouped = new HashMap<>();
    for (Profile p : profiles) grouped.computeIfAbsent(p.script, k -> new ArrayList<>()).add(p);
    Map<Integer, ScriptProfiles> bs = new HashMap<>();
    grouped.forEach((script, list) -> bs.put(script, ScriptProfiles.of(list)));
    this.byScript = Map.copyOf(bs);
    Map<Integer, String> sl = new HashMap<>();
    for (String[] row : packs.scripts()) {
      sl.put(UScript.getCodeFromName(row[0]), row[1]);
    }
    this.scriptLanguages = Map.copyOf(sl);
  }

  private static Profile load(LanguagePack pack) {
    String tag = pack.tag();
    String path = pack.path(PackFile.PROFILE);
    Map<String, String> kv = new HashMap<>();
    for (String[] row : pack.rows(PackFile.PROFILE)) kv.put(row[0], row[1]);
    Set<String> unknown = new HashSet<>(kv.keySet());
    unknown.removeAll(Set.of("script", "stopwords", "marks"));
    if (!unknown.isEmpty()) {
      throw new IllegalStateException(path + ": unknown parameters: " + unknown);
    }
    String script = kv.get("script");
    if (script == null) throw new IllegalStateException(path + ": missing 'script'");
    Set<String> stop = new HashSet<>(List.of(kv.getOrDefault("stopwords", "").split("\\s+")));
    stop.remove("");
    return new Profile(tag, UScript.getCodeFromName(script), Set.copyOf(stop), kv.getOrDefault("marks", ""));
  }

  @Override
  public String identify(CharSequence text) {
    Map<Integer, Integer> scripts = new HashMap<>();
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int c = Character.codePointAt(text, i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) continue;
      letters++;
      int sc = UScript.getScript(c);
      // Japanese kana next to Han must count as Japanese, so kana scripts are kept apart.
      scripts.merge(sc, 1, Integer::sum);
    }
    if (letters == 0) return UNDETERMINED;
    int kana = scripts.getOrDefault(UScript.HIRAGANA, 0) + scripts.getOrDefault(UScript.KATAKANA, 0);
    int han = scripts.getOrDefault(UScript.HAN, 0);
    if (kana > 0 && kana * 10 >= han + kana) return "ja";
    int dominant = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    if (dominant == UScript.HAN) return profileFor(UScript.HAN, text);
    String byScript = scriptLanguages.get(dominant);
    if (byScript != null) return byScript;
    return profileFor(dominant, text);
  }

  private String profileFor(int script, CharSequence text) {
    ScriptProfiles sp = byScript.get(script);
    if (sp == null) return UNDETERMINED;
    List<Profile> candidates = sp.profiles();
    if (script == UScript.HAN) {
      // One profile per Han language here; Japanese was ruled out by kana above.
      return candidates.get(0).tag;
    }
    // Each profile scores 1 for each word of the text (lower-cased) on its stop list and, when it
    // lists distinctive letters, 0.5 for each lower-case word with one of them: capitalised words
    // are mostly names, and an English sentence about Lương Cường is still English. One pass
    // scores every profile of the script at once.
    int[] stop = new int[candidates.size()];
    int[] marked = new int[candidates.size()];
    int tokens = 0;
    StringBuilder w = new StringBuilder();
    long marks = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        w.append(c);
        // Most letters (ASCII) are below every mark: no boxed lookup for them.
        if (c >= sp.lowestMark()) {
          Long m = sp.markOf().get(c);
          if (m != null) marks |= m;
        }
      } else if (w.length() > 0) {
        tokens++;
        Long s = sp.stopwordOf().get(w.toString().toLowerCase(Locale.ROOT));
        if (s != null) add(stop, s);
        if (!Character.isUpperCase(w.charAt(0))) add(marked, marks & sp.withMarks());
        w.setLength(0);
        marks = 0;
      }
    }
    String best = UNDETERMINED;
    double bestScore = 0;
    for (int i = 0; i < candidates.size(); i++) {
      double score = stop[i] + 0.5 * marked[i];
      if (score > bestScore) {
        bestScore = score;
        best = candidates.get(i).tag;
      }
    }
    // One stop word in a long text is not evidence; ask for a little more as texts grow.
    double needed = Math.min(3, 1 + tokens / 40.0);
    return bestScore >= needed ? best : UNDETERMINED;
  }

  /** Adds one to the count of each profile whose bit is set in {@code bits}. */
  private static void add(int[] counts, long bits) {
    for (long b = bits; b != 0; b &= b - 1) counts[Long.numberOfTrailingZeros(b)]++;
  }

  @Override
  public String toString() {
    return "ProfileLanguageIdentifier" + profiles.stream().map(Profile::tag).toList();
  }
}
