package amity.event.extract;

import static amity.event.extract.RealPages.iso;
import static org.assertj.core.api.Assertions.assertThat;

import amity.event.Forms;
import amity.model.Event;
import amity.model.Span;
import amity.model.Status;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The date bank ({@code amity/real-gold/date-bank.tsv}): real sentences of corpus pages in no gold
 * split or in the tune half, and undated sentences of the MSRA sample ({@code msra:N}), each with a contact event and a date phrase, read by hand as
 * EVENTS-GUIDE.md says before amity ran on them. The bank holds page names, offsets and the
 * expected dates, never the text: the pages are read from {@code ../shared/data} at test time.
 * A row is read right when an event amity finds in that sentence, of the row's class and tense,
 * carries the expected date; a row where amity finds no such event is not scored for its date.
 */
class DateBankRealTest {
  /**
   * The share of found rows dated as the bank says, below which the test fails: 114 of 119 reached
   * (main before issue 19's date work: 109 of 120).
   */
  static final double FLOOR = 0.95;

  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  /**
   * The share of the unseen batch's found rows ({@code unseen-dates3}, marked on pages no rule had
   * been fitted to) dated as the bank says, below which the test fails: 7 of 7 reached (the rows of
   * events amity keeps; most of the batch's events are domestic, which the gate drops).
   */
  static final double UNSEEN_FLOOR = 0.85;

  /**
   * As {@link #UNSEEN_FLOOR}, for the unseen batch's rows read at the readings, before the gate:
   * 58 of 68 read rows dated right before the dates3 fixes, 64 of 68 after.
   */
  static final double UNSEEN_READINGS_FLOOR = 0.94;

  /**
   * As {@link #UNSEEN_READINGS_FLOOR}, for the story-level batch ({@code unseen-dates4}): 13 of 20
   * read rows dated right before the lead's day and the starting visit, 14 of 20 after.
   */
  static final double STORY_READINGS_FLOOR = 0.70;

  record Row(String page, Span sentence, String eventClass, boolean planned, String expected, String why, String batch) {}

