package amity.event.extract;

import amity.kb.KbEntry;
import amity.mention.Gazetteer;
import amity.mention.PhraseTrie;
import amity.model.EntityIds;
import amity.model.EntityType;
import amity.model.Span;
import amity.text.Fold;
import amity.text.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the words beside a person's name say of its bearer: whether a title, a descriptor or an
 * apposition makes them an official ("German Defence Minister Volker Ruehe", "Lebed, the Kremlin
 * security chief,"), a rebel, or one of another trade ("chief executive", "presidente del club"),
 * and of which country ("Tono Eitel of Germany"). Where an office is held is not whose it is:
 * "Washington's new ambassador to Saudi Arabia" is American.
 *
 * <p>Thread-safe: holds only the gazetteer.
 */
final class TitleReader {
  /** How far before a name (characters) its descriptor may start. */
  static final int DESCRIPTOR_REACH = 60;

  private final Gazetteer gazetteer;

  TitleReader(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** {@return the country of a word of nationality that ends right before {@code at} ("Brazilian Senate"), or null} */
  @Nullable String nationalityBefore(String text, int at) {
    int from = Math.max(0, at - 30);
    String before = text.substring(from, at);
    String country = null;
    for (Gazetteer.CountryCue c : gazetteer.countryCues(before)) {
      if (before.substring(c.span().end()).isBlank() && c.span().end() < before.length()) country = c.country();
    }
    return country;
  }

  private static final Set<String> TITLE_PREPOSITIONS = Set.of("to", "in", "for", "at", "a", "en", "ante", "para", "tai", "o");

  /** What the words right before a name say of its bearer. */
  record Descriptor(boolean political, boolean other, boolean insurgent, @Nullable String country) {}

  /**
   * Reads the run of descriptor words right before a name — demonyms, office words, capitalised
   * words of a title — back to the first word that is none of these.
   */
  Descriptor descriptor(String text, int nameStart, ActorWords w) {
    int from = Math.max(0, nameStart - DESCRIPTOR_REACH);
    // A short form in brackets inside a title ("director gerente del Fondo Monetario Internacional
    // (FMI), Horst Koehler") is part of it, not where it starts.
    String window = unbracketed(text.substring(from, nameStart));
    int cut = Math.max(Math.max(window.lastIndexOf(','), window.lastIndexOf(';')), Math.max(window.lastIndexOf('\n'), window.lastIndexOf('(')));
    cut = Math.max(cut, Math.max(window.lastIndexOf('，'), window.lastIndexOf('、')));
    if (cut >= 0) {
      from += cut + 1;
      window = window.substring(cut + 1);
    }
    // "su colega libanés, Emile Lahoud": with nothing between the comma and the name, the
    // descriptor is what stands before the comma.
    boolean beforeComma = false;
    if (window.isBlank() && cut >= 0 && from > 0 && ",，".indexOf(text.charAt(from - 1)) >= 0) {
      beforeComma = true;
      int before = from - 1;
      // Whole words only: "el encargado de negocios de la embajada estadounidense en Asunción,".
      int start0 = Math.max(0, before - DESCRIPTOR_REACH - 30);
      while (start0 > 0 && start0 < before && !Character.isWhitespace(text.charAt(start0 - 1))) start0++;
      String w0 = unbracketed(text.substring(start0, before));
      int cut0 = Math.max(Math.max(w0.lastIndexOf(','), w0.lastIndexOf(';')), Math.max(w0.lastIndexOf('\n'), w0.lastIndexOf('(')));
      window = cut0 >= 0 ? w0.substring(cut0 + 1) : w0;
    }
    // The descriptor is the tail of the window made of known words and capitalised words.
    int start = window.length();
    boolean unspaced = !window.isEmpty() && amity.text.Scripts.isUnspacedScript(window.charAt(window.length() - 1));
    if (unspaced) {
      start = 0; // Han descriptors run into the name: 德国国防部长
    } else {
      // A preposition inside a title ("the U.S. special envoy to Burundi", "embajador en Cuba")
      // goes on with it when a word of office stands before it.
      int office = -1;
      List<Span> offices = new ArrayList<>();
      for (PhraseTrie.Match<String> m : w.political().findAll(window)) {
        office = Math.max(office, m.span().start());
        offices.add(m.span());
      }
      int i = window.length();
      while (i > 0) {
        int j = i;
        while (j > 0 && Character.isWhitespace(window.charAt(j - 1))) j--;
        int k = j;
        while (k > 0 && !Character.isWhitespace(window.charAt(k - 1))) k--;
        if (k == j) break;
        String word = window.substring(k, j);
        String f = Fold.fold(word.replaceAll("^[\\p{Punct}]+|[\\p{Punct}&&[^.]]+$", ""));
        boolean known = w.descriptor().contains(f) || Character.isUpperCase(word.codePointAt(0))
            || !w.political().findAll(word).isEmpty() || !w.other().findAll(word).isEmpty()
            || !gazetteer.countryCues(word).isEmpty() || !gazetteer.regionCues(word).isEmpty()
            || office >= 0 && k > office && TITLE_PREPOSITIONS.contains(f)
            || inAny(offices, k, j);
        if (!known) break;
        start = k;
        i = k;
      }
    }
    String run = window.substring(start);
    if (run.isBlank()) return new Descriptor(false, false, false, null);
    Descriptor d = read(run, w);
    // Before a comma, only words of office describe the one named after it ("su colega libanés,
    // Emile Lahoud"); a place the clause before went to does not ("Antes de partir hacia la
    // capital eritrea, Serri afirmó").
    if (beforeComma && !d.political() && !d.other() && !d.insurgent()) return new Descriptor(false, false, false, null);
    return d;
  }

  /**
   * What an apposition beside a name says of its bearer: "Lebed, the Kremlin security chief,",
   * "Hugo de la Calle, enviado especial de …", or, opening a sentence, "The Russian army commander
   * in the region, General Vyacheslav Tikhomirov".
   */
  Descriptor apposition(String text, Span name, ActorWords w, @Nullable EventLexicon lex) {
    int after = name.end();
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\u00a0')) after++;
    String run = null;
    if (after < text.length() && (text.charAt(after) == ',' || text.charAt(after) == '，')) {
      int end = after + 1;
      while (end < text.length() && end - after < DESCRIPTOR_REACH + 30 && ",，;.()\n".indexOf(text.charAt(end)) < 0) {
        end++;
        // "Massoud Barzani, leader of the Kurdistan Democratic Party (KDP), and …": a short form
        // in brackets goes on with the apposition.
        int close = end < text.length() && text.charAt(end) == '(' ? text.indexOf(')', end) : -1;
        if (close > end && close - end <= 12 && text.substring(end, close).indexOf(',') < 0) end = close + 1;
      }
      if (end < text.length() && ",，;.)\n".indexOf(text.charAt(end)) >= 0) run = text.substring(after + 1, end);
      // A clause of its own after the comma is no apposition ("Philip Wilcox, had expressed …").
      if (run != null && wordCount(run) > 10) run = null;
    }
    int before = name.start();
    while (before > 0 && text.charAt(before - 1) == ' ') before--;
    // A title right before the name ("General") is the name's own; look past it for the comma.
    int k = before;
    while (k > 0 && Character.isLetter(text.charAt(k - 1))) k--;
    int j = k;
    while (j > 0 && text.charAt(j - 1) == ' ') j--;
    int comma = before > 0 && text.charAt(before - 1) == ',' ? before - 1 : j > 0 && text.charAt(j - 1) == ',' ? j - 1 : -1;
    boolean opening = false;
    if (run == null && comma > 0) {
      int start = comma;
      while (start > 0 && comma - start < DESCRIPTOR_REACH && ".;:\n\"“,".indexOf(text.charAt(start - 1)) < 0) start--;
      if (start == 0 || ".;:\n".indexOf(text.charAt(start - 1)) >= 0) {
        run = text.substring(start, comma);
        opening = true;
      }
    }
    if (run == null || run.isBlank() || wordCount(run) > 10) return new Descriptor(false, false, false, null);
    Descriptor d = read(run, w);
    // "Fox, who is due to leave for Nepal on Friday": a country a relative clause after the name
    // names is where he goes or went, not whose he is; only a word of nationality there says that
    // ("Cotti, who is also the Swiss foreign minister").
    String lead = run.stripLeading();
    if (!opening && lex != null && lex.opensWith("relative", lead)) {
      String national = null;
      for (Gazetteer.CountryCue c : gazetteer.countryCues(run)) if (!afterPost(run, c.span().start())) national = c.country();
      return new Descriptor(d.political(), d.other(), d.insurgent(), national);
    }
    // An opening clause names its subject only by words of office ("The Russian army commander in
    // the region, General …"), not by where it went ("Antes de partir hacia la capital eritrea, Serri").
    if (opening && !d.political() && !d.other() && !d.insurgent()) return new Descriptor(false, false, false, null);
    return d;
  }

  /** {@code s} with each short form in brackets ("(FMI)", "(KDP)") blanked, its length kept. */
  static String unbracketed(String s) {
    StringBuilder b = new StringBuilder(s);
    for (int open = s.indexOf('('); open >= 0; open = s.indexOf('(', open + 1)) {
      int close = s.indexOf(')', open);
      if (close < 0 || close - open > 12 || s.substring(open, close).indexOf(',') >= 0) continue;
      for (int i = open; i <= close; i++) b.setCharAt(i, ' ');
    }
    return b.toString();
  }

  /** Whether [from, to) lies inside one of the spans: a word of a title of several words ("encargado de negocios"). */
  private static boolean inAny(List<Span> spans, int from, int to) {
    for (Span x : spans) if (x.start() <= from && to <= x.end()) return true;
    return false;
  }

  private static int wordCount(String s) {
    return s.strip().isEmpty() ? 0 : s.strip().split("\\s+").length;
  }

  private Descriptor read(String run, ActorWords w) {
    var offices = w.political().findAll(run);
    boolean pol = !offices.isEmpty();
    // A word of another trade says the bearer holds no office only where every word of office is
    // part of it ("chief executive", "presidente del club"): "ministro de Defensa" is no defender,
    // "a lawyer and former senator" is a senator.
    var others = w.other().findAll(run);
    // A word of trade that modifies the office ("executive vice chairman") makes it the trade's.
    boolean other = !others.isEmpty() && (offices.stream().allMatch(o -> others.stream().anyMatch(x -> x.span().overlaps(o.span())))
        || !run.isEmpty() && !Scripts.isUnspacedScript(run.strip().isEmpty() ? 'a' : run.strip().charAt(0))
            && offices.stream().anyMatch(o -> others.stream().anyMatch(x -> x.span().end() <= o.span().start()
            && modifies(run.substring(x.span().end(), o.span().start())))));
    // Where an office is held is not whose it is: "Washington's new ambassador to Saudi Arabia".
    String country = null;
    for (Gazetteer.CountryCue c : gazetteer.countryCues(run)) if (!afterPost(run, c.span().start())) country = c.country();
    if (country == null) {
      for (var m : gazetteer.findNames(run)) {
        KbEntry e = m.values().get(0).entry();
        if (afterPost(run, m.span().start())) continue;
        if (EntityIds.isCountry(e.id())) country = e.country();
        // A capital stands for its state before a word of office as with a possessive: "Washington's
        // envoy", "top Bonn diplomat".
        else if (e.capital() && e.country() != null && (possessive(run, m.span().end()) || officeAt(offices, run, m.span().end()))) country = e.country();
      }
    }
    // A region's own office is its country's ("el presidente de la Generalitat de Cataluña", "del
    // Gobierno de Navarra", "del PP vasco"); one held "en" a region is not ("el delegado del
    // Gobierno en Aragón").
    if (country == null) {
      for (Gazetteer.CountryCue c : gazetteer.regionCues(run)) if (!afterPost(run, c.span().start())) country = c.country();
      for (var m : gazetteer.findNames(run)) {
        KbEntry e = m.values().get(0).entry();
        if ("region".equals(e.kind()) && e.country() != null && !afterPost(run, m.span().start()) && afterOf(run, m.span().start())) country = e.country();
      }
    }
    // An office of an armed or separatist movement the knowledge base knows ("leader of the
    // Kurdistan Democratic Party (KDP)", "a Unita general") makes its holder a rebel, as the
    // knowledge base's rebel_leader does for the people it knows.
    boolean insurgent = !w.insurgent().findAll(run).isEmpty();
    if (pol && !other) {
      for (var m : gazetteer.findNames(run)) {
        if (StateBodies.movement(m.values().get(0).entry()) && !afterPost(run, m.span().start())) insurgent = true;
      }
    }
    return new Descriptor(pol, other, insurgent, country);
  }

  /** Whether a word of trade, {@code between} a word of office and it, still modifies the office ("executive vice chairman"). */
  private static boolean modifies(String between) {
    String b = between.strip();
    if (b.isEmpty()) return true;
    return !b.contains(" ") && !b.contains(",") && !Set.of("and", "y", "e", "or", "o").contains(b.toLowerCase(Locale.ROOT));
  }

  private static final Set<String> POST_WORDS = Set.of("to", "in", "at", "en", "ante");

  /** Whether the word before {@code at} is a preposition of a post ("ambassador to", "embajador en"). */
  private static boolean afterPost(String run, int at) {
    int j = at;
    while (j > 0 && run.charAt(j - 1) == ' ') j--;
    int b = j;
    while (b > 0 && Character.isLetter(run.charAt(b - 1))) b--;
    return b < j && POST_WORDS.contains(run.substring(b, j).toLowerCase(Locale.ROOT));
  }

  /** Whether a region's name follows "de"/"of" (an article between at most): the office is the region's. */
  private static boolean afterOf(String run, int at) {
    return OF_BEFORE.matcher(run.substring(0, at)).find();
  }

  /** Whether a word of office starts right after {@code end}, one space between ("Bonn diplomat"). */
  private static boolean officeAt(List<PhraseTrie.Match<String>> offices, String run, int end) {
    int k = end;
    while (k < run.length() && run.charAt(k) == ' ') k++;
    if (k == end || k - end > 1) return false;
    for (PhraseTrie.Match<String> o : offices) if (o.span().start() == k) return true;
    return false;
  }

  private static boolean possessive(String s, int end) {
    return s.startsWith("'s", end) || s.startsWith("’s", end);
  }

  private static final java.util.regex.Pattern OF_COUNTRY =
      java.util.regex.Pattern.compile("^,?\\s+(?:of|de|del)\\s+(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)");

  /** The country a name is "of" ("el rey Mohamed VI de Marruecos", "Tono Eitel of Germany"). */
  @Nullable String countryAfter(String text, Span name) {
    String tail = text.substring(name.end(), Math.min(text.length(), name.end() + 40));
    java.util.regex.Matcher m = OF_COUNTRY.matcher(tail);
    if (!m.find()) return null;
    for (PhraseTrie.Match<Gazetteer.Hit> n : gazetteer.findNames(m.group(1))) {
      KbEntry e = n.values().get(0).entry();
      if (n.span().start() == 0 && e.type() == EntityType.GPE && EntityIds.isCountry(e.id())) return e.country();
    }
    return null;
  }

  static final java.util.regex.Pattern OF_BEFORE =
      java.util.regex.Pattern.compile("(?iu)(?:^|\\s)(?:of|de|del)\\s+(?:(?:the|la|el|los|las)\\s+)?$");
}
