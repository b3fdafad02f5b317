package amity.kb;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DateValue;
import amity.model.EntityType;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WikidataImportTest {
  /** A dump in Wikidata's shape, written for this test: an array, one entity a line. */
  private static final String DUMP = String.join("\n",
      "[",
      "{\"type\":\"item\",\"id\":\"Q881\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Vietnam\"},\"zh\":{\"language\":\"zh\",\"value\":\"越南\"}},"
          + "\"claims\":{\"P31\":[" + item("P31", "Q6256") + "],\"P297\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P297\",\"datavalue\":{\"value\":\"VN\",\"type\":\"string\"}}}]}},",
      "{\"type\":\"item\",\"id\":\"Q9000\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"President of Vietnam\"}},"
          + "\"claims\":{\"P1001\":[" + item("P1001", "Q881") + "]}},",
      "{\"type\":\"item\",\"id\":\"Q777\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Tran Van Minh\"},\"vi\":{\"language\":\"vi\",\"value\":\"Trần Văn Minh\"},"
          + "\"zh-hans\":{\"language\":\"zh-hans\",\"value\":\"陈文明\"}},\"aliases\":{\"en\":[{\"language\":\"en\",\"value\":\"Minh Tran\"}]},"
          + "\"claims\":{\"P31\":[" + item("P31", "Q5") + "],\"P27\":[" + item("P27", "Q881") + "],"
          + "\"P39\":[{\"mainsnak\":" + snak("P39", "Q9000") + ",\"qualifiers\":{"
          + "\"P580\":[{\"datavalue\":{\"value\":{\"time\":\"+2031-04-05T00:00:00Z\",\"precision\":11},\"type\":\"time\"}}],"
          + "\"P582\":[{\"datavalue\":{\"value\":{\"time\":\"+2036-00-00T00:00:00Z\",\"precision\":9},\"type\":\"time\"}}]}}]}},",
      "{\"type\":\"item\",\"id\":\"Q555\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"A singer\"}},\"claims\":{\"P31\":[" + item("P31", "Q5") + "]}},",
      "this line is broken,",
      "{\"type\":\"item\",\"id\":\"Q1858\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Hanoi\"},\"vi\":{\"language\":\"vi\",\"value\":\"Hà Nội\"}},"
          + "\"claims\":{\"P31\":[" + item("P31", "Q5119") + "],\"P17\":[" + item("P17", "Q881") + "]}}",
      "]");

  private static String snak(String p, String q) {
    return "{\"snaktype\":\"value\",\"property\":\"" + p + "\",\"datavalue\":{\"value\":{\"entity-type\":\"item\",\"id\":\"" + q + "\"},\"type\":\"wikibase-entityid\"}}";
  }

  private static String item(String p, String q) {
    return "{\"mainsnak\":" + snak(p, q) + ",\"type\":\"statement\"}";
  }

  @Test
  void officeHoldersCountriesAndCitiesBecomeKbLinesTheLoaderAccepts() throws Exception {
    StringWriter out = new StringWriter();
    List<String> warnings = new ArrayList<>();
    WikidataImport.Counts c = new WikidataImport().run(
        () -> new ByteArrayInputStream(DUMP.getBytes(StandardCharsets.UTF_8)), out, "test dump", warnings::add);
    assertThat(c.people()).as("the singer holds no position and is left out").isEqualTo(1);
    assertThat(c.countries()).isEqualTo(1);
    assertThat(c.cities()).isEqualTo(1);
    assertThat(warnings).containsExactly("line 6: not a JSON entity, skipped");

    KnowledgeBase kb = KnowledgeBase.builder()
        .read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "imported.jsonl").build();
    KbEntry p = kb.get("wd:Q777").orElseThrow();
    assertThat(p.type()).isEqualTo(EntityType.PERSON);
    assertThat(p.country()).isEqualTo("VN");
    assertThat(p.namesIn("vi")).containsExactly("Trần Văn Minh");
    assertThat(p.namesIn("zh")).containsExactly("陈文明");
    assertThat(p.namesIn("en")).contains("Tran Van Minh", "Minh Tran");
    Role r = p.roles().get(0);
    assertThat(r.role()).isEqualTo("president");
    assertThat(r.country()).isEqualTo("VN");
    assertThat(r.from()).isEqualTo(DateValue.parse("2031-04-05"));
    assertThat(r.to()).isEqualTo(DateValue.ofYear(2036));
    assertThat(kb.holders("president", "VN", DateValue.parse("2033-01-01"))).extracting(KbEntry::id).containsExactly("wd:Q777");
    assertThat(kb.get("wd:Q1858").orElseThrow().namesIn("vi")).containsExactly("Hà Nội");
  }
}
