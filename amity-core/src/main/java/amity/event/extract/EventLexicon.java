package amity.event.extract;

import amity.model.EntityIds;
import amity.model.Mode;
import amity.lang.LanguagePack;
import amity.lang.PackFile;
import amity.mention.PhraseTrie;
import amity.model.Quantity;
import amity.model.Span;
import amity.time.FirstChars;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One language's event knowledge: triggers, context words (planned, locative, destination,
 * agent, anaphor, attribution, both sides), field keywords and quantity units, read from the
 * language's pack ({@code triggers.tsv}, {@code events.tsv}, {@code fields.tsv}, {@code
 * quantities.tsv}); an unspaced language ({@code spacing} in {@code language.tsv}) reads quantities
 * without spaces or word boundaries. Immutable and thread-safe.
 */
public final class EventLexicon {
  static final Set<String> CONTEXT_KINDS =
      Set.of(
          "planned", "not_planned", "officials_of", "rank_after_name", "affliction", "next_deed", "attended_end", "locative", "destination", "agent", "anaphor", "attribution", "speaker", "both_sides", "both_states", "venue_host",
          "suppress", "agreement_object", "ceremony", "background", "history", "occasion", "separately",
          "reporting", "according", "negation", "hypothetical", "appeal", "pronoun", "jointly", "not_when", "inbound", "forum", "recipient", "companion", "no_subject", "multilateral", "stay_open", "stay_close", "subordinator", "joint_decision", "setting", "visiting", "visiting_at", "visiting_end", "led_by", "that_year", "arrival_prefix", "arrival_after", "arrival_at", "arrival_close", "nonfinite", "arrival", "possessive", "gap_particle", "sentence_opening", "medium_neutral", "complementizer", "remote", "hosting", "resident", "membership", "between", "state_pronoun", "relative", "gathering_link", "stationed", "bare_occasion", "counterparts", "contrast", "list_and", "sport", "basis", "purpose", "definite_event", "sender_after", "sender_before", "government_of", "receiving", "private_of", "group_counterpart", "aid_goods", "local_government", "recipient_modifier_end", "departure", "origin", "searched", "reciprocal", "plural_after", "presence", "presence_link", "presence_gap", "not_at", "speaker_object_before", "speaker_object_after", "attitude_topic", "attitude", "counted_states", "some_states", "presence_order", "body_gap_break", "holder_mark", "holder_not_after", "holder_verb", "speaker_link", "first_person", "first_person_plural", "abroad_region", "demonym_visit", "sent_object", "body_members", "occasion_subject", "history_close", "private_after");

  final String lang;
  final PhraseTrie<Trigger> triggers = PhraseTrie.keepingMarks();
  final Map<String, PhraseTrie<String>> contexts = new HashMap<>();
  final PhraseTrie<String> fields = PhraseTrie.keepingMarks();
  private final List<Scan> suppress = new ArrayList<>();
  /** A country's one-character short form ({@code abbreviations.tsv}: "加" Canada) to its ISO code. */
  private final Map<String, String> shortForms = new HashMap<>();
  /** Going or arriving with no errand told ({@code suppress_errand}): no event, unless an official goes. */
  private final List<Scan> errandSuppress = new ArrayList<>();
  private final Pattern quantity;
  private final Map<String, String> units = new HashMap<>();
  private final Map<String, Double> multipliers = new HashMap<>();
  private final Map<String, Double> numbers = new HashMap<>();
  /** Triggers ending in a {@code gap_particle} ("habló con"), as patterns that let a short adverbial stand before it. */
  final List<Map.Entry<Pattern, Trigger>> gapped = new ArrayList<>();

  /** A row of triggers.tsv: phrase, type, form, CAMEO code, mode ("-" on a phrase that is no event), requires. */
  private static Trigger trigger(LanguagePack pack, String[] r) {
    try {
      return new Trigger(r[1], r[2], r[3], r[4].equals("-") ? null : Mode.of(r[4]), r.length > 5 ? r[5] : "");
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(pack.path(PackFile.TRIGGERS) + ": '" + r[0] + "': " + e.getMessage(), e);
    }
  }

