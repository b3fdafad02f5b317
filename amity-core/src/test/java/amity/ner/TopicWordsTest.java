package amity.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import amity.ner.internal.TopicWords;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Topic words: the language files, when a document is about a topic, the form stored in a model. */
class TopicWordsTest {
  private static List<String> words(String s) {
    return Arrays.asList(s.split(" "));
  }

  @Test
  void spanishAndEnglishListSportsWordsAndOtherLanguagesNone() {
    TopicWords es = TopicWords.of(amity.lang.LanguagePacks.bundled().get("es").orElseThrow());
    assertThat(es.topics()).containsExactly("sport");
    assertThat(es.words()).containsKeys("goles", "entrenador", "baloncesto").doesNotContainKey("partido");
    assertThat(TopicWords.of(amity.lang.LanguagePacks.bundled().get("en").orElseThrow()).words()).containsKeys("striker", "league").doesNotContainKey("match");
    assertThat(TopicWords.of(amity.lang.LanguagePacks.bundled().get("vi").orElseThrow()).size()).isZero();
  }

  @Test
  void aDocumentIsAboutATopicWhenOnePercentOfItsTokensAreItsWords() {
    TopicWords es = TopicWords.of(amity.lang.LanguagePacks.bundled().get("es").orElseThrow());
    List<String> filler = Collections.nCopies(99, "x");
    assertThat(es.marks(List.of(filler))).containsExactly(0);
    // 1 word in 100 tokens is 1 %; case does not matter
    assertThat(es.marks(List.of(filler, words("Goles")))).containsExactly(1);
    assertThat(es.marks(List.of(filler, filler, words("gol")))).containsExactly(0); // 1 in 199
    assertThat(es.marks(List.of(words("El Parma marcó dos goles ante el equipo local .")))).containsExactly(1);
    assertThat(TopicWords.NONE.marks(List.of(words("goles")))).isEmpty();
  }

  @Test
  void aListSurvivesWritingAndReadingAndABadIdIsRefused() throws IOException {
    TopicWords t = new TopicWords(List.of("sport", "money"), Map.of("gol", 0, "bolsa", 1));
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    t.write(new DataOutputStream(b));
    assertThat(TopicWords.read(new DataInputStream(new ByteArrayInputStream(b.toByteArray())))).isEqualTo(t);

    ByteArrayOutputStream bad = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(bad);
    d.writeInt(1);
    d.writeUTF("sport");
    d.writeInt(1);
    d.writeUTF("gol");
    d.writeInt(3);
    assertThatThrownBy(() -> TopicWords.read(new DataInputStream(new ByteArrayInputStream(bad.toByteArray()))))
        .isInstanceOf(IOException.class)
        .hasMessage("bad topic id 3 for 'gol'");
  }
}
