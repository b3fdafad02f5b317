package amity.ner.internal;

import amity.lang.LanguagePack;
import amity.lang.PackFile;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words that mark what a document is about, read from a language's {@code topics.tsv} (a lower-case
 * word, a tab, a topic). A sports story calls clubs and national teams by their towns and
 * countries ("el Parma", "Brasil goleó"), which a tagger reading one sentence takes for places; how
 * much of a document is sports vocabulary lets a second stage learn that sense. The list a model was
 * trained with is stored in the model, so that a later edit of the file cannot change its features.
 *
 * @param topics the topic names, in the order of their ids
 * @param words each word's topic id
 */
public record TopicWords(List<String> topics, Map<String, Integer> words) {
  /** No topics: a document gives no topic features. */
  public static final TopicWords NONE = new TopicWords(List.of(), Map.of());

  /**
   * Share of a document's tokens from which it is about a topic. Finer bins of the share (0.5, 1,
   * 2 %) scored lower on Spanish dev: they split the few sports stories of the training data.
   */
  private static final double SHARE = 0.01;

  public TopicWords {
    topics = List.copyOf(topics);
    words = Map.copyOf(words);
    for (int t : words.values()) {
      if (t < 0 || t >= topics.size()) throw new IllegalArgumentException("topic id " + t + " of " + topics.size());
    }
  }

  /** {@return the topic words of a pack's {@code topics.tsv}, or none} */
  public static TopicWords of(LanguagePack pack) {
    List<String> topics = new ArrayList<>();
    Map<String, Integer> words = new HashMap<>();
    for (String[] row : pack.rows(PackFile.TOPICS)) {
      int id = topics.indexOf(row[1]);
      if (id < 0) {
        id = topics.size();
        topics.add(row[1]);
      }
      words.put(row[0].toLowerCase(Locale.ROOT), id);
    }
    return new TopicWords(topics, words);
  }

  /**
   * {@return for each topic, 1 when at least 1 % of the document's tokens are its words, else 0}
   */
  public int[] marks(List<List<String>> document) {
    int[] counts = new int[topics.size()];
    if (counts.length == 0) return counts;
    int tokens = 0;
    for (List<String> sentence : document) {
      for (String token : sentence) {
        tokens++;
        Integer t = words.get(token.toLowerCase(Locale.ROOT));
        if (t != null) counts[t]++;
      }
    }
    int[] marks = new int[counts.length];
    for (int t = 0; t < counts.length; t++) marks[t] = counts[t] > 0 && counts[t] >= SHARE * tokens ? 1 : 0;
    return marks;
  }

  /** Writes the list; {@link #read} reads it back. */
  public void write(DataOutput out) throws IOException {
    out.writeInt(topics.size());
    for (String t : topics) out.writeUTF(t);
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(words.entrySet());
    // sorted, so that the same list always writes the same bytes
    sorted.sort(Map.Entry.comparingByKey());
    out.writeInt(sorted.size());
    for (Map.Entry<String, Integer> e : sorted) {
      out.writeUTF(e.getKey());
      out.writeInt(e.getValue());
    }
  }

  /**
   * Reads a list written by {@link #write}.
   *
   * @throws IOException when the counts or ids are out of range
   */
  public static TopicWords read(DataInput in) throws IOException {
    int nt = in.readInt();
    if (nt < 0 || nt > 64) throw new IOException("bad topic count " + nt);
    List<String> topics = new ArrayList<>(nt);
    for (int i = 0; i < nt; i++) topics.add(in.readUTF());
    int nw = in.readInt();
    if (nw < 0 || nw > 1 << 20) throw new IOException("bad topic word count " + nw);
    Map<String, Integer> words = new HashMap<>();
    for (int i = 0; i < nw; i++) {
      String w = in.readUTF();
      int t = in.readInt();
      if (t < 0 || t >= nt) throw new IOException("bad topic id " + t + " for '" + w + "'");
      words.put(w, t);
    }
    return new TopicWords(topics, words);
  }

  /** {@return the number of topics} */
  public int size() {
    return topics.size();
  }
}
