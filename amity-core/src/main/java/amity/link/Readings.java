package amity.link;

import amity.lang.LanguagePack;
import amity.lang.LanguagePacks;
import amity.lang.PackFile;
import amity.text.Fold;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Readings of Han names in Latin script: Sino-Vietnamese (黄忠海 → hoang trung hai, from Unihan's
 * kVietnamese and the knowledge base, see tools/unihan-vietnamese.py) to link a Chinese rendering
 * of a Vietnamese name to its Vietnamese form, and pinyin (苏林 → su lin, ICU's Han-Latin) for
 * search. Results are folded (no case, no diacritics). Thread-safe.
 */
public final class Readings {
  private static final int MAX_CANDIDATES = 64;
  private final Map<Character, List<String>> vietnamese;
  private final Map<Character, List<String>> toned;
  private final ThreadLocal<Transliterator> pinyin =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower"));

  /** Sino-Vietnamese readings from the {@code sino-vietnamese.tsv} of the packs that hold one (zh's). */
  public Readings(LanguagePacks packs) {
    Map<Character, List<String>> m = new HashMap<>();
    Map<Character, List<String>> t = new HashMap<>();
    for (LanguagePack pack : packs.all()) {
      for (String[] row : pack.rows(PackFile.SINO_VIETNAMESE)) {
        List<String> rs = new ArrayList<>();
        List<String> ts = new ArrayList<>();
        for (String r : row[1].split(" ")) {
          if (r.isEmpty()) continue;
          rs.add(Fold.fold(r));
          ts.add(Fold.lowerKeepMarks(r));
        }
        m.put(row[0].charAt(0), List.copyOf(rs));
        t.put(row[0].charAt(0), List.copyOf(ts));
      }
    }
    this.vietnamese = Map.copyOf(m);
    this.toned = Map.copyOf(t);
  }

  /**
   * {@return the possible Sino-Vietnamese readings of a Han name, folded, words joined by spaces}
   * Empty when a character has no known reading. At most 64 candidates, most likely first.
   */
  public List<String> vietnamese(String han) {
    return expand(han, vietnamese);
  }

  /**
   * {@return whether the tones of an entity's Vietnamese names agree with a reading of the Han name}
   * Folded readings find candidates; tones tell apart names that fold alike: 素林 reads Tố Lâm, not
   * Tô Lâm (苏林). Only names written with marks are asked ("To Lam" says nothing of tones); an
   * entity with none agrees.
   */
  public boolean tonesAgree(String han, Collection<String> names) {
    boolean marked = false;
    List<String> readings = null;
    for (String n : names) {
      String name = Fold.lowerKeepMarks(n);
      if (name.equals(Fold.fold(n))) continue;
      marked = true;
      if (readings == null) readings = expand(han, toned);
      if (readings.contains(String.join(" ", Names.words(name)))) return true;
    }
    return !marked;
  }

  private static List<String> expand(String han, Map<Character, List<String>> byChar) {
    List<String> out = new ArrayList<>(List.of(""));
    for (int i = 0; i < han.length(); i++) {
      char c = han.charAt(i);
      if (c == '·' || c == '-' || Character.isWhitespace(c)) continue;
      List<String> rs = byChar.get(c);
      if (rs == null) return List.of();
      List<String> next = new ArrayList<>();
      for (String prefix : out) {
        for (String r : rs) {
          if (next.size() >= MAX_CANDIDATES) break;
          next.add(prefix.isEmpty() ? r : prefix + " " + r);
        }
      }
      out = next;
    }
    return out.size() == 1 && out.get(0).isEmpty() ? List.of() : List.copyOf(out);
  }

  /** {@return pinyin of a Han text without tones, lower case: 苏林 → su lin} */
  public String pinyin(String han) {
    return Fold.fold(pinyin.get().transliterate(han)).replaceAll("\\s+", " ").strip();
  }

  /** {@return whether a Vietnamese name can be read as the Han name} */
  public boolean readsAs(String han, String vietnameseName) {
    String target = String.join(" ", Names.parts(vietnameseName));
    return vietnamese(han).contains(target);
  }
}
