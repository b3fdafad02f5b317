package amity.link;

import amity.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Scores entity linking against hand-marked mentions, pairwise: over every pair of gold mentions,
 * a pair is linked when both were found and resolved to one entity. Precision is the share of
 * linked pairs that name one gold entity, recall the share of gold same-entity pairs that were
 * linked. Also reports how many gold mentions were found at all, and for mentions of knowledge-base
 * entries, how many got exactly that entry.
 */
public final class LinkEvaluation {
  /** A hand-marked mention: where, which language, which entity (a KB id or "new:…"). */
  public record Gold(String file, String lang, Span span, String type, String entity) {
    public Gold {
      Objects.requireNonNull(entity, "entity must not be null");
    }
  }

  /** A found mention: where, and the corpus-wide entity it resolved to. */
  public record Found(String file, Span span, String entity) {}

  /** Pairwise counts. */
  public record Pairs(long gold, long linked, long correct) {
    public double precision() {
      return linked == 0 ? 0 : (double) correct / linked;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The report. */
  public record Report(int mentions, int found, int kbMentions, int kbCorrect, Pairs all,
      Pairs crossLanguage, Map<String, Pairs> byLanguage, List<String> details) {
    public String format() {
      StringBuilder b = new StringBuilder();
      b.append(String.format("mentions: gold %d, found %d (%.3f)%n", mentions, found, mentions == 0 ? 0 : (double) found / mentions));
      b.append(String.format("knowledge-base links: %d of %d right (%.3f)%n", kbCorrect, kbMentions, kbMentions == 0 ? 0 : (double) kbCorrect / kbMentions));
      b.append(String.format("pairwise        P %.3f  R %.3f  F1 %.3f  (%d gold pairs)%n", all.precision(), all.recall(), all.f1(), all.gold()));
      b.append(String.format("cross-language  P %.3f  R %.3f  F1 %.3f  (%d gold pairs)%n", crossLanguage.precision(), crossLanguage.recall(), crossLanguage.f1(), crossLanguage.gold()));
      byLanguage.forEach((l, p) -> b.append(String.format("%-15s P %.3f  R %.3f  F1 %.3f  (%d gold pairs)%n", l, p.precision(), p.recall(), p.f1(), p.gold())));
      return b.toString();
    }
  }

  public Report evaluate(List<Gold> gold, List<Found> found) {
    List<@Nullable String> predicted = new ArrayList<>();
    int foundCount = 0;
    int kb = 0;
    int kbOk = 0;
    List<String> details = new ArrayList<>();
    for (Gold g : gold) {
      Found best = null;
      int bestOverlap = 0;
      for (Found f : found) {
        if (!f.file().equals(g.file()) || !f.span().overlaps(g.span())) continue;
        int ov = Math.min(f.span().end(), g.span().end()) - Math.max(f.span().start(), g.span().start());
        if (ov > bestOverlap) {
          bestOverlap = ov;
          best = f;
        }
      }
      predicted.add(best == null ? null : best.entity());
      if (best != null) foundCount++;
      if (!g.entity().startsWith("new:")) {
        kb++;
        if (best != null && best.entity().equals(g.entity())) {
          kbOk++;
        } else {
          details.add("KB " + g.file() + " " + g.span() + " gold " + g.entity() + " got " + (best == null ? "nothing" : best.entity()));
        }
      }
    }
    long[] all = new long[3];
    long[] cross = new long[3];
    Map<String, long[]> byLang = new TreeMap<>();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = i + 1; j < gold.size(); j++) {
        Gold a = gold.get(i);
        Gold b = gold.get(j);
        boolean same = a.entity().equals(b.entity());
        String pa = predicted.get(i);
        String pb = predicted.get(j);
        boolean linked = pa != null && pa.equals(pb);
        long[][] targets = a.lang().equals(b.lang())
            ? new long[][] {all, byLang.computeIfAbsent(a.lang(), k -> new long[3])}
            : new long[][] {all, cross};
        for (long[] t : targets) {
          if (same) t[0]++;
          if (linked) t[1]++;
          if (same && linked) t[2]++;
        }
        if (same && !linked && a.lang().equals(b.lang()) == false && details.size() < 400) {
          details.add("APART " + a.entity() + ": " + a.file() + " " + a.span() + " → " + pa + " | " + b.file() + " " + b.span() + " → " + pb);
        }
        if (!same && linked && details.size() < 400) {
          details.add("JOINED " + pa + ": gold " + a.entity() + " (" + a.file() + ") and " + b.entity() + " (" + b.file() + ")");
        }
      }
    }
    Map<String, Pairs> langs = new TreeMap<>();
    byLang.forEach((l, v) -> langs.put(l, new Pairs(v[0], v[1], v[2])));
    return new Report(gold.size(), foundCount, kb, kbOk, new Pairs(all[0], all[1], all[2]),
        new Pairs(cross[0], cross[1], cross[2]), langs, List.copyOf(details));
  }
}
