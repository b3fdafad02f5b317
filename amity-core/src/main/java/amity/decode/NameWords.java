package amity.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words looked for in lower-case class and id names: a regular expression of alternatives, each
 * with a literal run that any match of it contains. A name holding none of those runs is not
 * given to the expression, whose alternation would otherwise be tried at every position of
 * every name on the page. Immutable.
 */
final class NameWords {
  private final Pattern pattern;
  private final List<String> runs;

  /** @param alternatives lower-case alternatives joined by {@code |}, without groups that hold a {@code |} */
  NameWords(String alternatives) {
    this.pattern = Pattern.compile(alternatives);
    List<String> r = new ArrayList<>();
    for (String alternative : alternatives.split("\\|")) r.add(requiredRun(alternative));
    this.runs = List.copyOf(r);
  }

  /** The longest run of letters that every match of {@code alternative} contains. */
  static String requiredRun(String alternative) {
    // An optional character ("ads?", "pull-?quote") splits the runs around it; so does any
    // character that is not a plain letter.
    String plain = alternative.replace("\\b", "").replaceAll(".\\?", " ");
    String best = "";
    for (String run : plain.split("[^a-z]+")) if (run.length() > best.length()) best = run;
    return best;
  }

  boolean find(String names) {
    for (String run : runs) {
      if (names.contains(run)) return pattern.matcher(names).find();
    }
    return false;
  }

  Matcher matcher(String names) {
    return pattern.matcher(names);
  }
}
