package amity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The models shipped as resources load and find the names in a real news sentence. */
class ShippedModelsTest {
  private static List<String> names(String lang, String text) {
    NerMentionFinder finder = new NerMentionFinder(List.of(Models.bundled(lang).orElseThrow()));
    return finder.find(NerMentionFinderTest.story(text, lang)).stream()
        .map(m -> m.type() + ":" + m.text())
        .toList();
  }

  @Test
  void english() {
    NerModel m = Models.bundled("en").orElseThrow();
    assertThat(m.lang()).isEqualTo("en");
    assertThat(m.types()).containsExactly("PER", "LOC", "ORG", "MISC");
    assertThat(m.tag(List.of("Cuban", "President", "Miguel", "Díaz-Canel", "met", "Vietnamese", "Prime", "Minister", "Phạm", "Minh", "Chính", "in", "Hanoi", ".")))
        .containsExactly("B-MISC", "O", "B-PER", "I-PER", "O", "B-MISC", "O", "O", "B-PER", "I-PER", "I-PER", "O", "B-LOC", "O");
    assertThat(names("en", "Cuban President Miguel Díaz-Canel met Vietnamese Prime Minister Phạm Minh Chính in Hanoi."))
        .containsExactly("PERSON:Miguel Díaz-Canel", "PERSON:Phạm Minh Chính", "GPE:Hanoi");
  }

  @Test
  void spanish() {
    assertThat(names("es", "El presidente cubano Miguel Díaz-Canel se reunió con el primer ministro vietnamita, Phạm Minh Chính, en Hanói."))
        .containsExactly("PERSON:Miguel Díaz-Canel", "PERSON:Phạm Minh Chính", "GPE:Hanói");
  }

  @Test
  void spanishReadsATownAsAClubInASportsStoryAndAsAPlaceElsewhere() {
    NerModel m = Models.bundled("es").orElseThrow();
    assertThat(m.topics().topics()).containsExactly("sport");
    List<List<String>> sport = List.of(
        words("El Parma ganó la final de la copa ante el Valencia por dos goles a uno ."),
        words("El entrenador del Parma dijo que su equipo jugó mejor en la segunda parte ."));
    List<List<String>> city = List.of(
        words("El alcalde de Valencia inauguró un hospital en el centro de la ciudad ."),
        words("La obra costó doce millones de euros , según el gobierno regional ."));
    assertThat(m.tagDocument(sport).get(0)).startsWith("O", "B-ORG").element(10).isEqualTo("B-ORG");
    assertThat(m.tagDocument(city).get(0)).element(3).isEqualTo("B-LOC");
  }

  private static List<String> words(String s) {
    return List.of(s.split(" "));
  }

  @Test
  void chinese() {
    assertThat(names("zh", "新华社北京3月5日电，国务院总理李强在人民大会堂作政府工作报告。"))
        .contains("ORG:新华社", "GPE:北京", "PERSON:李强");
    assertThat(names("zh", "古巴国家主席迪亚斯-卡内尔在河内会见了越南总理范明政。")).contains("GPE:古巴", "GPE:越南");
  }

  @Test
  void noVietnameseModelIsShipped() {
    assertThat(Models.bundled("vi")).isEmpty();
    assertThat(Mention.class).isNotNull();
  }
}