  static List<Row> bank() throws IOException {
    InputStream in = DateBankRealTest.class.getClassLoader().getResourceAsStream("amity/real-gold/date-bank.tsv");
    if (in == null) throw new IllegalStateException("date-bank.tsv is missing from the test resources");
    List<Row> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("#") || line.isBlank()) continue;
        String[] f = line.split("\t", -1);
        out.add(new Row(f[0], new Span(Integer.parseInt(f[1]), Integer.parseInt(f[2])), f[3], Boolean.parseBoolean(f[4]),
            f[5].isEmpty() ? "null" : f[5], f[6], f.length > 7 ? f[7] : ""));
      }
    }
    return out;
  }

  /** {@return the dates amity gives the row's events: those of its class and tense told in its sentence} */
  static List<String> read(Row row) {
    List<String> out = new ArrayList<>();
    for (var story : page(row.page()).analysis().stories()) {
      for (Event e : story.events()) {
        if (!row.eventClass().equals(Forms.eventClass(e.form())) || (e.status() == Status.PLANNED) != row.planned()) continue;
        if (e.sources().stream().anyMatch(s -> s.span().overlaps(row.sentence()))) out.add(iso(e.date()));
      }
    }
    return out;
  }

  /**
   * {@return the dates amity's steps give the row's readings: those of its class and tense told in
   * its sentence, before consolidation and the actor gate} Most rows of the unseen batch tell
   * events the gate rightly drops (domestic meetings, companies' signings): their dates are still
   * the dater's work, read on sentences no rule was fitted to.
   */
  static List<String> readDates(Row row) {
    List<String> out = new ArrayList<>();
    for (Reading r : page(row.page()).readings()) {
      if (!row.eventClass().equals(Forms.eventClass(r.form())) || r.planned() != row.planned()) continue;
      if (r.sources().stream().anyMatch(s -> s.span().overlaps(row.sentence()))) out.add(iso(r.date()));
    }
    return out;
  }

  /**
   * {@return a corpus page by its name, or a sentence of the MSRA sample ({@code zh/msra-val-3000},
   * People's Daily, undated) as a page of its own: {@code msra:N} is its line N, counted from 0}
   */
  static RealPages.RealPage page(String name) {
    if (!name.startsWith("msra:")) return RealPages.page(name);
    try {
      List<String> lines = java.nio.file.Files.readAllLines(RealPages.MSRA, StandardCharsets.UTF_8);
      return RealPages.msra(lines.get(Integer.parseInt(name.substring(5))).replace(" ", ""));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theBankIsDatedAsReadByHand() throws IOException {
    List<Row> bank = bank();
    assertThat(share(bank.stream().filter(r -> r.batch().isEmpty()).toList(), "first rows")).isGreaterThanOrEqualTo(FLOOR);
    assertThat(share(bank.stream().filter(r -> r.batch().equals("unseen-dates3")).toList(), "unseen-dates3"))
        .isGreaterThanOrEqualTo(UNSEEN_FLOOR);
  }

  /**
   * The dater on the unseen batch read at the readings, before the gate: a row is scored when the
   * steps read an event of its class and tense in its sentence.
   */
  @Test
  void theUnseenBatchsReadingsAreDatedAsReadByHand() throws IOException {
    assertThat(readingsShare("unseen-dates3")).isGreaterThanOrEqualTo(UNSEEN_READINGS_FLOOR);
  }

  /**
   * The story-level batch ({@code unseen-dates4}): events told without a date phrase of their own,
   * whose date the story gives elsewhere or does not, read at the readings, before the gate.
   */
  @Test
  void theStoryLevelBatchsReadingsAreDatedAsReadByHand() throws IOException {
    assertThat(readingsShare("unseen-dates4")).isGreaterThanOrEqualTo(STORY_READINGS_FLOOR);
  }

  /** {@return the share of a batch's rows read at the readings that are dated as the bank says}, printing the misses */
  static double readingsShare(String batch) throws IOException {
    List<Row> rows = bank().stream().filter(r -> r.batch().equals(batch)).toList();
    int found = 0;
    int right = 0;
    for (Row row : rows) {
      List<String> got = readDates(row);
      if (got.isEmpty()) {
        System.out.println("  no such reading: " + row.page() + " " + row.sentence() + " " + row.eventClass() + (row.planned() ? " planned" : ""));
        continue;
      }
      found++;
      if (got.contains(row.expected())) right++;
      else System.out.println("  reading " + row.page() + " " + row.sentence() + " " + row.eventClass() + (row.planned() ? " planned" : "")
          + " expected " + row.expected() + " got " + got + " (" + row.why() + ")");
    }
    System.out.println("date bank, " + batch + " readings: " + right + " of " + found + " read rows dated right (" + rows.size() + " rows)");
    assertThat(found).isPositive();
    return (double) right / found;
  }

  /** {@return the share of the rows amity finds that it dates as the bank says}, printing the misses */
  static double share(List<Row> rows, String name) {
    int found = 0;
    int right = 0;
    List<String> wrong = new ArrayList<>();
    List<String> unfound = new ArrayList<>();
    for (Row row : rows) {
      List<String> got = read(row);
      if (got.isEmpty()) {
        unfound.add(row.page() + " " + row.sentence() + " " + row.eventClass() + (row.planned() ? " planned" : ""));
        continue;
      }
      found++;
      if (got.contains(row.expected())) right++;
      else wrong.add(row.page() + " " + row.sentence() + " " + row.eventClass() + " expected " + row.expected() + " got " + got + " (" + row.why() + ")");
    }
    System.out.println("date bank, " + name + ": " + right + " of " + found + " found rows dated right (" + rows.size() + " rows)");
    wrong.forEach(w -> System.out.println("  " + w));
    unfound.forEach(w -> System.out.println("  no such event: " + w));
    assertThat(found).isPositive();
    return (double) right / found;
  }
}
