package amity.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a CoNLL NER file into documents and writes each as a page.
 *
 * <p>English (CoNLL-2003, Reuters 1996): documents are separated by {@code -DOCSTART-} lines (the
 * file's first document may have none before it); a document opens with its headline and its
 * dateline ("LONDON 1996-08-30"). Spanish (CoNLL-2002, EFE, May 2000) has no document markers: a
 * sentence carrying the agency's dateline ("Madrid , 23 may ( EFE ) .") opens a document, and the
 * page gets that day as a date line above it, with the year the corpus is from.
 *
 * <p>Stateless and thread-safe.
 */
public final class ConllDocuments {
  /** The sentences of one document, each a list of tokens. */
  record Document(List<List<String>> sentences) {}

  private static final Pattern EN_DATELINE = Pattern.compile("^[A-Z][\\p{L} .,'&()/-]{1,60} (\\d{4}-\\d{2}-\\d{2})$");
  private static final Pattern ES_DATELINE = Pattern.compile(
      "(\\d{1,2}) (ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)[a-z]* \\( ?EFE[A-Z]* ?\\)");
  private static final Map<String, Integer> ES_MONTHS = Map.ofEntries(
      Map.entry("ene", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("abr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("ago", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dic", 12));
  /** CoNLL-2002's Spanish part is EFE copy of May 2000 (its documentation). */
  static final int ES_YEAR = 2000;

  private ConllDocuments() {}

  /** Reads sentences (token lists) and document breaks from CoNLL lines: token first, blank lines between sentences. */
  static List<Document> read(BufferedReader in, String lang) throws IOException {
    List<Document> docs = new ArrayList<>();
    List<List<String>> current = new ArrayList<>();
    List<String> sentence = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      String t = line.strip();
      if (t.isEmpty()) {
        if (!sentence.isEmpty()) {
          if (lang.equals("es") && opensEfeDocument(sentence) && !current.isEmpty()) {
            docs.add(new Document(List.copyOf(current)));
            current = new ArrayList<>();
          }
          current.add(List.copyOf(sentence));
          sentence = new ArrayList<>();
        }
        continue;
      }
      if (t.startsWith("-DOCSTART-")) {
        if (!sentence.isEmpty()) current.add(List.copyOf(sentence));
        sentence = new ArrayList<>();
        if (!current.isEmpty()) docs.add(new Document(List.copyOf(current)));
        current = new ArrayList<>();
        continue;
      }
      int sp = indexOfSpace(t);
      sentence.add(sp < 0 ? t : t.substring(0, sp));
    }
    if (!sentence.isEmpty()) {
      if (lang.equals("es") && opensEfeDocument(sentence) && !current.isEmpty()) {
        docs.add(new Document(List.copyOf(current)));
        current = new ArrayList<>();
      }
      current.add(List.copyOf(sentence));
    }
    if (!current.isEmpty()) docs.add(new Document(List.copyOf(current)));
    return docs;
  }

  private static int indexOfSpace(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ' ' || s.charAt(i) == '\t') return i;
    return -1;
  }

  private static boolean opensEfeDocument(List<String> sentence) {
    for (int i = 0; i + 2 < sentence.size(); i++) {
      if (sentence.get(i).equals("(") && sentence.get(i + 1).startsWith("EFE") && sentence.get(i + 2).equals(")")) return true;
    }
    return false;
  }

  /**
   * Writes the documents of one CoNLL file as pages named {@code <prefix>-NNN.txt}, numbered from
   * 1 in file order.
   */
  static void pages(BufferedReader in, String lang, String prefix, String source, Consumer<CorpusPage> out) throws IOException {
    List<Document> docs = read(in, lang);
    String lastDay = null;
    for (int i = 0; i < docs.size(); i++) {
      String name = String.format(Locale.ROOT, "%s-%03d.txt", prefix, i + 1);
      String text;
      if (lang.equals("es")) {
        String day = efeDay(docs.get(i));
        // A dateline without its day ("Mérida (EFE).") is the same day's copy as the item before.
        if (day != null) lastDay = day;
        text = spanishPage(docs.get(i), lastDay);
      } else {
        text = englishPage(docs.get(i));
      }
      if (!text.isBlank()) out.accept(new CorpusPage(name, lang, source + "#" + (i + 1), text));
    }
  }

  private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

  /**
   * Headline, byline, dateline, each a block of its own, then one paragraph a sentence. The
   * dateline is the first of the opening lines to end in a date; a place and a date cut into two
   * lines ("FARMINGTON HILLS, Mich." / "1996-08-30") are joined again.
   */
  static String englishPage(Document d) {
    StringBuilder b = new StringBuilder();
    List<String> lines = new ArrayList<>();
    for (List<String> s : d.sentences()) lines.add(Detokenizer.join(s));
    int dateline = -1;
    for (int i = 0; i < Math.min(5, lines.size()); i++) {
      if (EN_DATELINE.matcher(lines.get(i)).matches()) {
        dateline = i;
        break;
      }
      if (i > 0 && ISO_DATE.matcher(lines.get(i)).matches()) {
        lines.set(i - 1, lines.get(i - 1) + " " + lines.get(i));
        lines.remove(i);
        dateline = i - 1;
        break;
      }
    }
    int body = 0;
    for (int i = 0; i <= dateline; i++) b.append(lines.get(i)).append("\n\n");
    body = dateline + 1;
    appendParagraphs(b, lines.subList(body, lines.size()));
    return b.toString();
  }

  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;\"')\\]]$");
  private static final Pattern ENDS_LOWER = Pattern.compile("(.*\\s)?\\p{Ll}[\\p{L}'-]*$|.*,$");

  /**
   * One paragraph a sentence. CoNLL-2003 keeps the wire's line breaks, so a "sentence" may be a
   * line cut mid-sentence ("… defend the Ashes in" / "a six-test series …"): a fragment that ends
   * without a full stop and with a lower-case word or a comma, or is followed by one that starts
   * in lower case, runs on. Table rows ("May 13 Arrive in London") stay lines of their own.
   */
  static void appendParagraphs(StringBuilder b, List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      b.append(line);
      boolean runsOn = i + 1 < lines.size() && !ENDS_SENTENCE.matcher(line).matches()
          && (ENDS_LOWER.matcher(line).matches() || Character.isLowerCase(lines.get(i + 1).codePointAt(0)));
      b.append(runsOn ? ' ' : '\n');
    }
  }

  /** {@return the day of the document's dateline as an ISO date, or null when it names none} */
  static String efeDay(Document d) {
    if (d.sentences().isEmpty()) return null;
    Matcher m = ES_DATELINE.matcher(String.join(" ", d.sentences().get(0)));
    if (!m.find()) return null;
    return String.format(Locale.ROOT, "%04d-%02d-%02d", ES_YEAR, ES_MONTHS.get(m.group(2)), Integer.parseInt(m.group(1)));
  }

  /** The day as a date line, the dateline, then one paragraph a sentence ("-" separators left out). */
  static String spanishPage(Document d, String day) {
    StringBuilder b = new StringBuilder();
    if (day != null) b.append(day).append("\n\n");
    boolean first = true;
    List<String> body = new ArrayList<>();
    for (List<String> s : d.sentences()) {
      String line = Detokenizer.join(s);
      if (line.equals("-")) continue;
      if (first) {
        b.append(line).append("\n\n");
        first = false;
        continue;
      }
      body.add(line);
    }
    appendParagraphs(b, body);
    return b.toString();
  }
}
