package amity.event;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Event;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import amity.testkit.Analyze;
import amity.testkit.Docs;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two sides of an event told as "hai Thủ tướng" (the two prime ministers) are the two people of
 * the talks told before, and the government whose seat they met at is none of them: sample page 08
 * (written for the project), "hai Thủ tướng đã hội đàm tại Trụ sở Chính phủ".
 */
class SampleSidesTest {
  @Test
  void theTwoPrimeMinistersTalksAtTheGovernmentSeatHaveNoThirdParty() throws Exception {
    String name = "amity/sample/08_vi_vn-la-uy-ban-lien-chinh-phu.txt";
    byte[] page;
    try (InputStream in = SampleSidesTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      page = in.readAllBytes();
    }
    List<Event> events = Analyze.events(Analyze.pipeline().analyze(Docs.decode(new RawDocument(name, page, SourceMeta.text()))));
    List<Event> talks = events.stream().filter(e -> e.form().equals("talks")).toList();
    assertThat(talks).isNotEmpty();
    assertThat(talks).allSatisfy(e -> assertThat(e.actors()).extracting(a -> a.name())
        .containsExactlyInAnyOrder("Phạm Minh Chính", "Sonexay Siphandone"));
    assertThat(events).allSatisfy(e -> assertThat(e.actors()).extracting(a -> a.name()).doesNotContain("Chính phủ Việt Nam"));
  }
}
