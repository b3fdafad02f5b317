package amity.decode;

import amity.model.DateValue;
import amity.time.MetadataDates;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What a page says about itself outside its text: the publication date (meta tags, strongest
 * first; then JSON-LD's and microdata's datePublished; then a {@code time} element), the
 * {@code og:title} and the canonical URL.
 *
 * @param published the publication date, when any of those gives one
 * @param ogTitle the {@code og:title}
 * @param url the {@code og:url}, else the canonical link
 * @param description the longer of the description and {@code og:description} meta tags
 */
record PageHead(@Nullable DateValue published, @Nullable String ogTitle, @Nullable String url, @Nullable String description) {
  /** Meta tags that give the publication date, strongest first (names lower-cased). */
  private static final List<String> PUBLISHED_META =
      List.of(
          "article:published_time",
          "og:published_time",
          "datepublished",
          "pubdate",
          "publishdate",
          "publish-date",
          "parsely-pub-date",
          "dc.date.issued",
          "dcterms.created",
          "date");

  private static final Pattern JSON_LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");


  /** Reads {@code doc} as parsed, scripts still in it. */
  static PageHead read(Document doc) {
    String url = Optional.ofNullable(attr(doc, "meta[property=og:url]", "content")).orElse(attr(doc, "link[rel=canonical]", "href"));
    String description = attr(doc, "meta[name=description]", "content");
    String og = attr(doc, "meta[property=og:description]", "content");
    if (og != null && (description == null || og.length() > description.length())) description = og;
    return new PageHead(published(doc), attr(doc, "meta[property=og:title]", "content"), url, description);
  }

  /** The first publication date the head's meta tags give, in the order of {@link #PUBLISHED_META}. */
  private static @Nullable DateValue published(Document doc) {
    DateValue best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Element meta : doc.getElementsByTag("meta")) {
      String key = meta.hasAttr("property") ? meta.attr("property") : meta.hasAttr("itemprop") ? meta.attr("itemprop") : meta.attr("name");
      int rank = PUBLISHED_META.indexOf(key.toLowerCase(Locale.ROOT));
      if (rank < 0 || rank >= bestRank) continue;
      Optional<DateValue> d = MetadataDates.parse(meta.attr("content"));
      if (d.isPresent()) {
        best = d.get();
        bestRank = rank;
      }
    }
    if (best != null) return best;
    // Structured data: JSON-LD's datePublished, then microdata's.
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Matcher m = JSON_LD_PUBLISHED.matcher(script.data());
      if (m.find()) {
        Optional<DateValue> d = MetadataDates.parse(m.group(1));
        if (d.isPresent()) return d.get();
      }
    }
    for (Element e : doc.select("[itemprop=datePublished]")) {
      String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
      Optional<DateValue> d = MetadataDates.parse(v);
      if (d.isPresent()) return d.get();
    }
    // The first time element with a machine-readable date (a selector list would give the same
    // first element, after testing every element's ancestors).
    Element first = null;
    for (Element time : doc.getElementsByTag("time")) {
      if (!time.hasAttr("datetime")) continue;
      if (first == null) first = time;
      if (time.hasAttr("pubdate") || time.closest("article, main") != null) { first = time; break; }
    }
    return first == null ? null : MetadataDates.parse(first.attr("datetime")).orElse(null);
  }

  private static @Nullable String attr(Document doc, String query, String attr) {
    Element e = doc.selectFirst(query);
    if (e == null) return null;
    String v = e.attr(attr).strip();
    return v.isEmpty() ? null : v;
  }
}