  private EventLexicon(LanguagePack pack) {
    this.lang = pack.tag();
    for (String[] r : pack.rows(PackFile.TRIGGERS)) {
      triggers.add(r[0], trigger(pack, r));
    }
    for (String k : CONTEXT_KINDS) contexts.put(k, PhraseTrie.keepingMarks());
    for (String[] r : pack.rows(PackFile.EVENTS)) {
      if (r[0].equals("suppress")) {
        suppress.add(Scan.of(Pattern.compile(r[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        continue;
      }
      if (r[0].equals("suppress_errand")) {
        errandSuppress.add(Scan.of(Pattern.compile(r[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        continue;
      }
      PhraseTrie<String> t = contexts.get(r[0]);
      if (t == null) {
        throw new IllegalStateException(pack.path(PackFile.EVENTS) + ": unknown kind '" + r[0] + "', expected one of " + CONTEXT_KINDS);
      }
      t.add(r[1], r[1]);
    }
    // "habló ayer y el pasado jueves con …": the verb and its particle with lower-case words
    // between them (a time, an adverb), no name, no punctuation and no new clause.
    for (String[] r : pack.rows(PackFile.TRIGGERS)) {
      String phrase = r[0].strip();
      int cut = phrase.lastIndexOf(' ');
      if (cut < 0 || contexts.get("gap_particle").findAll(phrase.substring(cut + 1)).isEmpty()) continue;
      Trigger t = trigger(pack, r);
      if (!t.isEvent() || !t.requires().isEmpty()) continue;
      gapped.add(Map.entry(Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?iu:" + Pattern.quote(phrase.substring(0, cut))
              + ")((?:\\s+(?!que(?![\\p{L}\\p{N}]))\\p{Ll}[\\p{Ll}\\p{N}]*){1,6})\\s+(?iu:" + Pattern.quote(phrase.substring(cut + 1))
              + ")(?![\\p{L}\\p{N}])"), t));
    }
    for (String[] r : pack.rows(PackFile.FIELDS)) fields.add(r[0], r[1]);
    if (pack.has(PackFile.ABBREVIATIONS)) {
      for (String[] r : pack.rows(PackFile.ABBREVIATIONS)) {
        // A pair of short forms ("巴以": both countries) is no one country's short form.
        if (r.length == 2 && EntityIds.isCountry(r[1])) shortForms.put(r[0], EntityIds.countryCode(r[1]));
      }
      addArrivalWords(pack);
    }
    for (String[] r : pack.rows(PackFile.QUANTITIES)) {
      switch (r[0]) {
        case "unit" -> units.put(r[1].toLowerCase(Locale.ROOT), r[2]);
        case "mult" -> multipliers.put(r[1].toLowerCase(Locale.ROOT), Double.parseDouble(r[2]));
        case "number" -> numbers.put(r[1].toLowerCase(Locale.ROOT), Double.parseDouble(r[2]));
        default -> throw new IllegalStateException(pack.path(PackFile.QUANTITIES) + ": unknown kind " + r[0]);
      }
    }
    String sp = pack.spaced() ? "\\s*" : "";
    String b = pack.spaced() ? "\\b" : "";
    this.quantity =
        Pattern.compile(
            "(?:(?<num>\\d+(?:[.,]\\d+)*)|" + b + "(?<word>" + alt(numbers.keySet()) + "))"
                + sp + "(?:(?<mult>" + alt(multipliers.keySet()) + ")" + sp + ")?"
                + (pack.spaced() ? "(?:\\p{Ll}+\\s+){0,2}?" : "")
                + "(?:(?:" + alt(List.of("of", "de")) + ")\\s+)?"
                + "(?<unit>" + alt(units.keySet()) + ")" + b,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    // Under UNICODE_CHARACTER_CLASS \d is every Unicode digit (those beyond the BMP start with a
    // high surrogate), where FirstChars reads 0-9 only; the set is read only when the number (a
    // digit or a number word) cannot be empty.
    java.util.BitSet first = numbers.keySet().stream().anyMatch(String::isEmpty) ? null : FirstChars.of(quantity.pattern());
    if (first != null) {
      for (int c = 0; c <= Character.MAX_VALUE; c++) if (Character.isDigit(c) || Character.isHighSurrogate((char) c)) first.set(c);
    }
    this.quantityFirst = first == null ? null : first.toLongArray();
    // The same for the second char: \d again, and any of \s after a word, and a low surrogate.
    java.util.BitSet second = first == null ? null : FirstChars.second(quantity.pattern());
    if (second != null) {
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        if (Character.isDigit(c) || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isLowSurrogate((char) c)) second.set(c);
      }
      second.set(0x85);
    }
    this.quantitySecond = second == null ? null : second.toLongArray();
  }

  /**
   * The chars a quantity can start with ({@link FirstChars}), or null: quantities are looked for
   * in every sentence with a trigger word, and few positions of a sentence start a number.
   */
  private final long @org.jspecify.annotations.Nullable [] quantityFirst;

  /** The chars a quantity's second can be, or null ({@link FirstChars#second}, with Unicode digits and spaces). */
  private final long @org.jspecify.annotations.Nullable [] quantitySecond;

  /** {@return the lexicon of a pack, built once a pack, or empty when the pack has no triggers.tsv} */
  public static Optional<EventLexicon> of(LanguagePack pack) {
    if (!pack.has(PackFile.TRIGGERS)) return Optional.empty();
    return Optional.of(pack.<EventLexicon>derived(EventLexicon.class, EventLexicon::new));
  }

  private static String alt(java.util.Collection<String> words) {
    if (words.isEmpty()) return "(?!)";
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  /**
   * {@return the spans of {@code text} inside which triggers are not events} A sentence's are read
   * once, with its triggers ({@link TriggerFinder.Triggers}), and handed to the steps after.
   */
  List<Span> suppressed(String text) {
    return List.copyOf(Scan.all(suppress, text));
  }

  /**
   * A pattern tried only where its first chars stand ({@link FirstChars}), when they are known:
   * the same matches as {@link Matcher#find()} at every position, which costs each pattern a pass
   * of every alternative over the whole sentence.
   */
  record Scan(Pattern pattern, long @org.jspecify.annotations.Nullable [] first, long @org.jspecify.annotations.Nullable [] second,
      boolean wordStart, @org.jspecify.annotations.Nullable Scan need) {
    static Scan of(Pattern p) {
      java.util.BitSet first = FirstChars.of(p.pattern());
      java.util.BitSet second = first == null ? null : FirstChars.second(p.pattern());
      return new Scan(p, first == null ? null : first.toLongArray(), second == null ? null : second.toLongArray(),
          first != null && FirstChars.wordStart(p.pattern(), first), need(p));
    }

    /** A clause's start ("(?:^|(?<=[.;!?]))[^.;!?]*", a backreference to the class) and what follows it. */
    private static final Pattern CLAUSE_START = Pattern.compile("\\(\\?:\\^\\|\\(\\?<=\\[([^\\]\\\\\\[]+)\\]\\)\\)\\[\\^\\1\\]\\*(.+)");

    /**
     * {@return the rest of a pattern that opens with a clause's start ({@link #CLAUSE_START}) or
     * with "(?s)^.*", as a scan of its own, or null} A match of the pattern holds a match of the
     * rest where the opening ends, the text before and after it in view of both: a text the rest
     * is nowhere found in holds no match, and the rest, mostly words that start with given chars,
     * is looked for faster than the pattern, which reads every clause up to every position.
     * Only a rest that is one sequence (no "|" outside a group), with no backreference and no
     * quantifier of the opening's after it.
     */
    static @org.jspecify.annotations.Nullable Scan need(Pattern p) {
      String re = p.pattern();
      String rest;
      int flags = p.flags();
      Matcher clause = CLAUSE_START.matcher(re);
      if (clause.matches()) {
        rest = clause.group(2);
      } else if (re.startsWith("(?s)^.*")) {
        rest = re.substring("(?s)^.*".length());
        flags |= Pattern.DOTALL;
      } else {
        return null;
      }
      if (rest.isEmpty() || "?+*{".indexOf(rest.charAt(0)) >= 0 || rest.contains("\\k<") || rest.matches("(?s).*\\\\[1-9].*")) return null;
      int depth = 0;
      for (int i = 0; i < rest.length(); i++) {
        char c = rest.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '[') {
          // A class: read to its closing bracket (a bracket right after the opening one or its ^
          // is a member); a class inside a class is not read.
          int j = i + 1;
          if (j < rest.length() && rest.charAt(j) == '^') j++;
          if (j < rest.length() && rest.charAt(j) == ']') j++;
          while (j < rest.length() && rest.charAt(j) != ']') {
            if (rest.charAt(j) == '[') return null;
            j += rest.charAt(j) == '\\' ? 2 : 1;
          }
          i = j;
        } else if (c == '(') {
          depth++;
        } else if (c == ')') {
          if (--depth < 0) return null;
        } else if (c == '|' && depth == 0) {
          return null;
        }
      }
      if (depth != 0) return null;
      try {
        return Scan.of(Pattern.compile(rest, flags));
      } catch (java.util.regex.PatternSyntaxException e) {
        return null; // tried as a whole, as before
      }
    }

    /** {@return whether the scan's pattern is found anywhere in {@code text}, whose chars are {@code chars}} */
    boolean foundIn(String text, char[] chars) {
      Matcher m = pattern.matcher(text);
      if (first == null) return m.find();
      m.useTransparentBounds(true).useAnchoringBounds(false);
      return FirstChars.next(m, first, second, wordStart, chars, 0);
    }

    /** {@return the spans of every match of every scan in {@code text}, scan by scan, in order} */
    static List<Span> all(List<Scan> scans, String text) {
      List<Span> out = new ArrayList<>();
      char[] chars = null;
      for (Scan s : scans) {
        if (s.need != null) {
          if (chars == null) chars = text.toCharArray();
          if (!s.need.foundIn(text, chars)) continue;
        }
        Matcher m = s.pattern.matcher(text);
        if (s.first == null) {
          while (m.find()) out.add(new Span(m.start(), m.end()));
          continue;
        }
        if (chars == null) chars = text.toCharArray();
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (FirstChars.next(m, s.first, s.second, s.wordStart, chars, from)) {
          out.add(new Span(m.start(), m.end()));
          from = m.end();
        }
      }
      return out;
    }
  }

  /**
   * Makes every word for arriving or visiting written with a country's one-character short form
   * ({@code arrival_prefix} then a short form of {@code abbreviations.tsv}: "访意", "抵叙") a visit
   * trigger, so that the list of short forms is the one list of them; a phrase triggers.tsv lists
   * ("访中" as no event: 采访中) keeps its row. {@link #arrivalCountry} gives the destination.
   */
  private void addArrivalWords(LanguagePack pack) {
    Set<String> listed = new java.util.HashSet<>();
    for (String[] r : pack.rows(PackFile.TRIGGERS)) listed.add(r[0].strip());
    Trigger visit = new Trigger("CONSULT", "visit", "042", Mode.of("in_person"));
    for (String[] e : pack.rows(PackFile.EVENTS)) {
      if (!e[0].equals("arrival_prefix")) continue;
      String prefix = e[1].strip();
      for (String shortForm : shortForms.keySet()) {
        if (shortForm.length() == 1 && !listed.contains(prefix + shortForm)) triggers.add(prefix + shortForm, visit);
      }
    }
  }

  /** {@return the suppress patterns, for tests} */
  List<Pattern> suppressPatterns() {
    return suppress.stream().map(Scan::pattern).toList();
  }

  /** {@return the suppress_errand patterns, for tests} */
  List<Pattern> errandPatterns() {
    return errandSuppress.stream().map(Scan::pattern).toList();
  }

  /**
   * {@return the country a word for arriving names by a short form after its {@code arrival_prefix}
   * ("抵加": Canada), or null} The short form must end the name: "抵加拿大", "抵加德满都" name places
   * of their own, which the mentions give.
   */
  @org.jspecify.annotations.Nullable String arrivalCountry(String word, String text, int end) {
    for (PhraseTrie.Match<String> m : find("arrival_prefix", word)) {
      if (m.span().start() != 0) continue;
      String country = shortForms.get(word.substring(m.span().end()));
      if (country == null) return null;
      if (end < text.length() && Character.UnicodeScript.of(text.codePointAt(end)) == Character.UnicodeScript.HAN
          && !opensWith("arrival_after", text.substring(end, Math.min(text.length(), end + 2)))) {
        return null;
      }
      return country;
    }
    return null;
  }

  /**
   * {@return the country a visit's word names by a short form right after its {@code arrival_prefix}
   * ("访意": Italy, "访美": the United States), or null}
   */
  @org.jspecify.annotations.Nullable String visitWordCountry(String word) {
    for (PhraseTrie.Match<String> m : find("arrival_prefix", word)) {
      if (m.span().start() == 0) return shortForms.get(word.substring(m.span().end()));
    }
    return null;
  }

  /** {@return the spans of {@code text} where going or arriving tells no errand ({@code suppress_errand})} */
  List<Span> errandSuppressed(String text) {
    return Scan.all(errandSuppress, text);
  }

  /** {@return whether a phrase of {@code kind} ends right before {@code pos}, spaces aside} */
  boolean endsBefore(String kind, String text, int pos, int window) {
    int from = Math.max(0, pos - window);
    for (PhraseTrie.Match<String> m : contexts.get(kind).findAll(text.substring(from, pos))) {
      String between = text.substring(from + m.span().end(), pos);
      if (between.isBlank()) return true;
    }
    return false;
  }

  /**
   * {@return how many states a count in {@code text} names ("cinco países", "five Asian countries",
   * "亚洲五国", "ba nước"): a number, a digit or a word of {@code number}, then up to two words, then a
   * word of {@code counted_states}; 0 when none does, or the number is below two}
   */
  int countedStates(String text) {
    for (PhraseTrie.Match<String> m : contexts.get("counted_states").findAll(text)) {
      String before = text.substring(0, m.span().start()).stripTrailing();
      String[] words = before.split("\\s+");
      for (int i = words.length - 1; i >= Math.max(0, words.length - 3); i--) {
        int n = countOf(words[i], words.length - 1 - i);
        if (n >= 2) return n;
      }
    }
    return 0;
  }

  /** The number a word is, or ends with where no space parts words ("亚洲五"); 0 for none. */
  private int countOf(String word, int wordsAfter) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.matches("\\d{1,2}")) return Integer.parseInt(w);
    Double d = numbers.get(w);
    if (d != null) return d.intValue();
    if (wordsAfter > 0 || w.isEmpty() || Character.isLetter(w.charAt(w.length() - 1)) && w.codePointAt(w.length() - 1) < 0x2E80) return 0;
    // Unspaced scripts: the number is the word's last char or two.
    for (int k = Math.min(2, w.length()); k >= 1; k--) {
      Double e = numbers.get(w.substring(w.length() - k));
      if (e != null) return e.intValue();
    }
    return 0;
  }

  /** {@return whether a phrase of {@code kind} stands anywhere in {@code text}} */
  boolean anyIn(String kind, String text) {
    return !contexts.get(kind).findAll(text).isEmpty();
  }

  /** {@return whether a phrase of {@code kind} stands anywhere in a text folded once ({@link PhraseTrie.Text#keepingMarks})} */
  boolean anyIn(String kind, PhraseTrie.Text text) {
    return !contexts.get(kind).findAll(text).isEmpty();
  }

  /** {@return whether {@code text}, whole, is a phrase of {@code kind}} */
  boolean isWhole(String kind, String text) {
    return find(kind, text).stream().anyMatch(m -> m.span().start() == 0 && m.span().end() == text.length());
  }

  /** {@return whether {@code text} ends with a phrase of {@code kind}} */
  boolean endsWith(String kind, String text) {
    return find(kind, text).stream().anyMatch(m -> m.span().end() == text.length());
  }

  /** {@return whether {@code text} opens with a phrase of {@code kind}} */
  boolean opensWith(String kind, String text) {
    return find(kind, text).stream().anyMatch(m -> m.span().start() == 0);
  }

  /** {@return phrases of {@code kind} in {@code text}} */
  List<PhraseTrie.Match<String>> find(String kind, String text) {
    return contexts.get(kind).findAll(text);
  }

  /** {@return phrases of {@code kind} in a text folded once ({@link PhraseTrie.Text#keepingMarks})} */
  List<PhraseTrie.Match<String>> find(String kind, PhraseTrie.Text text) {
    return contexts.get(kind).findAll(text);
  }

  /** {@return the quantities named in {@code text}, with spans relative to it} */
  List<Map.Entry<Span, Quantity>> quantities(String text) {
    List<Map.Entry<Span, Quantity>> out = new ArrayList<>();
    Matcher m = quantityMatcher(text);
    char[] chars = quantityFirst == null ? null : text.toCharArray();
    int from = 0;
    while (nextQuantity(m, chars, from)) {
      from = m.end();
      Double value =
          m.group("num") != null
              ? parseNumber(m.group("num"))
              : numbers.get(m.group("word").toLowerCase(Locale.ROOT));
      if (value == null) continue;
      if (m.group("mult") != null) value *= multipliers.getOrDefault(m.group("mult").toLowerCase(Locale.ROOT), 1.0);
      String unit = units.get(m.group("unit").toLowerCase(Locale.ROOT));
      if (unit == null) continue;
      out.add(Map.entry(new Span(m.start(), m.end()), new Quantity(value, unit, m.group().strip())));
    }
    return out;
  }

  private Matcher quantityMatcher(String text) {
    Matcher m = quantity.matcher(text);
    return quantityFirst == null ? m : m.useTransparentBounds(true).useAnchoringBounds(false);
  }

  /** {@return whether {@code m} found the next quantity from {@code from}, as {@link Matcher#find()} would} */
  private boolean nextQuantity(Matcher m, char @org.jspecify.annotations.Nullable [] chars, int from) {
    return quantityFirst == null ? m.find() : FirstChars.next(m, quantityFirst, quantitySecond, false, chars, from);
  }

  /** {@return the spans of the quantity pattern's matches in {@code text}, for tests} */
  List<Span> quantitySpans(String text) {
    List<Span> out = new ArrayList<>();
    Matcher m = quantityMatcher(text);
    char[] chars = quantityFirst == null ? null : text.toCharArray();
    while (nextQuantity(m, chars, out.isEmpty() ? 0 : out.get(out.size() - 1).end())) out.add(new Span(m.start(), m.end()));
    return out;
  }

  /** {@return the quantity pattern, for tests} */
  Pattern quantityPattern() {
    return quantity;
  }

  /** "12,000" and "12.000" are twelve thousand; "4.6" and "4,6" are four point six. */
  Double parseNumber(String s) {
    String t = s;
    boolean hasDot = t.contains(".");
    boolean hasComma = t.contains(",");
    if (hasDot && hasComma) {
      char dec = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
      t = t.replace(dec == '.' ? "," : ".", "").replace(dec, '.');
    } else if (hasDot || hasComma) {
      char sep = hasDot ? '.' : ',';
      boolean thousands = t.matches("\\d{1,3}(?:\\" + sep + "\\d{3})+");
      if (thousands) {
        t = t.replace(String.valueOf(sep), "");
      } else {
        t = t.replace(sep, '.');
      }
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
