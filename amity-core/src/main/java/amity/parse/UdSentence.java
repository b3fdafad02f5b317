package amity.parse;

import amity.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * A sentence with a gold tree, as a Universal Dependencies treebank gives it (or carried over to
 * other tokens of its text).
 *
 * @param id the sentence's id ({@code sent_id}), or its number in the file
 * @param text the sentence's text
 * @param forms the words
 * @param upos the part of speech of each word
 * @param heads the head of each word: 0 for the root, else the 1-based index of another word
 * @param relations the relation of each word to its head, as the treebank writes it ({@code
 *     obl:tmod})
 * @param spans where each word stands in {@code text} (the words of a multiword token, such as
 *     Spanish "del" = de + el, share its span), or empty when the words could not be found in the
 *     text
 */
public record UdSentence(
    String id, String text, List<String> forms, List<String> upos, List<Integer> heads, List<String> relations, List<Span> spans) {
  public UdSentence {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(text, "text must not be null");
    forms = List.copyOf(forms);
    upos = List.copyOf(upos);
    heads = List.copyOf(heads);
    relations = List.copyOf(relations);
    spans = List.copyOf(spans);
    int n = forms.size();
    if (upos.size() != n || heads.size() != n || relations.size() != n || (!spans.isEmpty() && spans.size() != n)) {
      throw new IllegalArgumentException("sentence " + id + ": columns differ in length: " + n + " forms, " + upos.size()
          + " parts of speech, " + heads.size() + " heads, " + relations.size() + " relations, " + spans.size() + " spans");
    }
    for (int i = 0; i < n; i++) {
      int h = heads.get(i);
      if (h < 0 || h > n || h == i + 1) throw new IllegalArgumentException("sentence " + id + ": bad head " + h + " of word " + (i + 1));
    }
  }

  /** {@return the number of words} */
  public int size() {
    return forms.size();
  }

  /** {@return the heads as an array indexed 1..n (index 0 unused)} */
  int[] headArray() {
    int[] h = new int[size() + 1];
    for (int i = 0; i < size(); i++) h[i + 1] = heads.get(i);
    return h;
  }
}
