package amity.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.model.DateValue;
import amity.model.EntityType;
import amity.testkit.Analyze;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
  private final KnowledgeBase kb = Analyze.kb();

  @Test
  void everyCountryHasItsNameInTheFourLanguages() {
    long countries = kb.entries().stream().filter(e -> "country".equals(e.kind())).count();
    assertThat(countries).isGreaterThan(240);
    KbEntry cu = kb.get("country:CU").orElseThrow();
    assertThat(cu.namesIn("zh")).contains("古巴");
    assertThat(cu.namesIn("vi")).contains("Cuba");
    assertThat(cu.demonyms().get("es")).contains("cubano", "cubana");
    assertThat(kb.byName("Việt Nam")).extracting(KbEntry::id).contains("country:VN");
    assertThat(kb.byName("Viet Nam")).extracting(KbEntry::id).contains("country:VN");
  }

  @Test
  void citiesOfCldrTimeZonesAddTheirCountryWhereTheFilesLackThem() {
    KbEntry detroit = kb.get("city:us/detroit").orElseThrow();
    assertThat(detroit.country()).isEqualTo("US");
    assertThat(detroit.namesIn("zh")).containsExactly("底特律");
    assertThat(kb.byName("Ceuta")).extracting(KbEntry::country).containsExactly("ES");
    // A city the files name already stays one entry.
    assertThat(kb.byName("Karachi")).hasSize(1);
    // Left out: a sub-name in every language, Antarctica's stations, a surname, a name mostly of
    // another place, a two-character Han name, a common word.
    assertThat(kb.get("city:us/knox")).isEmpty();
    assertThat(kb.byName("印第安纳州诺克斯")).isEmpty();
    assertThat(kb.byName("McMurdo")).isEmpty();
    assertThat(kb.byName("Darwin")).isEmpty();
    assertThat(kb.byName("奥克兰")).isEmpty();
    assertThat(kb.byName("卡宴")).isEmpty();
    assertThat(kb.byName("Christmas")).isEmpty();
    assertThat(kb.byName("Auckland")).extracting(KbEntry::country).containsExactly("NZ");
  }

  @Test
  void aShareOfPeopleCanBeWithheldAndTheRestStays() {
    long people = kb.entries().stream().filter(e -> e.type() == EntityType.PERSON).count();
    KnowledgeBase half = KnowledgeBase.builder().withholdPeople(50).addBundled().build();
    KnowledgeBase none = KnowledgeBase.builder().withholdPeople(100).addBundled().build();
    long halfPeople = half.entries().stream().filter(e -> e.type() == EntityType.PERSON).count();
    assertThat(halfPeople).isBetween(people / 3, people * 2 / 3);
    assertThat(none.entries().stream().noneMatch(e -> e.type() == EntityType.PERSON)).isTrue();
    // Countries, bodies and places stay; the share is the same on every run.
    assertThat(none.size()).isEqualTo(kb.size() - people);
    assertThat(KnowledgeBase.builder().withholdPeople(50).addBundled().build().entries())
        .extracting(KbEntry::id).containsExactlyElementsOf(half.entries().stream().map(KbEntry::id).toList());
    assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.builder().withholdPeople(101));
  }

  @Test
  void officeHoldersChangeOverTime() {
    assertThat(kb.holders("president", "VN", DateValue.parse("2021-07-27"))).extracting(KbEntry::id)
        .containsExactly("person:vn/nguyen-xuan-phuc");
    assertThat(kb.holders("president", "VN", DateValue.parse("2025-04-15"))).extracting(KbEntry::id)
        .containsExactly("person:vn/luong-cuong");
  }

  @Test
  void userFilesAddEntriesAndBadLinesNameTheLine() throws Exception {
    String ok = "{\"id\":\"org:test/agency\",\"type\":\"ORG\",\"name\":\"Test Agency\",\"names\":{\"en\":[\"TA\"]},\"country\":\"VN\",\"source\":\"test\"}\n";
    KnowledgeBase k = KnowledgeBase.builder().read(new ByteArrayInputStream(ok.getBytes(StandardCharsets.UTF_8)), "mine.jsonl").build();
    assertThat(k.get("org:test/agency").orElseThrow().type()).isEqualTo(EntityType.ORG);
    String bad = "// comment\n{\"id\":\"x\",\"type\":\"PERSON\",\"name\":\"X\",\"colour\":\"red\"}\n";
    KbFormatException e = assertThrows(KbFormatException.class,
        () -> KnowledgeBase.builder().read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "mine.jsonl"));
    assertThat(e.getMessage()).isEqualTo("mine.jsonl:2: Unknown parameters: [colour]");
  }
}
