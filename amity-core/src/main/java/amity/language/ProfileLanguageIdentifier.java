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

  private final List<Profile> profiles;
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
    List<Profile> candidates = profiles.stream().filter(p -> p.script == script).toList();
    if (candidates.isEmpty()) return UNDETERMINED;
    if (script == UScript.HAN) {
      // One profile per Han language here; Japanese was ruled out by kana above.
      return candidates.get(0).tag;
    }
    List<String> tokens = words(text);
    List<String> lowerCase = null; // the same for every profile, so cut once
    String best = UNDETERMINED;
    double bestScore = 0;
    for (Profile p : candidates) {
      double score = 0;
      for (String t : tokens) if (p.stopwords.contains(t)) score += 1;
      if (!p.marks.isEmpty()) {
        // Lower-case words with the language's letters count; capitalised ones are mostly names,
        // and an English sentence about Lương Cường is still English.
        if (lowerCase == null) lowerCase = lowerCaseWords(text);
        for (String w : lowerCase) {
          for (int i = 0; i < w.length(); i++) {
            if (p.marks.indexOf(w.charAt(i)) >= 0) {
              score += 0.5;
              break;
            }
          }
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = p.tag;
      }
    }
    // One stop word in a long text is not evidence; ask for a little more as texts grow.
    double needed = Math.min(3, 1 + tokens.size() / 40.0);
    return bestScore >= needed ? best : UNDETERMINED;
  }

  private static List<String> lowerCaseWords(CharSequence text) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        w.append(c);
      } else if (w.length() > 0) {
        if (!Character.isUpperCase(w.charAt(0))) out.add(w.toString());
        w.setLength(0);
      }
    }
    return out;
  }

  private static List<String> words(CharSequence text) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        w.append(c);
      } else if (w.length() > 0) {
        out.add(w.toString().toLowerCase(Locale.ROOT));
        w.setLength(0);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "ProfileLanguageIdentifier" + profiles.stream().map(Profile::tag).toList();
  }
}
