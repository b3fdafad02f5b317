package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names on real Vietnamese sentences of the tune half, as the event steps are handed them. */
class VietnameseNamesRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void theMiddleWordOfAVietnameseNameIsNoShortReference() {
    // "ông Nguyễn Văn Hùng" is named earlier in the story; "Văn phòng" is an office, not him.
    var s = RealPages.page("vi-news-news_travel_127.txt").sentence("trưởng Văn phòng đại diện UNESCO");
    assertThat(s.surfaces()).doesNotContain("Văn").contains("UNESCO");
  }

  @Test
  void aPartySecretaryIsNotBelgium() {
    // "Bí thư" (party secretary) differs from "Bỉ" (Belgium) by its tone only.
    var s = RealPages.page("vi-news-news_travel_127.txt").sentence("Bí thư Trung ương Đảng");
    assertThat(s.surfaces()).doesNotContain("Bí");
    assertThat(s.profile("Nguyễn Trọng Nghĩa").country()).isNotEqualTo("BE");
  }
}
