package amity.export;

import amity.model.Actor;
import amity.model.DateValue;
import amity.model.EntityIds;
import amity.model.Event;
import amity.model.Evidence;
import amity.model.Role;
import amity.store.EventFilter;
import amity.store.Store;
import amity.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Events in the column order of the GDELT 2.0 event table (61 tab-separated columns, no header),
 * so scripts written for GDELT read them. What amity does not know stays empty; the README lists
 * where the values differ from GDELT's (ids are amity's, dates keep their precision with 00 for
 * unknown month or day, geography holds ISO codes and names, no coordinates). Not thread-safe.
 */
final class Gdelt {
  static final int COLUMNS = 61;

  private Gdelt() {}

  static long write(Store store, Writer w) throws StoreException {
    long[] n = {0};
    List<Event> batch = new ArrayList<>();
    try {
      store.events().forEach(EventFilter.ALL, Integer.MAX_VALUE, 0, e -> {
        batch.add(e);
        if (batch.size() == 1000) flush(store, batch, w, n);
      });
      flush(store, batch, w, n);
    } catch (UncheckedIOException e) {
      throw new StoreException("cannot write: " + e.getCause().getMessage(), e.getCause());
    }
    return n[0];
  }

  private static void flush(Store store, List<Event> batch, Writer w, long[] n) {
    try {
      Map<String, String> urls = Exporter.urls(store, batch);
      for (Event e : batch) {
        w.write(String.join("\t", row(e, urls)));
        w.write('\n');
        n[0]++;
      }
      batch.clear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> row(Event e, Map<String, String> urls) {
    String[] c = new String[COLUMNS];
    java.util.Arrays.fill(c, "");
    c[0] = e.id();
    DateValue d = e.date() == null ? null : e.date().start();
    if (d != null && d.year() != null) {
      String y = String.format("%04d", d.year());
      String m = d.month() == null ? "00" : String.format("%02d", d.month());
      String day = d.day() == null ? "00" : String.format("%02d", d.day());
      c[1] = y + m + day;
      c[2] = y + m;
      c[3] = y;
      double frac = d.month() == null ? 0 : ((d.month() - 1) * 30.4 + (d.day() == null ? 0 : d.day())) / 365.0;
      c[4] = String.format(java.util.Locale.ROOT, "%.4f", d.year() + frac);
    }
    List<Actor> actors = e.actors();
    List<Actor> sources = actors.stream().filter(a -> a.role() == Role.SOURCE).toList();
    Actor a1 = !sources.isEmpty() ? sources.get(0) : actors.isEmpty() ? null : actors.get(0);
    Actor a2 = actors.stream().filter(a -> a != a1).findFirst().orElse(null);
    actor(c, 5, a1, e);
    actor(c, 15, a2, e);
    c[25] = "1";
    c[26] = e.cameo();
    c[27] = e.cameo().length() >= 3 ? e.cameo().substring(0, 3) : e.cameo();
    c[28] = e.cameo().length() >= 2 ? e.cameo().substring(0, 2) : e.cameo();
    c[29] = quadClass(c[28]);
    c[31] = Integer.toString(e.sources().size());
    Set<String> files = new LinkedHashSet<>();
    Set<String> docs = new LinkedHashSet<>();
    for (Evidence s : e.sources()) {
      files.add(s.file());
      docs.add(s.doc());
    }
    c[32] = Integer.toString(files.size());
    c[33] = Integer.toString(docs.size());
    if (e.location() != null) {
      c[51] = "4";
      c[52] = e.location().name();
      c[53] = EntityIds.isCountry(e.location().entity()) ? EntityIds.countryCode(e.location().entity()) : "";
      c[58] = e.location().entity();
    }
    if (!e.sources().isEmpty()) {
      String doc = e.sources().get(0).doc();
      c[60] = urls.getOrDefault(doc, e.sources().get(0).file());
    }
    for (int i = 0; i < c.length; i++) c[i] = c[i].replace('\t', ' ').replace('\n', ' ');
    return List.of(c);
  }

  private static void actor(String[] c, int at, Actor a, Event e) {
    if (a == null) return;
    String country = EntityIds.countryCode(a.entity());
    if (country == null && e.countries().size() == 1) country = e.countries().get(0);
    String iso3 = Exporter.alpha3(country);
    c[at] = iso3;
    c[at + 1] = a.name();
    c[at + 2] = iso3;
  }

  /** {@return GDELT's QuadClass for a CAMEO root code} 1 verbal cooperation … 4 material conflict. */
  static String quadClass(String root) {
    if (!root.matches("\\d\\d")) return "";
    int r = Integer.parseInt(root);
    if (r <= 5) return "1";
    if (r <= 8) return "2";
    if (r <= 13) return "3";
    return "4";
  }
}
