package amity.link;

import static org.assertj.core.api.Assertions.assertThat;

import amity.lang.LanguagePacks;
import amity.model.LinkedMention;
import amity.testkit.Analyze;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleLinkerTest {
  private static List<LinkedMention> linked(String text) {
    return Analyze.mentions(Analyze.text(text));
  }

  private static String idOf(List<LinkedMention> ms, String surface) {
    return ms.stream().filter(m -> m.mention().text().equals(surface)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + ms)).entityId();
  }

  @Test
  void shortReferencesJoinTheFullName() {
    List<LinkedMention> ms = linked(
        "Deputy Minister of Foreign Trade Yamila Fuentes Carrasco welcomed the ship. "
            + "Minister Yamila said the cargo would reach three provinces. Fuentes Carrasco thanked the crew.");
    String full = idOf(ms, "Yamila Fuentes Carrasco");
    assertThat(idOf(ms, "Yamila")).isEqualTo(full);
    assertThat(ms.stream().filter(m -> m.entityId().equals(full))).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void twoPeopleSharingASurnameStayApart() {
    List<LinkedMention> ms = linked(
        "General Secretary Raúl Castro recalled the visit of President Fidel Castro in 1973. Castro said the ties were strong.");
    String raul = idOf(ms, "Raúl Castro");
    String fidel = idOf(ms, "Fidel Castro");
    assertThat(raul).isNotEqualTo(fidel);
    // A recogniser may find the lone "Castro"; it must join neither of the two.
    assertThat(ms).filteredOn(m -> m.mention().text().equals("Castro"))
        .allMatch(m -> !m.entityId().equals(raul) && !m.entityId().equals(fidel));
  }

  @Test
  void knowledgeBaseLinksAcrossScriptsAndSpellings() {
    String a = idOf(linked("General Secretary To Lam met the delegation."), "To Lam");
    String b = idOf(linked("Tổng Bí thư Tô Lâm tiếp đoàn."), "Tô Lâm");
    String c = idOf(linked("越共中央总书记苏林会见代表团。"), "苏林");
    assertThat(a).isEqualTo("person:vn/to-lam").isEqualTo(b).isEqualTo(c);
  }

  @Test
  void aHanNameWhoseReadingFoldsLikeAVietnameseNameButNotItsTonesIsNotThatPerson() {
    // 素林 (Surin, a Thai name) reads Tố Lâm in Sino-Vietnamese: folded it is "to lam", Tô Lâm's
    // name (苏林), but the tones differ; a name written without marks says nothing of tones.
    assertThat(idOf(linked("泰国外长素林会见代表团。"), "素林")).isNotEqualTo("person:vn/to-lam");
    assertThat(new Readings(LanguagePacks.bundled()).tonesAgree("苏林", List.of("To Lam", "Tô Lâm"))).isTrue();
    assertThat(new Readings(LanguagePacks.bundled()).tonesAgree("素林", List.of("To Lam", "Tô Lâm"))).isFalse();
    assertThat(new Readings(LanguagePacks.bundled()).tonesAgree("素林", List.of("To Lam"))).isTrue();
  }

  @Test
  void aNameInParenthesesLinksTheTransliteration() {
    List<LinkedMention> ms = linked("墨西哥总统克劳迪娅·辛鲍姆(Claudia Sheinbaum)会见古巴外长。");
    assertThat(idOf(ms, "克劳迪娅·辛鲍姆")).isEqualTo(Analyze.kb().byName("Claudia Sheinbaum").get(0).id());
  }

  @Test
  void thePersonAndTheCityAreDifferentEntities() {
    List<LinkedMention> ms = linked("Đoàn đại biểu Thành phố Hồ Chí Minh đặt hoa tại tượng đài Chủ tịch Hồ Chí Minh.");
    assertThat(idOf(ms, "Thành phố Hồ Chí Minh")).isNotEqualTo(idOf(ms, "Hồ Chí Minh"));
  }

  @Test
  void theSurnameOfATransliteratedNameJoinsIt() {
    List<LinkedMention> ms = linked("哈瓦那省副省长埃内斯托·洛伦索会见了越南代表团。双方签署了合作备忘录。洛伦索希望越南企业扩大在古巴的投资。");
    assertThat(idOf(ms, "洛伦索")).isEqualTo(idOf(ms, "埃内斯托·洛伦索"));
    // a three-character Chinese name is still a full name of its own
    List<LinkedMention> two = linked("越南国家主席梁强会见了古巴代表团。黄忠海也出席了会见。");
    assertThat(idOf(two, "黄忠海")).isNotEqualTo(idOf(two, "梁强"));
  }
}
