package amity.ingest;

import amity.decode.DecodeException;
import amity.model.DateValue;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import amity.time.MetadataDates;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jspecify.annotations.Nullable;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, read with Rome: each item with a description or content
 * becomes an HTML document named {@code file#item-N} (N counts items from 1), with the item's
 * title, link and publication date as metadata and the feed's language as its language.
 *
 * <p>Design decision: the dates are read from the XML as written rather than from Rome's {@code
 * Date}, which loses the publisher's offset and would move a Hanoi morning to the previous UTC
 * day. A feed is parsed whole, so it is refused above the document limit; Rome parses without
 * DOCTYPEs or external entities.
 */
final class FeedReader implements DocumentReader {
  private static final List<String> DATE_ELEMENTS = List.of("pubDate", "published", "date", "issued", "updated", "modified");

  private final String name;
  private final InputStream in;
  private final ReadLimits limits;
  private final Consumer<ReadProblem> problems;
  private final boolean gzipped;
  private @Nullable List<RawDocument> items;
  private int next;

  FeedReader(String name, InputStream in, ReadLimits limits, Consumer<ReadProblem> problems, boolean gzipped) {
    this.name = name;
    this.in = in;
    this.limits = limits;
    this.problems = problems;
    this.gzipped = gzipped;
  }

  /** Rome's parser settings (no DOCTYPE, no external entities), for parsing the XML ourselves. */
  private static final class SecureInput extends WireFeedInput {
    SAXBuilder saxBuilder() {
      return createSAXBuilder();
    }
  }

  @Override
  public Optional<RawDocument> next() throws IOException {
    if (items == null) items = readAll();
    return next < items.size() ? Optional.of(items.get(next++)) : Optional.empty();
  }

  private List<RawDocument> readAll() throws IOException {
    byte[] bytes = Streams.readWhole(in, name, limits, gzipped);
    SecureInput input = new SecureInput();
    Document xml;
    SyndFeed feed;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
      xml = input.saxBuilder().build(reader);
    } catch (JDOMException e) {
      throw new DecodeException(name, "not an RSS or Atom feed (" + Streams.oneLine(e.getMessage()) + ")", e);
    }
    try {
      feed = new SyndFeedImpl(input.build(xml));
    } catch (FeedException | IllegalArgumentException e) {
      String root = xml.getRootElement().getQualifiedName();
      throw new DecodeException(name, "not an RSS or Atom feed (root element <" + root + ">)", e);
    }
    List<String> rawDates = rawDates(xml);
    List<SyndEntry> entries = feed.getEntries();
    String lang = Metadata.language(feed.getLanguage());
    List<RawDocument> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry e = entries.get(i);
      String file = name + "#item-" + (i + 1);
      SyndContent content = content(e);
      if (content == null) continue; // a title and a link only: nothing to read
      boolean plain = content.getType() != null && content.getType().toLowerCase(Locale.ROOT).matches("text(/plain)?");
      DateValue published = null;
      if (rawDates.size() == entries.size() && rawDates.get(i) != null) {
        published = MetadataDates.parse(rawDates.get(i)).orElse(null);
      }
      if (published == null) {
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        if (d != null) published = MetadataDates.ofInstant(d.toInstant());
      }
      SourceMeta meta =
          new SourceMeta(
              plain ? SourceMeta.TEXT : SourceMeta.HTML,
              Metadata.blankToNull(e.getLink()),
              StandardCharsets.UTF_8.name(),
              published,
              Metadata.blankToNull(e.getTitle()),
              lang);
      out.add(new RawDocument(file, content.getValue().getBytes(StandardCharsets.UTF_8), meta));
    }
    if (out.isEmpty()) {
      problems.accept(new ReadProblem(name, entries.isEmpty() ? "feed has no items" : "no item has a description or content"));
    }
    return out;
  }

  /** The fullest text an entry has: its content, else its description. */
  private static @Nullable SyndContent content(SyndEntry e) {
    SyndContent best = null;
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank() && (best == null || c.getValue().length() > best.getValue().length())) {
        best = c;
      }
    }
    if (best != null) return best;
    SyndContent d = e.getDescription();
    return d != null && d.getValue() != null && !d.getValue().isBlank() ? d : null;
  }

  /** The date each item or entry carries as written, in document order. */
  private static List<String> rawDates(Document xml) {
    List<String> out = new ArrayList<>();
    collect(xml.getRootElement(), out);
    return out;
  }

  private static void collect(Element e, List<String> out) {
    for (Element c : e.getChildren()) {
      String n = c.getName();
      if (n.equals("item") || n.equals("entry")) {
        String found = null;
        for (String want : DATE_ELEMENTS) {
          for (Element d : c.getChildren()) {
            if (d.getName().equals(want) && !d.getTextTrim().isEmpty()) {
              found = d.getTextTrim();
              break;
            }
          }
          if (found != null) break;
        }
        out.add(found);
      } else {
        collect(c, out);
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
