package amity.link;

import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.lang.LanguagePacks;
import amity.lexicon.NameRules;
import amity.model.AnalyzedStory;
import amity.model.DateValue;
import amity.model.EntityType;
import amity.model.LinkedMention;
import amity.model.Mention;
import amity.model.Span;
import amity.mention.TitleFinder;
import amity.stage.Linker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Links the mentions of one story.
 *
 * <ol>
 *   <li>A mention the gazetteer matched keeps its knowledge-base entry.
 *   <li>A person is looked up by name, then by a known alias inside the name ("Miguel Diaz-Canel
 *       Bermudez" contains "Miguel Díaz-Canel"), then by the name given in parentheses in another
 *       script ("迪亚斯-卡内尔(Miguel Diaz-Canel)"), then by the office the title names on the
 *       story's date, when its holder's name shares a word with the mention.
 *   <li>Short references inside the story ("PM Chính", "Trong", "Minister Alberto") join the one
 *       full name that contains them; a word two people share ("Castro") links to neither.
 *   <li>Other names get a key from their folded form, so the same spelling links across stories.
 * </ol>
 *
 * <p>Thread-safe and immutable.
 */
public final class RuleLinker implements Linker {
  private static final Pattern PAREN_LATIN = Pattern.compile("^\\s*[(（]\\s*([\\p{IsLatin}][\\p{IsLatin}\\p{M} .'’-]{2,60})\\s*[)）]");

  private final KnowledgeBase kb;
  private final Readings readings;
  /** The people's names of two words or more, by their first word (folded). */
  private final Map<String, List<PersonName>> peopleByFirstWord;

  /** A name of a person in the knowledge base, in its folded words. */
  private record PersonName(KbEntry entry, List<String> words) {}

  private final LanguagePacks packs;

  /** A linker over {@code kb} with the name rules of the bundled packs. */
  public RuleLinker(KnowledgeBase kb) {
    this(kb, LanguagePacks.bundled());
  }

  /** A linker over {@code kb} with the name rules ({@code names.tsv}) of {@code packs}. */
  public RuleLinker(KnowledgeBase kb, LanguagePacks packs) {
    this.kb = kb;
    this.packs = packs;
    this.readings = new Readings(packs);
    Map<String, List<PersonName>> byWord = new HashMap<>();
    for (KbEntry e : kb.entries()) {
      if (e.type() != EntityType.PERSON) continue;
      for (String alias : e.allNames()) {
        List<String> words = List.copyOf(Names.parts(alias));
        if (words.size() >= 2) byWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new PersonName(e, words));
      }
    }
    this.peopleByFirstWord = Map.copyOf(byWord);
  }

  @Override
  public List<LinkedMention> link(AnalyzedStory story, List<Mention> mentions) {
    String text = story.story().text();
    DateValue when = story.story().published().date();
    List<LinkedMention> out = new ArrayList<>();
    List<Mention> nominals = new ArrayList<>();
    for (Mention m : mentions) {
      if (TitleFinder.NOMINAL.equals(m.finder())) {
        nominals.add(m);
      } else {
        out.add(linkOne(text, m, when));
      }
    }
    out = resolveShortReferences(out);
    out.addAll(propagate(text, out, surnames(story.lang())));
    out.addAll(resolveNominals(text, nominals, out, when));
    out.sort(Comparator.comparing(l -> l.mention().span()));
    return List.copyOf(out);
  }

  private LinkedMention linkOne(String text, Mention m, @Nullable DateValue when) {
    if (m.kbId() != null) {
      KbEntry e = kb.get(m.kbId()).orElse(null);
      if (e != null) return new LinkedMention(m, e.id(), e.name());
    }
    if (m.type() == EntityType.PERSON) {
      KbEntry e = person(m.text());
      if (e == null) {
        Matcher pm = PAREN_LATIN.matcher(text.substring(m.span().end()));
        if (pm.find()) {
          e = person(pm.group(1).strip());
          if (e == null) {
            // No entry: the Latin form is still the name other languages will use.
            return new LinkedMention(m, Names.key("person", pm.group(1).strip()), pm.group(1).strip());
          }
        }
      }
      if (e == null && Names.isHan(m.text())) e = byReading(m.text());
      if (e == null && when != null) e = byOffice(m, when);
      if (e != null) return new LinkedMention(m, e.id(), e.name());
    }
    return new LinkedMention(m, Names.key(m.type().name(), m.text()), m.text());
  }

  /**
   * A title standing alone ("the Cuban leader", "Thủ tướng", "古巴领导人") names the nearest person
   * before it in the story whose country and role fit; without one it is dropped.
   */
  private List<LinkedMention> resolveNominals(
      String text, List<Mention> nominals, List<LinkedMention> people, @Nullable DateValue when) {
    List<LinkedMention> out = new ArrayList<>();
    boolean leader;
    for (Mention n : nominals) {
      leader = n.roles().contains("leader");
      LinkedMention named = titledAfter(n, people);
      if (named == null) named = apposed(text, n, people);
      if (named != null) {
        // "El emisario especial de la UE …, Rino Serri, quien …": the name beside the title.
        out.add(new LinkedMention(n, named.entityId(), named.entityName()));
        continue;
      }
      LinkedMention best = null;
      for (LinkedMention p : people) {
        if (p.mention().type() != EntityType.PERSON || !fits(n, p, when) && !titledAs(text, n, p)) continue;
        if (best == null) {
          best = p;
          continue;
        }
        // "The leader" is the highest in rank; a title is the nearest holder before it.
        if (leader && rank(p, when) != rank(best, when)) {
          if (rank(p, when) > rank(best, when)) best = p;
          continue;
        }
        boolean before = p.mention().span().end() <= n.span().start();
        boolean bestBefore = best.mention().span().end() <= n.span().start();
        if (before && (!bestBefore || p.mention().span().start() > best.mention().span().start())) best = p;
      }
      if (best != null) {
        out.add(new LinkedMention(n, best.entityId(), best.entityName()));
        continue;
      }
      // No one in the story fits: the holder of the office on the story's date, if one is known.
      KbEntry holder = holderOf(n, when);
      if (holder != null) {
        out.add(new LinkedMention(n, holder.id(), holder.name()));
      } else if (namesItsState(n) && !n.roles().isEmpty()) {
        // "美国总统访华" on a page of no known date: the holder of the state's office, unnamed, is
        // still the one the page names.
        out.add(new LinkedMention(n, "office:" + n.country().toLowerCase(java.util.Locale.ROOT) + "/" + n.roles().get(0), n.text()));
      }
    }
    return out;
  }

  /** Whether a Han title standing alone opens with its state's own name ("美国总统", "墨西哥外长"). */
  private boolean namesItsState(Mention n) {
    // Han alone: a spaced name's demonym ("Australian minister") opens with the state's name as well.
    if (n.country() == null || n.text().isEmpty() || !amity.text.Scripts.isHan(n.text().charAt(0))) return false;
    KbEntry state = kb.get("country:" + n.country()).orElse(null);
    return state != null && state.allNames().stream().anyMatch(name -> name.length() >= 2 && n.text().startsWith(name) && n.text().length() > name.length());
  }

  private static final java.util.regex.Pattern APPOSITION_BREAK =
      java.util.regex.Pattern.compile("(?iU)\\b(?:con|with|y|and|e|và|với|cùng|met|meets|said|dijo|afirmó)\\b");

  /**
   * The person named right before a title with nothing between, as unspaced scripts put a title
   * after the name ("穆塔里卡总统", "克林顿总统"): the title is that person's, not the nearest holder's
   * before it.
   */
  private static @Nullable LinkedMention titledAfter(Mention n, List<LinkedMention> people) {
    for (LinkedMention p : people) {
      if (p.mention().type() == EntityType.PERSON && p.mention().span().end() == n.span().start()) return p;
    }
    return null;
  }

  /** The person named right after a title standing alone and its complement, after a comma. */
  private static @Nullable LinkedMention apposed(String text, Mention n, List<LinkedMention> people) {
    int comma = text.indexOf(',', n.span().end());
    if (comma < 0 || comma - n.span().end() > 80) return null;
    // Only a complement between ("especial de la UE para …"), not a clause ("conversó … con el
    // primer ministro israelí, Ehud Barak").
    String between = text.substring(n.span().end(), comma);
    if (between.matches("(?s).*[.;:!?。；].*") || APPOSITION_BREAK.matcher(between).find()) return null;
    for (LinkedMention p : people) {
      int at = p.mention().span().start();
      if (p.mention().type() == EntityType.PERSON && at > n.span().end() && at < comma) return null;
    }
    int next = comma + 1;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) next++;
    for (LinkedMention p : people) {
      if (p.mention().type() == EntityType.PERSON && p.mention().span().start() == next) return p;
    }
    return null;
  }

  private static final java.util.Map<String, Integer> RANK = java.util.Map.ofEntries(
      java.util.Map.entry("general_secretary", 10), java.util.Map.entry("president", 10),
      java.util.Map.entry("head_of_state", 10), java.util.Map.entry("monarch", 10),
      java.util.Map.entry("first_secretary", 9), java.util.Map.entry("prime_minister", 9),
      java.util.Map.entry("head_of_government", 9), java.util.Map.entry("parliament_chair", 8),
      java.util.Map.entry("vice_president", 7), java.util.Map.entry("deputy_prime_minister", 6),
      java.util.Map.entry("foreign_minister", 6), java.util.Map.entry("minister", 5),
      java.util.Map.entry("ambassador", 3));

  private int rank(LinkedMention p, @Nullable DateValue when) {
    int r = 1;
    for (String role : p.mention().roles()) r = Math.max(r, RANK.getOrDefault(role, 1));
    KbEntry e = kb.get(p.entityId()).orElse(null);
    if (e != null) {
      for (var role : e.roles()) {
        if (when == null || when.year() == null || role.heldOn(when)) r = Math.max(r, RANK.getOrDefault(role.role(), 1));
      }
    }
    return r;
  }

  /**
   * The one person the knowledge base says held a title's office for its country on the date. Not
   * for a bare minister ("the first Australian minister to visit China", "Bộ trưởng"): a country
   * has a score of ministers and the knowledge base knows a few by portfolio (defence, trade), so
   * the one it knows is no more likely than the others.
   */
  private @Nullable KbEntry holderOf(Mention n, @Nullable DateValue when) {
    if (n.country() == null || when == null || when.year() == null) return null;
    KbEntry found = null;
    for (String role : n.roles()) {
      if (role.equals("leader") || role.equals("minister") || role.equals("deputy_minister")) continue;
      List<KbEntry> holders = kb.holders(role, n.country(), when);
      if (holders.size() != 1) continue;
      if (found != null && found != holders.get(0)) return null;
      found = holders.get(0);
    }
    return found;
  }

  /**
   * Whether a person can be what a title standing alone names: same country, and the role named
   * by a title in the story or held, per the knowledge base, on the story's date ("Chủ tịch nước"
   * in 2025 is not Hồ Chí Minh, who is named in the same story).
   */
  private boolean fits(Mention nominal, LinkedMention p, @Nullable DateValue when) {
    KbEntry e = kb.get(p.entityId()).orElse(null);
    String country = e != null && e.country() != null ? e.country() : p.mention().country();
    if (nominal.country() != null && !nominal.country().equals(country)) return false;
    boolean dated = when != null && when.year() != null;
    if (e != null && dated && !e.roles().isEmpty() && e.roles().stream().noneMatch(r -> r.heldOn(when))) {
      return false; // someone out of office on the story's date is recalled, not acting
    }
    for (String role : nominal.roles()) {
      if (role.equals("leader") || p.mention().roles().contains(role)) return true;
      if (e != null && e.roles().stream().anyMatch(r -> r.role().equals(role) && (!dated || r.heldOn(when)))) return true;
    }
    return false;
  }

  /**
   * Whether the title a person was named with opens with the title standing alone, as a longer
   * form of it: "el presidente del Gobierno de Navarra, Miguel Sanz" is the later "El presidente",
   * though the office it names is head of government. Only a prefix: "Deputy Prime Minister" is no
   * "Prime Minister".
   */
  private static boolean titledAs(String text, Mention nominal, LinkedMention p) {
    Span title = p.mention().titleSpan();
    if (title == null || nominal.roles().isEmpty() || p.mention().span().end() > nominal.span().start()) return false;
    String alone = nominal.text().strip().toLowerCase(Locale.ROOT);
    String full = title.of(text).strip().toLowerCase(Locale.ROOT);
    return !alone.isEmpty() && full.length() > alone.length() && full.startsWith(alone) && full.charAt(alone.length()) == ' ';
  }

  private @Nullable KbEntry person(String name) {
    List<KbEntry> exact =
        kb.byName(name).stream().filter(e -> e.type() == EntityType.PERSON).toList();
    if (exact.size() == 1) return exact.get(0);
    if (exact.size() > 1) return null;
    List<String> words = Names.parts(name);
    if (words.size() < 2) return null;
    // The one person with a name of two words or more inside this one; a name inside it starts at
    // one of its words, so only the names starting with one are tried.
    KbEntry found = null;
    for (String first : new HashSet<>(words)) {
      for (PersonName alias : peopleByFirstWord.getOrDefault(first, List.of())) {
        if (alias.entry() != found && Names.containsWords(words, alias.words())) {
          if (found != null) return null;
          found = alias.entry();
        }
      }
    }
    return found;
  }

  /** A Chinese rendering of a Vietnamese name: 黄忠海 read in Sino-Vietnamese is Hoàng Trung Hải. */
  private @Nullable KbEntry byReading(String han) {
    KbEntry found = null;
    for (String reading : readings.vietnamese(han)) {
      for (KbEntry e : kb.byName(reading)) {
        if (e.type() != EntityType.PERSON || !"VN".equals(e.country())) continue;
        if (!readings.tonesAgree(han, e.allNames())) continue;
        if (found != null && found != e) return null;
        found = e;
      }
    }
    return found;
  }

  private @Nullable KbEntry byOffice(Mention m, DateValue when) {
    if (m.country() == null || m.roles().isEmpty()) return null;
    Set<String> words = new HashSet<>(Names.parts(m.text()));
    for (String role : m.roles()) {
      List<KbEntry> holders = kb.holders(role, m.country(), when);
      if (holders.size() != 1) continue;
      KbEntry h = holders.get(0);
      for (String alias : h.allNames()) {
        for (String w : Names.parts(alias)) if (words.contains(w)) return h;
      }
    }
    return null;
  }

  /** Short names join the one longer name in the story that contains all their words. */
  private static List<LinkedMention> resolveShortReferences(List<LinkedMention> in) {
    // "洛伦索" after "埃内斯托·洛伦索": three characters, but the surname of a transliterated name.
    Set<String> joinedSurnames = new HashSet<>();
    for (LinkedMention l : in) {
      if (l.mention().type() != EntityType.PERSON || !Names.isHan(l.mention().text())) continue;
      List<String> parts = Names.parts(l.mention().text());
      if (parts.size() >= 2) joinedSurnames.add(parts.get(parts.size() - 1));
    }
    Map<String, LinkedMention> full = new LinkedHashMap<>();
    for (LinkedMention l : in) {
      if (l.mention().type() == EntityType.PERSON && isFull(l.mention().text()) && !joinedSurnames.contains(l.mention().text())) {
        full.putIfAbsent(l.entityId(), l);
      }
    }
    List<LinkedMention> out = new ArrayList<>();
    for (LinkedMention l : in) {
      Mention m = l.mention();
      // A recognised "place" that is a word of a person's name in the story is that person.
      if (m.type() == EntityType.GPE && l.entityId().startsWith("gpe:") && !isFull(m.text())) {
        LinkedMention target = uniqueContaining(full.values(), m.text());
        if (target != null) {
          Mention asPerson = new Mention(m.span(), m.text(), EntityType.PERSON, m.finder(), null, m.roles(), m.country(), m.titleSpan());
          out.add(new LinkedMention(asPerson, target.entityId(), target.entityName()));
          continue;
        }
      }
      if (m.type() == EntityType.PERSON && (!isFull(m.text()) || joinedSurnames.contains(m.text())) && !kbLinked(l)) {
        LinkedMention target = uniqueContaining(full.values(), m.text());
        if (target != null) {
          out.add(new LinkedMention(m, target.entityId(), target.entityName()));
          continue;
        }
      }
      out.add(l);
    }
    return out;
  }

  /** Lower-case particles of surnames ("de Miguel", "van der", "al-"), which a sentence start capitalises. */
  private static final Set<String> PARTICLES = Set.of("de", "del", "da", "di", "van", "von", "la", "le", "du", "dos", "das");

  /** The family names of {@code lang}'s {@code names.tsv} that open a name ("Nguyễn"), if any. */
  private Set<String> surnames(String lang) {
    return packs.get(lang).flatMap(NameRules::of).map(NameRules::surnames).orElse(Set.of());
  }

  /**
   * Finds more short references: a word of a full name standing alone later in the story. A name
   * that opens with a family name of the story's language ({@code surnames}: "Nguyễn Văn Hùng") is
   * shortened to its last word, the given name, only: its middle word ("Văn") is no reference, and
   * capitalised it opens common words ("Văn phòng", an office).
   */
  private static List<LinkedMention> propagate(String text, List<LinkedMention> linked, Set<String> familyFirst) {
    Map<String, Set<String>> wordToEntities = new HashMap<>();
    Map<String, LinkedMention> byEntity = new HashMap<>();
    for (LinkedMention l : linked) {
      if (l.mention().type() != EntityType.PERSON || !isFull(l.mention().text())) continue;
      byEntity.putIfAbsent(l.entityId(), l);
      if (Names.isHan(l.mention().text())) {
        // Han names recur whole ("黄忠海一行会见了…"); the full name is the word to look for.
        wordToEntities.computeIfAbsent(l.mention().text(), k -> new HashSet<>()).add(l.entityId());
        continue;
      }
      // Short references use the last word (a Vietnamese given name, a surname) or, in names of
      // three words or more, the one before it (the first of two Spanish surnames).
      String[] words = l.mention().text().split("\\s+");
      // The whole name again, where the recogniser missed it ("Mohamed VI y Mubarak, que …").
      if (words.length >= 2) wordToEntities.computeIfAbsent(l.mention().text(), k -> new HashSet<>()).add(l.entityId());
      // A surname with its particle, capitalised where it opens a sentence ("Ramón de Miguel" …
      // "De Miguel invitará a …").
      if (words.length >= 3 && PARTICLES.contains(words[words.length - 2])) {
        String p = words[words.length - 2];
        String surname = Character.toUpperCase(p.charAt(0)) + p.substring(1) + " " + words[words.length - 1];
        wordToEntities.computeIfAbsent(surname, k -> new HashSet<>()).add(l.entityId());
      }
      boolean givenLast = familyFirst.contains(words[0]);
      for (int i = Math.max(1, words.length - (words.length >= 3 && !givenLast ? 2 : 1)); i < words.length; i++) {
        String w = words[i];
        int min = words.length >= 3 && i == words.length - 1 ? 2 : 3;
        if (w.codePointCount(0, w.length()) >= min && Character.isUpperCase(w.codePointAt(0))) {
          wordToEntities.computeIfAbsent(w, k -> new HashSet<>()).add(l.entityId());
        }
      }
    }
    List<LinkedMention> out = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : wordToEntities.entrySet()) {
      if (e.getValue().size() != 1) continue;
      LinkedMention target = byEntity.get(e.getValue().iterator().next());
      String w = e.getKey();
      int from = 0;
      while (true) {
        int i = text.indexOf(w, from);
        if (i < 0) break;
        from = i + w.length();
        Span s = new Span(i, i + w.length());
        if (!Names.isHan(w) && !standsAlone(text, s)) continue;
        boolean covered = false;
        for (LinkedMention l : linked) if (l.mention().fullSpan().overlaps(s)) covered = true;
        for (LinkedMention l : out) if (l.mention().span().overlaps(s)) covered = true;
        if (covered) continue;
        Mention m = new Mention(s, w, EntityType.PERSON, "coref", null, List.of(), null, null);
        out.add(new LinkedMention(m, target.entityId(), target.entityName()));
      }
    }
    return out;
  }

  /** A word that is neither glued to another capitalised word nor inside a longer word. */
  private static boolean standsAlone(String text, Span s) {
    if (s.start() > 0 && Character.isLetterOrDigit(text.charAt(s.start() - 1))) return false;
    if (s.end() < text.length() && Character.isLetterOrDigit(text.charAt(s.end()))) return false;
    int j = s.end();
    if (j + 1 < text.length() && text.charAt(j) == ' ' && Character.isUpperCase(text.charAt(j + 1))) return false;
    int k = s.start() - 1;
    if (k >= 1 && text.charAt(k) == ' ') {
      int w = k - 1;
      while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
      if (w < k && Character.isUpperCase(text.charAt(w))) {
        int before = w - 1;
        while (before >= 0 && text.charAt(before) == ' ') before--;
        boolean sentenceStart = before < 0 || ".!?\n\"“".indexOf(text.charAt(before)) >= 0;
        if (!sentenceStart) return false;
      }
    }
    return true;
  }

  private static boolean kbLinked(LinkedMention l) {
    return !l.entityId().startsWith("person:") || l.mention().kbId() != null;
  }

  private static boolean isFull(String name) {
    if (Names.isHan(name)) return name.codePointCount(0, name.length()) >= 3 || name.contains("·");
    List<String> parts = Names.parts(name);
    // "De Miguel" opening a sentence: a surname with its particle is the short form of "Ramón de Miguel".
    if (parts.size() == 2 && PARTICLES.contains(parts.get(0))) return false;
    return parts.size() >= 2;
  }

  private static @Nullable LinkedMention uniqueContaining(Iterable<LinkedMention> full, String shortName) {
    LinkedMention found = null;
    for (LinkedMention f : full) {
      boolean contains =
          Names.isHan(shortName)
              ? f.mention().text().endsWith(shortName) || f.mention().text().contains(shortName)
              : Names.containsWords(f.mention().text(), shortName)
                  || Names.containsWords(f.entityName(), shortName);
      if (!contains) continue;
      if (found != null && !found.entityId().equals(f.entityId())) return null;
      found = f;
    }
    return found;
  }

  @Override
  public String toString() {
    return "RuleLinker[" + kb.size() + " entries]";
  }
}
