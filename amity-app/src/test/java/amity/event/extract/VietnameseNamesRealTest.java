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

  @Test
  void g7NamesTheGroupOfStatesButPhoneAndComputerModelsCodedSoDoNot() {
    // Pages outside the gold. "G7" has one letter, yet it names the group ("thiết bị hiện đại từ
    // các nước G7"); among other codes of a capital and a number it is a model ("khi G10 chỉ có 3
    // camera …, thì G20 trang bị cụm 4 camera", "HP 280 Pro G6 … HP ProDesk 400 G7").
    var g7 = RealPages.page("vi-news-news_business_176.txt").sentence("từ các nước G7");
    assertThat(g7.surfaces()).contains("các nước G7");
    var phone = RealPages.page("vi-news-news_tech_182.txt").sentence("thì G20 trang bị");
    assertThat(phone.surfaces()).doesNotContain("G20", "G10");
    var computer = RealPages.page("vi-news-news_tech_159.txt").sentence("400 G7 Microtower");
    assertThat(computer.surfaces()).doesNotContain("G7");
  }

  @Test
  void aBodyNamedBareWithAForeignCountryAfterIsThatCountrysNotVietnams() {
    // Pages outside the gold: "Dự án … do Chính phủ Đan Mạch viên trợ không hoàn lại" (a project the
    // Danish government granted), "nguồn hỗ trợ tín dụng khổng lồ của Chính phủ Trung Quốc": bare,
    // "Chính phủ" is Vietnam's government; with a country after, it is that country's, and the
    // country's name stands for it.
    var denmark = RealPages.page("vi-news-news_education_074.txt").sentence("do Chính phủ Đan Mạch");
    assertThat(denmark.surfaces()).contains("Đan Mạch").doesNotContain("Chính phủ");
    var china = RealPages.page("vi-news-news_business_252.txt").sentence("của Chính phủ Trung Quốc");
    assertThat(china.surfaces()).contains("Trung Quốc").doesNotContain("Chính phủ");
    // Vietnam's own, bare, stays Vietnam's.
    var vietnam = RealPages.page("vi-world-news_society_209.txt").sentence("Chiều 29/4, Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình");
    assertThat(vietnam.surfaces()).contains("Chính phủ");
  }

  @Test
  void aCountrysOneSyllableNameOpeningATwoSyllableVietnameseNameIsNoCountry() {
    // Pages outside the gold: "ba dự án nhà phố thương mại lớn là Mỹ Tho, Bạc Liêu và Uông Bí" (the
    // city of Mỹ Tho, read as the United States giving aid), "Anh Trà chia sẻ" (a man named Trà;
    // "Anh" is also Britain). A country before a foreign name stays one ("Thủ tướng Anh Boris
    // Johnson": a third capitalised word).
    var myTho = RealPages.page("vi-news-news_business_231.txt").sentence("là Mỹ Tho, Bạc Liêu và Uông Bí");
    assertThat(myTho.surfaces()).doesNotContain("Mỹ").contains("Bạc Liêu");
    var tra = RealPages.page("vi-news-news_business_064.txt").sentence("Anh Trà chia sẻ");
    assertThat(tra.surfaces()).doesNotContain("Anh");
    var johnson = RealPages.page("vi-news-news_sport_170.txt").sentence("Thủ tướng Anh Boris Johnson cho biết");
    assertThat(johnson.surfaces()).contains("Anh");
  }

  @Test
  void aTitleAndItsCountryWithNoNameAfterStandForTheOfficeHolder() {
    // "Đồng thời, Tổng thống Indonesia cũng trao ngôi sao Jalasena …", "Giờ đây, Ngoại trưởng
    // Australia đã tuyên bố": the title and the country name the one who holds the office, as "the
    // Indonesian president" does.
    var indonesia = RealPages.page("vi-world-news_world_124.txt").sentence("Tổng thống Indonesia cũng trao ngôi sao");
    assertThat(indonesia.surfaces()).contains("Tổng thống Indonesia");
    assertThat(indonesia.profile("Tổng thống Indonesia")).isEqualTo(new ActorGate.Profile(true, "ID", false, false));
    var australia = RealPages.page("vi-world-news_world_254.txt").sentence("Ngoại trưởng Australia đã tuyên bố");
    assertThat(australia.surfaces()).contains("Ngoại trưởng Australia");
  }
}
