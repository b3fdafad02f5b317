package amity.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProfileLanguageIdentifierTest {
  private final ProfileLanguageIdentifier id = new ProfileLanguageIdentifier();

  @Test
  void theFourPipelineLanguages() {
    assertThat(id.identify("The two leaders agreed to expand cooperation in agriculture and energy.")).isEqualTo("en");
    assertThat(id.identify("Hai nhà lãnh đạo nhất trí mở rộng hợp tác trong lĩnh vực nông nghiệp và năng lượng.")).isEqualTo("vi");
    assertThat(id.identify("两国领导人同意扩大农业和能源领域的合作。")).isEqualTo("zh");
    assertThat(id.identify("Los dos líderes acordaron ampliar la cooperación en agricultura y energía.")).isEqualTo("es");
  }

  @Test
  void aNameHeavyEnglishSentenceIsEnglish() {
    assertThat(id.identify("Cuban President Miguel Diaz-Canel met General Secretary To Lam in Hanoi.")).isEqualTo("en");
  }

  @Test
  void otherLanguagesAreReportedAsThemselves() {
    assertThat(id.identify("Les deux dirigeants ont convenu de renforcer la coopération dans le domaine de l'énergie.")).isEqualTo("fr");
    assertThat(id.identify("両国の首脳は農業とエネルギー分野での協力拡大で合意した。")).isEqualTo("ja");
    assertThat(id.identify("양국 정상은 농업과 에너지 분야 협력 확대에 합의했다.")).isEqualTo("ko");
  }

  @Test
  void nothingToTellIsUndetermined() {
    assertThat(id.identify("")).isEqualTo("und");
    assertThat(id.identify("12345 !!!")).isEqualTo("und");
  }
}
