package amity.link;

import amity.text.Fold;
import amity.text.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name keys and name parts shared by the linkers. */
public final class Names {
  private static final Pattern JOINERS = Pattern.compile("[\\s·\\-‧.,]+");

  private Names() {}

  /** {@return the folded words of a name; Han names split at their joiners} */
  public static List<String> parts(String name) {
    return words(Fold.fold(name));
  }

  /** {@return the words of a name as written, split where {@link #parts} splits them} */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String p : JOINERS.split(name)) {
      if (!p.isEmpty()) out.add(p);
    }
    return out;
  }

  /** {@return a stable key for a name that is in no knowledge base} */
  public static String key(String type, String name) {
    String folded = String.join("-", parts(name));
    return type.toLowerCase(Locale.ROOT) + ":" + folded;
  }

  /** {@return whether the name is written in Han characters} */
  public static boolean isHan(String name) {
    return !name.isEmpty() && Scripts.isHan(name.codePointAt(0));
  }

  /**
   * {@return whether the words of {@code shorter} appear, in order and contiguous, among the words
   * of {@code longer}} "Miguel Díaz-Canel" is inside "Miguel Diaz-Canel Bermudez".
   */
  public static boolean containsWords(String longer, String shorter) {
    return containsWords(parts(longer), parts(shorter));
  }

  /** {@return whether the words {@code s} stand, in order and contiguous, among the words {@code l}} */
  static boolean containsWords(List<String> l, List<String> s) {
    if (s.isEmpty() || s.size() > l.size()) return false;
    for (int i = 0; i + s.size() <= l.size(); i++) {
      if (l.subList(i, i + s.size()).equals(s)) return true;
    }
    return false;
  }
}
