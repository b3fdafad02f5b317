package amity.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConlluTest {
  // our own sentences, in the shape of UD Spanish (a multiword token) and English (no # text)
  static final String SAMPLE = """
      # sent_id = s1
      # text = El presidente del Gobierno dijo que visitará Cuba.
      1\tEl\tel\tDET\t_\t_\t2\tdet\t_\t_
      2\tpresidente\tpresidente\tNOUN\t_\t_\t6\tnsubj\t_\t_
      3-4\tdel\t_\t_\t_\t_\t_\t_\t_\t_
      3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_
      4\tel\tel\tDET\t_\t_\t5\tdet\t_\t_
      5\tGobierno\tgobierno\tPROPN\t_\t_\t2\tnmod\t_\t_
      6\tdijo\tdecir\tVERB\t_\t_\t0\troot\t_\t_
      7\tque\tque\tSCONJ\t_\t_\t8\tmark\t_\t_
      8\tvisitará\tvisitar\tVERB\t_\t_\t6\tccomp\t_\t_
      9\tCuba\tCuba\tPROPN\t_\t_\t8\tobj\t_\tSpaceAfter=No
      10\t.\t.\tPUNCT\t_\t_\t6\tpunct\t_\t_

      1\tKohl\tKohl\tPROPN\t_\t_\t3\tnmod:poss\t_\tSpaceAfter=No
      2\t's\t's\tPART\t_\t_\t1\tcase\t_\t_
      3\tvisit\tvisit\tNOUN\t_\t_\t0\troot\t_\t_
      3.1\tgone\tgo\tVERB\t_\t_\t_\t_\t3:conj\t_
      """;

  static List<UdSentence> sample() throws IOException {
    return Conllu.read(new BufferedReader(new StringReader(SAMPLE)), "sample");
  }

  @Test
  void wordsAreFoundInTheText() throws IOException {
    List<UdSentence> s = sample();
    assertThat(s).hasSize(2);
    UdSentence es = s.get(0);
    assertThat(es.id()).isEqualTo("s1");
    assertThat(es.forms()).containsExactly("El", "presidente", "de", "el", "Gobierno", "dijo", "que", "visitará", "Cuba", ".");
    assertThat(es.heads()).containsExactly(2, 6, 5, 5, 2, 0, 8, 6, 8, 6);
    // the words of "del" share its span
    assertThat(es.spans().get(2)).isEqualTo(new Span(14, 17)).isEqualTo(es.spans().get(3));
    assertThat(es.spans().get(9).of(es.text())).isEqualTo(".");
  }

  @Test
  void aSentenceWithoutTextGetsOneFromItsForms() throws IOException {
    UdSentence en = sample().get(1);
    assertThat(en.id()).isEqualTo("2");
    assertThat(en.text()).isEqualTo("Kohl's visit");
    assertThat(en.size()).as("the empty node 3.1 is skipped").isEqualTo(3);
    assertThat(en.spans()).containsExactly(new Span(0, 4), new Span(4, 6), new Span(7, 12));
  }

  @Test
  void badLinesAreNamed() {
    IOException e = assertThrows(IOException.class,
        () -> Conllu.read(new BufferedReader(new StringReader("1\tword\n")), "bad.conllu"));
    assertThat(e).hasMessageStartingWith("bad.conllu:1:");
  }
}
