package amity.event;

import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.link.Names;
import amity.model.Actor;
import amity.model.DocumentAnalysis;
import amity.model.Event;
import amity.model.Evidence;
import amity.model.LinkedMention;
import amity.model.Span;
import amity.model.Status;
import amity.model.StoryAnalysis;
import amity.text.Fold;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Scores extracted events against hand-marked ones.
 *
 * <p>A gold event and an extracted event match when they are on one page, of one {@link
 * Forms#eventClass class} (visit, meeting, call, agreement, aid), and one of the extracted event's
 * sentences overlaps the gold sentence or, failing that, they share an actor; each is matched at
 * most once.
 * Over matched pairs it scores the exact form, type, date (start and end), planned status,
 * actors (a gold actor is found when an extracted actor's name, or the knowledge-base entry the
 * gold name denotes, is the same person or body) and countries. Merging is scored over pairs of
 * gold events that report the same real event ({@code same_as}): how many such pairs end in one
 * merged event, and how many merged pairs are right.
 */
public final class EventEvaluation {
  /**
   * One hand-marked event.
   *
   * @param file file name (no folder)
   * @param span the sentence in the document text
   */
  public record Gold(
      String file,
      String type,
      String form,
      boolean planned,
      @Nullable String date,
      @Nullable String dateEnd,
      List<String> actors,
      List<String> countries,
      @Nullable String sameAs,
      Span span) {
    public Gold {
      Objects.requireNonNull(file, "file must not be null");
      actors = List.copyOf(actors);
      countries = List.copyOf(countries);
    }
  }

  /** Detection counts for one class, language or form. */
  public record Counts(String key, int gold, int predicted, int matchedGold, int matchedPredicted) {
    public double precision() {
      return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) matchedGold / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * The whole report.
   *
   * @param dateAccuracy share of matched events whose date and end date are the gold ones
   * @param datedAccuracy the same over matched events the gold dates
   */
  public record Report(
      int gold,
      int predicted,
      int matched,
      double formAccuracy,
      double typeAccuracy,
      double dateAccuracy,
      double datedAccuracy,
      double plannedAccuracy,
      double actorRecall,
      double actorPrecision,
      double countryRecall,
      double countryPrecision,
      double mergeRecall,
      double mergePrecision,
      List<Counts> byClass,
      List<Counts> byLanguage,
      List<String> details) {
    public double precision() {
      return predicted == 0 ? 0 : (double) matched / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** {@return the counts of one language, or empty counts} */
    public Counts language(String lang) {
      return byLanguage.stream().filter(c -> c.key().equals(lang)).findFirst().orElse(new Counts(lang, 0, 0, 0, 0));
    }

    /** {@return the report as a text table} */
    public String format() {
      StringBuilder b = new StringBuilder();
      b.append(String.format("events: gold %d, extracted %d, matched %d%n", gold, predicted, matched));
      b.append(String.format("detection  P %.3f  R %.3f  F1 %.3f%n", precision(), recall(), f1()));
      b.append(String.format("on matched pairs: form %.3f  type %.3f  date %.3f (gold-dated %.3f)  planned %.3f%n",
          formAccuracy, typeAccuracy, dateAccuracy, datedAccuracy, plannedAccuracy));
      b.append(String.format("actors     P %.3f  R %.3f%n", actorPrecision, actorRecall));
      b.append(String.format("countries  P %.3f  R %.3f%n", countryPrecision, countryRecall));
      b.append(String.format("merging (pairs of reports of one event)  P %.3f  R %.3f%n", mergePrecision, mergeRecall));
      b.append(String.format("%-22s %5s %5s %7s %7s %7s%n", "class / language", "gold", "extr", "P", "R", "F1"));
      for (Counts f : byClass) {
        b.append(String.format("%-22s %5d %5d %7.3f %7.3f %7.3f%n", f.key(), f.gold(), f.predicted(), f.precision(), f.recall(), f.f1()));
      }
      for (Counts f : byLanguage) {
        b.append(String.format("%-22s %5d %5d %7.3f %7.3f %7.3f%n", f.key(), f.gold(), f.predicted(), f.precision(), f.recall(), f.f1()));
      }
      return b.toString();
    }
  }

  /**
   * Reads a gold file: one JSON object a line with file, type, form, planned, date, date_end,
   * actors, countries, same_as, and the sentence — its text, or start and end offsets into the
   * decoded page. Pages not in {@code pages} are reported to {@code warnings} and skipped.
   *
   * @param pages analysed pages by file name
   * @throws IllegalArgumentException naming the line when a sentence is not in its page
   */
  public static List<Gold> readGold(
      java.io.BufferedReader in, String source, Map<String, amity.model.DocumentAnalysis> pages,
      java.util.function.Consumer<String> warnings) throws java.io.IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    List<Gold> out = new ArrayList<>();
    String line;
    int no = 0;
    while ((line = in.readLine()) != null) {
      no++;
      if (line.isBlank()) continue;
      com.fasterxml.jackson.databind.JsonNode n = json.readTree(line);
      String file = n.get("file").asText();
      amity.model.DocumentAnalysis a = pages.get(file);
      if (a == null) {
        warnings.accept(source + ":" + no + ": page " + file + " was not given; skipped");
        continue;
      }
      Span span;
      if (n.hasNonNull("sentence")) {
        String sentence = n.get("sentence").asText();
        int at = bodyOccurrence(a, sentence);
        if (at < 0) throw new IllegalArgumentException(source + ":" + no + ": sentence not found in " + file);
        span = new Span(at, at + sentence.length());
      } else {
        span = new Span(n.get("start").asInt(), n.get("end").asInt());
      }
      List<String> actors = new ArrayList<>();
      n.path("actors").forEach(x -> actors.add(x.asText()));
      List<String> countries = new ArrayList<>();
      n.path("countries").forEach(x -> countries.add(x.asText()));
      String form = n.get("form").asText();
      String type = n.hasNonNull("type") ? n.get("type").asText() : Forms.type(form);
      out.add(new Gold(file, type, form, n.path("planned").asBoolean(false),
          text(n, "date"), text(n, "date_end"), actors, countries, text(n, "same_as"), span));
    }
    return out;
  }

  /** The sentence where it stands in body text; a headline may repeat it word for word. */
  private static int bodyOccurrence(amity.model.DocumentAnalysis a, String sentence) {
    String text = a.document().text();
    int first = text.indexOf(sentence);
    for (int at = first; at >= 0; at = text.indexOf(sentence, at + 1)) {
      int pos = at;
      boolean body = a.page().lines().stream()
          .anyMatch(l -> l.kind() == amity.model.LineKind.BODY && l.span().start() <= pos && pos < l.span().end());
      if (body) return at;
    }
    return first;
  }

  private static @Nullable String text(com.fasterxml.jackson.databind.JsonNode n, String key) {
    com.fasterxml.jackson.databind.JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private final KnowledgeBase kb;
  private final Map<String, Set<String>> namesByEntity;

  /**
   * Scores with the knowledge base and the names each entity went by in the analysed stories (an
   * actor named "Ernesto Lorenzo Pujol" is the gold "埃内斯托·洛伦索" when a story wrote him so).
   */
  public EventEvaluation(KnowledgeBase kb, Collection<DocumentAnalysis> analyses) {
    this.kb = kb;
    Map<String, Set<String>> names = new HashMap<>();
    for (DocumentAnalysis a : analyses) {
      for (StoryAnalysis s : a.stories()) {
        for (LinkedMention m : s.mentions()) names.computeIfAbsent(m.entityId(), k -> new HashSet<>()).add(m.mention().text());
      }
    }
    this.namesByEntity = names;
  }

  /**
   * Scores {@code predicted} (events read story by story, keyed by file name) against {@code gold}.
   *
   * <p>Only contact events count: a predicted event whose form has no {@link Forms#eventClass
   * class} (a letter, a message) is left out. On each page a gold event is matched to a predicted
   * one of its class, each at most once: first where a source sentence overlaps the gold sentence,
   * then, for the rest, where a predicted actor is a gold actor (the same event told in another
   * sentence of the page).
   *
   * @param langs the language of each file, for the breakdown by language
   * @param merged the same events after corpus-wide merging, for the merge score
   */
  public Report evaluate(List<Gold> allGold, Map<String, List<Event>> predicted, List<Event> merged, Map<String, String> langs) {
    // Letters, messages and statements of support are no contact events: the gold's are left out too.
    List<Gold> gold = allGold.stream().filter(g -> Forms.eventClass(g.form()) != null).toList();
    Map<String, List<Gold>> goldByFile = new TreeMap<>();
    for (Gold g : gold) goldByFile.computeIfAbsent(g.file(), k -> new ArrayList<>()).add(g);
    Map<String, List<Event>> counted = new TreeMap<>();
    predicted.forEach((f, es) -> counted.put(f, es.stream().filter(e -> Forms.eventClass(e.form()) != null).toList()));
    Map<Gold, Event> pairs = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, List<Gold>> f : goldByFile.entrySet()) {
      List<Event> candidates = counted.getOrDefault(f.getKey(), List.of());
      Set<Event> used = new HashSet<>();
      for (int pass = 0; pass < 2; pass++) {
        for (Gold g : f.getValue()) {
          if (pairs.containsKey(g)) continue;
          Event best = null;
          int bestScore = 0;
          for (Event e : candidates) {
            if (used.contains(e) || !Objects.equals(Forms.eventClass(g.form()), Forms.eventClass(e.form()))) continue;
            boolean overlaps = e.sources().stream().anyMatch(s -> fileName(s.file()).equals(g.file()) && s.span().overlaps(g.span()));
            int actors = (int) g.actors().stream().filter(a -> e.actors().stream().anyMatch(x -> samePerson(a, x))).count();
            if (pass == 0 ? !overlaps : actors == 0) continue;
            int score = 1 + actors * 2 + (e.form().equals(g.form()) ? 1 : 0);
            if (score > bestScore) {
              bestScore = score;
              best = e;
            }
          }
          if (best != null) {
            pairs.put(g, best);
            used.add(best);
          }
        }
      }
    }
    Set<Event> matchedEvents = new HashSet<>(pairs.values());
    int n = pairs.size();
    int formOk = 0;
    int typeOk = 0;
    int dateOk = 0;
    int dated = 0;
    int datedOk = 0;
    int plannedOk = 0;
    int goldActors = 0;
    int foundActors = 0;
    int predActors = 0;
    int rightActors = 0;
    int goldCountries = 0;
    int foundCountries = 0;
    int predCountries = 0;
    int rightCountries = 0;
    List<String> details = new ArrayList<>();
    for (Map.Entry<Gold, Event> p : pairs.entrySet()) {
      Gold g = p.getKey();
      Event e = p.getValue();
      if (g.form().equals(e.form())) formOk++;
      if (g.type().equals(e.type())) typeOk++;
      String date = e.date() == null ? null : e.date().start().iso();
      String end = e.date() == null || e.date().end() == null ? null : e.date().end().iso();
      boolean dateRight = Objects.equals(g.date(), date) && Objects.equals(g.dateEnd(), end);
      if (dateRight) dateOk++;
      if (g.date() != null) {
        dated++;
        if (dateRight) datedOk++;
      }
      if (g.planned() == (e.status() == Status.PLANNED)) plannedOk++;
      goldActors += g.actors().size();
      for (String a : g.actors()) if (e.actors().stream().anyMatch(x -> samePerson(a, x))) foundActors++;
      predActors += e.actors().size();
      for (Actor x : e.actors()) if (g.actors().stream().anyMatch(a -> samePerson(a, x))) rightActors++;
      goldCountries += g.countries().size();
      predCountries += e.countries().size();
      for (String c : g.countries()) if (e.countries().contains(c)) foundCountries++;
      for (String c : e.countries()) if (g.countries().contains(c)) rightCountries++;
      if (!dateRight) {
        details.add("DATE " + g.file() + " " + g.form() + " gold " + g.date() + ".." + g.dateEnd() + " got " + date + ".." + end
            + (g.planned() ? " (planned)" : ""));
      }
      if (g.planned() != (e.status() == Status.PLANNED)) details.add("PLANNED " + g.file() + " " + g.form() + " gold " + g.planned() + " :: " + e.sources().get(0).sentence());
      if (!g.form().equals(e.form())) details.add("FORM " + g.file() + " gold " + g.form() + " got " + e.form());
      for (String a : g.actors()) {
        if (e.actors().stream().noneMatch(x -> samePerson(a, x))) {
          details.add("ACTOR-MISSED " + g.file() + " " + g.form() + " " + a + " in " + e.actors().stream().map(Actor::name).toList());
        }
      }
      for (Actor x : e.actors()) {
        if (g.actors().stream().noneMatch(a -> samePerson(a, x))) details.add("ACTOR-EXTRA " + g.file() + " " + g.form() + " " + x.name() + " vs " + g.actors());
      }
    }
    double[] merge = mergeScores(pairs, merged, details);
    for (Gold g : gold) {
      if (!pairs.containsKey(g)) details.add("MISSED " + g.file() + " " + g.form() + (g.planned() ? " (planned)" : "") + " " + g.date() + " " + g.actors());
    }
    for (Map.Entry<String, List<Event>> f : counted.entrySet()) {
      for (Event e : f.getValue()) {
        if (!matchedEvents.contains(e)) {
          details.add("SPURIOUS " + f.getKey() + " " + e.form() + " " + e.actors().stream().map(Actor::name).toList()
              + " :: " + e.sources().get(0).sentence());
        }
      }
    }
    Map<String, int[]> classes = new TreeMap<>();
    Map<String, int[]> languages = new TreeMap<>();
    for (String c : Forms.CLASSES) classes.put(c, new int[4]);
    for (Gold g : gold) {
      classes.get(Forms.eventClass(g.form()))[0]++;
      languages.computeIfAbsent(langs.getOrDefault(g.file(), "und"), k -> new int[4])[0]++;
      if (pairs.containsKey(g)) {
        classes.get(Forms.eventClass(g.form()))[2]++;
        languages.get(langs.getOrDefault(g.file(), "und"))[2]++;
      }
    }
    int predictedCount = 0;
    for (Map.Entry<String, List<Event>> f : counted.entrySet()) {
      for (Event e : f.getValue()) {
        predictedCount++;
        int[] c = classes.get(Forms.eventClass(e.form()));
        int[] l = languages.computeIfAbsent(langs.getOrDefault(f.getKey(), "und"), k -> new int[4]);
        c[1]++;
        l[1]++;
        if (matchedEvents.contains(e)) {
          c[3]++;
          l[3]++;
        }
      }
    }
    List<Counts> byClass = new ArrayList<>();
    for (String c : Forms.CLASSES) {
      int[] v = classes.get(c);
      byClass.add(new Counts(c, v[0], v[1], v[2], v[3]));
    }
    List<Counts> byLanguage = new ArrayList<>();
    languages.forEach((k, v) -> byLanguage.add(new Counts(k, v[0], v[1], v[2], v[3])));
    return new Report(gold.size(), predictedCount, n, ratio(formOk, n), ratio(typeOk, n), ratio(dateOk, n),
        ratio(datedOk, dated), ratio(plannedOk, n), ratio(foundActors, goldActors), ratio(rightActors, predActors),
        ratio(foundCountries, goldCountries), ratio(rightCountries, predCountries), merge[0], merge[1], byClass,
        byLanguage, List.copyOf(details));
  }

  /** Scores with every file's language unknown. */
  public Report evaluate(List<Gold> gold, Map<String, List<Event>> predicted, List<Event> merged) {
    return evaluate(gold, predicted, merged, Map.of());
  }

  /** {@return merge recall and precision over pairs of matched gold events} */
  private static String key(Evidence s, String form) {
    return s.doc() + "|" + s.span().start() + "|" + Forms.family(form);
  }

  private static String describe(Event e) {
    return e.form() + " " + (e.date() == null ? null : e.date().start().iso() + (e.date().end() == null ? "" : ".." + e.date().end().iso()))
        + " " + e.actors().stream().map(Actor::entity).toList();
  }

  private static double[] mergeScores(Map<Gold, Event> pairs, List<Event> merged, List<String> unmerged) {
    // One sentence can report events of several families (talks during a visit): key by both.
    // One sentence can also tell two events of one family ("paid a courtesy call on A and met
    // B"): a reading then belongs to the merged event that holds most of its actors.
    Map<String, List<Integer>> groupsOf = new HashMap<>();
    for (int i = 0; i < merged.size(); i++) {
      for (Evidence s : merged.get(i).sources()) {
        List<Integer> l = groupsOf.computeIfAbsent(key(s, merged.get(i).form()), k -> new ArrayList<>());
        if (!l.contains(i)) l.add(i);
      }
    }
    java.util.function.Function<Event, Integer> groupOf = e -> {
      List<Integer> l = groupsOf.get(key(e.sources().get(0), e.form()));
      if (l == null) return null;
      Integer best = null;
      int bestScore = -1;
      for (int i : l) {
        Event m = merged.get(i);
        int score = 0;
        for (Actor a : e.actors()) if (m.actors().stream().anyMatch(x -> x.entity().equals(a.entity()))) score += 2;
        if (m.form().equals(e.form())) score++;
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      return best;
    };
    List<Map.Entry<Gold, Event>> list = new ArrayList<>(pairs.entrySet());
    int goldPairs = 0;
    int goldPairsMerged = 0;
    int mergedPairs = 0;
    int mergedPairsRight = 0;
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        Gold a = list.get(i).getKey();
        Gold b = list.get(j).getKey();
        if (a.file().equals(b.file())) continue; // merging across stories is what is scored
        Event ea = list.get(i).getValue();
        Event eb = list.get(j).getValue();
        Integer ga = groupOf.apply(ea);
        Integer gb = groupOf.apply(eb);
        boolean same = a.sameAs() != null && a.sameAs().equals(b.sameAs());
        boolean together = ga != null && ga.equals(gb);
        if (same) {
          goldPairs++;
          if (together) {
            goldPairsMerged++;
          } else {
            unmerged.add("UNMERGED " + a.sameAs() + ": " + describe(list.get(i).getValue()) + " | " + describe(list.get(j).getValue()));
          }
        }
        if (together) {
          mergedPairs++;
          if (same) {
            mergedPairsRight++;
          } else {
            unmerged.add("OVERMERGED " + a.sameAs() + " / " + b.sameAs() + ": " + describe(ea) + " | " + describe(eb));
          }
        }
      }
    }
    return new double[] {ratio(goldPairsMerged, goldPairs), ratio(mergedPairsRight, mergedPairs)};
  }

  private boolean samePerson(String goldName, Actor a) {
    if (Fold.same(goldName, a.name())) return true;
    if (Names.parts(goldName).size() >= 2 && (Names.containsWords(a.name(), goldName) || Names.containsWords(goldName, a.name()))) {
      return true;
    }
    for (KbEntry e : kb.byName(goldName)) if (e.id().equals(a.entity())) return true;
    for (String n : namesByEntity.getOrDefault(a.entity(), Set.of())) if (Fold.same(n, goldName)) return true;
    return kb.get(a.entity()).map(e -> e.allNames().stream().anyMatch(n -> Fold.same(n, goldName))).orElse(false);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static String fileName(String path) {
    int i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return i < 0 ? path : path.substring(i + 1);
  }
}
