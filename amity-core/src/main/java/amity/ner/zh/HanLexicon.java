package amity.ner.zh;

import com.ibm.icu.impl.ICUBinary;
import com.ibm.icu.util.BytesTrie;
import com.ibm.icu.util.CharsTrie;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * The Chinese and Japanese word list behind ICU's dictionary segmentation, for looking up every
 * word that starts at a character rather than only the ones the best segmentation picks. ICU
 * exposes the list only to its break iterators, so this reads the same data file the way ICU's
 * {@code DictionaryData} does (an ICU binary header, eight indexes, then a {@link CharsTrie}).
 * Immutable and thread-safe: each lookup walks its own trie cursor.
 */
public final class HanLexicon {
  private static final int DATA_FORMAT = 0x44696374; // "Dict"
  private static final int INDEX_COUNT = 8;
  private static final int TRIE_TYPE_UCHARS = 1;

  private static final HanLexicon ICU = load("brkitr/cjdict.dict");

  private static final char FIRST_HAN = '\u4E00';
  private static final char LAST_HAN = '\u9FFF';

  private final String trie;
  // the trie's root branches on thousands of characters, the slowest step of a lookup: the state
  // after each Han character is kept (null when no word starts with it)
  private final CharsTrie.State[] afterFirst;

  private HanLexicon(String trie) {
    this.trie = trie;
    this.afterFirst = new CharsTrie.State[LAST_HAN - FIRST_HAN + 1];
    CharsTrie t = new CharsTrie(trie, 0);
    for (int i = 0; i < afterFirst.length; i++) {
      if (t.first(FIRST_HAN + i).hasNext()) {
        afterFirst[i] = new CharsTrie.State();
        t.saveState(afterFirst[i]);
      }
    }
  }

  /** {@return the word list ICU segments Chinese with} */
  public static HanLexicon icu() {
    return ICU;
  }

  private static HanLexicon load(String item) {
    try {
      ByteBuffer bytes = ICUBinary.getRequiredData(item);
      ICUBinary.readHeader(bytes, DATA_FORMAT, null);
      int[] index = new int[INDEX_COUNT];
      for (int i = 0; i < INDEX_COUNT; i++) index[i] = bytes.getInt();
      int offset = index[0];
      ICUBinary.skipBytes(bytes, offset - 4 * INDEX_COUNT);
      if ((index[4] & 7) != TRIE_TYPE_UCHARS) throw new IOException(item + ": not a UChars trie");
      int size = index[3] - offset;
      return new HanLexicon(ICUBinary.getString(bytes, size / 2, size & 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes into {@code lengths} the lengths (in characters, at least 2, at most {@code max}) of the
   * words of the list that start at {@code from} in {@code text}, shortest first.
   *
   * @return how many were written
   */
  public int wordsAt(CharSequence text, int from, int max, int[] lengths) {
    CharsTrie t = new CharsTrie(trie, 0);
    char c = text.charAt(from);
    BytesTrie.Result r;
    if (c >= FIRST_HAN && c <= LAST_HAN) {
      CharsTrie.State state = afterFirst[c - FIRST_HAN];
      if (state == null) return 0;
      t.resetToState(state);
      r = BytesTrie.Result.NO_VALUE;
    } else {
      r = t.first(c);
    }
    int found = 0;
    int end = Math.min(text.length(), from + max);
    for (int i = from + 1; i < end && r.hasNext() && found < lengths.length; i++) {
      r = t.next(text.charAt(i));
      if (r.hasValue()) lengths[found++] = i + 1 - from;
    }
    return found;
  }
}
