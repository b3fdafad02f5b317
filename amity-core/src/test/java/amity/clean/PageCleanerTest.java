package amity.clean;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DateBasis;
import amity.model.DateValue;
import amity.model.LineKind;
import amity.model.Page;
import amity.model.PageLine;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import amity.model.StoryKind;
import amity.testkit.Docs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageCleanerTest {
  private final PageCleaner cleaner = new PageCleaner();

  private Page clean(String text) {
    return cleaner.clean(Docs.text("t.txt", text));
  }

  private Page clean(String text, SourceMeta meta) {
    return cleaner.clean(Docs.decode(new RawDocument("t.txt", text.getBytes(StandardCharsets.UTF_8), meta)));
  }

  private static String kindOf(Page p, String line) {
    for (PageLine l : p.lines()) {
      if (l.span().of(p.document().text()).equals(line)) return l.kind() + "/" + l.reason();
    }
    throw new AssertionError("no line " + line);
  }

  @Test
  void breadcrumbsSectionLabelsAndMenuRowsAreNotTheHeadline() {
    Page p = clean("""
        Trang chủ / Chính trị / Đối ngoại
        In bài | Gửi email | Chia sẻ
        Chủ tịch Quốc hội tiếp Đoàn đại biểu Quốc hội Cuba
        Cập nhật: 24/07/2024 18:45
        Hà Nội (TTXVN) - Chiều 24/7, tại Nhà Quốc hội, Chủ tịch Quốc hội đã tiếp Chủ tịch Quốc hội Cuba đang có mặt tại Việt Nam.
        Hai bên nhất trí tiếp tục tăng cường trao đổi đoàn các cấp giữa hai Quốc hội, phối hợp chặt chẽ tại các diễn đàn đa phương.
        Theo TTXVN
        """);
    assertThat(p.stories()).singleElement().satisfies(s -> {
      assertThat(s.title()).isEqualTo("Chủ tịch Quốc hội tiếp Đoàn đại biểu Quốc hội Cuba");
      assertThat(s.dateline().agency()).isEqualTo("TTXVN");
      assertThat(s.text()).startsWith("Chiều 24/7").doesNotContain("Trang chủ", "Chia sẻ", "Theo TTXVN", "Cập nhật");
    });
    assertThat(p.published().date()).isEqualTo(DateValue.parse("2024-07-24"));
    assertThat(p.published().basis()).isEqualTo(DateBasis.PAGE);
  }

  @Test
  void bylinesDateLinesAndCreditsAreNotBodyAndSubheadingsArePartsOfTheirOwn() {
    Page p = clean("""
        Philippines, Vietnam to hold first joint coast guard drill

        By Karen Lema and Francesco Guarascio

        June 20, 2025 11:12 AM GMT+8 Updated 2 hours ago

        MANILA, June 20 (Newswire) - The Philippines and Vietnam will hold their first joint coast guard exercise next week, officials said.

        Drills and training

        A Vietnamese vessel carrying about 90 personnel will arrive in Manila on Monday for a five-day visit, the coast guard said.

        (Reporting by Karen Lema; Editing by Martin Petty)
        """);
    var s = p.stories().get(0);
    // A subheading is the article's own words: a paragraph of the text, still labelled a heading.
    assertThat(s.text()).startsWith("The Philippines and Vietnam").endsWith("the coast guard said.").contains("said.\n\nDrills and training\n\nA Vietnamese");
    assertThat(kindOf(p, "By Karen Lema and Francesco Guarascio")).isEqualTo("NAVIGATION/byline");
    assertThat(kindOf(p, "Drills and training")).isEqualTo("HEADLINE/subheading");
    assertThat(kindOf(p, "(Reporting by Karen Lema; Editing by Martin Petty)")).startsWith("SIGNOFF");
    assertThat(s.dateline().place()).isEqualTo("MANILA");
    assertThat(p.published().date()).isEqualTo(DateValue.parse("2025-06-20"));
  }

  @Test
  void relatedEntriesWithTheirDateInBracketsBecomeDatedLinks() {
    Page p = clean("""
        Thủ tướng hội đàm với Thủ tướng Lào

        Sáng 9/1, tại Thủ đô Viêng Chăn, Thủ tướng Chính phủ Phạm Minh Chính đã hội đàm với Thủ tướng Lào Sonexay Siphandone.

        Tin liên quan:
        Khai mạc Kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt Nam - Lào (08/01/2025)
        Thủ tướng đến Viêng Chăn, bắt đầu chuyến công tác tại Lào (07/01/2025)
        """);
    assertThat(p.stories()).hasSize(1);
    assertThat(p.related()).extracting(r -> r.title() + " " + r.timestamp())
        .containsExactly("Khai mạc Kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt Nam - Lào 2025-01-08",
            "Thủ tướng đến Viêng Chăn, bắt đầu chuyến công tác tại Lào 2025-01-07");
    assertThat(p.published().basis()).isEqualTo(DateBasis.RELATED_LIST);
    assertThat(p.published().date()).isEqualTo(DateValue.parse("2025-01-08"));
  }

  @Test
  void aLineRepeatingACaptionAndAnAuthorLineAreNotBody() {
    Page p = clean("""
        越南与老挝加强交通基础设施互联互通
        越南政府副总理陈红河会见老挝公共工程与运输部部长。
        越南与老挝加强交通基础设施互联互通 ảnh 1越南政府副总理陈红河会见老挝公共工程与运输部部长。图自越通社
        越通社河内 —— 4月9日下午，越南政府副总理陈红河在河内会见正在越南进行工作访问的老挝公共工程与运输部部长。
        陈红河副总理高度评价两部近年来的合作成果，尤其是万象—河内高速公路项目的实施进展。
        他建议双方尽早完成万象—永安铁路可行性研究。
        """);
    assertThat(kindOf(p, "越南政府副总理陈红河会见老挝公共工程与运输部部长。")).isEqualTo("CAPTION/repeated-caption");
    Page q = clean("""
        Việt Nam và Singapore nâng cấp quan hệ

        Thủ tướng Phạm Minh Chính và Thủ tướng Singapore tuyên bố nâng cấp quan hệ hai nước lên tầm cao mới.

        Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực kinh tế số, kinh tế xanh và năng lượng tái tạo.

        Vũ Anh
        """);
    assertThat(kindOf(q, "Vũ Anh")).isEqualTo("SIGNOFF/author");
    assertThat(q.stories().get(0).text()).doesNotContain("Vũ Anh");
  }

  @Test
  void eachTeaserTakesTheDateOfItsCard() {
    Page p = clean("""
        Thời sự

        Thủ tướng tiếp Đại sứ Nhật Bản
        Chiều 15/10, tại trụ sở Chính phủ, Thủ tướng đã tiếp Đại sứ Nhật Bản tại Việt Nam đến chào xã giao.
        15/10/2025 17:30

        Việt Nam - Ấn Độ thúc đẩy hợp tác dược phẩm
        Hai bên nhất trí tạo thuận lợi cho việc đăng ký thuốc và mở rộng sản xuất dược phẩm giữa hai nước.
        14/10/2025 16:05

        Chủ tịch nước hội kiến Quốc vương Campuchia
        Trong chuyến thăm cấp Nhà nước Campuchia, Chủ tịch nước đã hội kiến Quốc vương tại Hoàng cung.
        13/10/2025 20:10

        Hợp tác địa phương Việt Nam - Lào ngày càng hiệu quả
        Lãnh đạo 10 tỉnh biên giới Việt Nam và Lào đã ký cam kết phối hợp quản lý biên giới giai đoạn 2025-2030.
        12/10/2025 09:00
        """);
    assertThat(p.stories()).hasSize(4).allMatch(s -> s.kind() == StoryKind.TEASER);
    assertThat(p.stories()).extracting(s -> s.title() + " " + s.published().date())
        .containsExactly("Thủ tướng tiếp Đại sứ Nhật Bản 2025-10-15", "Việt Nam - Ấn Độ thúc đẩy hợp tác dược phẩm 2025-10-14",
            "Chủ tịch nước hội kiến Quốc vương Campuchia 2025-10-13", "Hợp tác địa phương Việt Nam - Lào ngày càng hiệu quả 2025-10-12");
    assertThat(kindOf(p, "Thời sự")).isEqualTo("NAVIGATION/kicker");
  }

  @Test
  void anAgencyDatelineGivesTheDayAndTheRelatedListItsYear() {
    Page p = clean("""
        Cuba y Vietnam firman acuerdos de cooperación

        La Habana, 2 sep (Prensa Latina) Cuba y Vietnam firmaron hoy cinco documentos de cooperación en agricultura, energía y salud.

        arb/mml

        Noticias relacionadas
        Presidente cubano recibe a delegación vietnamita
        01/09/2025 18:20 | Cuba
        """);
    assertThat(p.stories().get(0).dateline().agency()).isEqualTo("Prensa Latina");
    assertThat(p.stories().get(0).text()).doesNotContain("arb/mml");
    assertThat(p.published()).satisfies(d -> {
      assertThat(d.date()).isEqualTo(DateValue.parse("2025-09-02"));
      assertThat(d.basis()).isEqualTo(DateBasis.DATELINE);
    });
    Page noYear = clean("新华社河内5月8日电（记者 陈家宝）中越双方7日在河内签署涵盖铁路互联互通、数字经济等领域的多项合作文件。\n");
    assertThat(noYear.published().date()).as("a day without a year stays so").isEqualTo(DateValue.parse("--05-08"));
  }

  @Test
  void theTextTellsTheYearWhenNothingElseDoes() {
    assertThat(clean("2020年是越古两国建交60周年，古巴领导人十分重视这一重大活动。2018年，两国双边贸易额达3.36亿美元。\n")
        .stories().get(0).published()).satisfies(d -> {
          assertThat(d.date()).isEqualTo(DateValue.ofYear(2020));
          assertThat(d.basis()).isEqualTo(DateBasis.TEXT);
          assertThat(d.confidence()).isEqualTo(0.4);
        });
    assertThat(clean("The two sides stressed the people-to-people links of the Việt Nam – Cuba Friendship Year 2025, noting talks held in 2023.\n")
        .stories().get(0).published().date()).isEqualTo(DateValue.ofYear(2025));
    assertThat(clean("He congratulated Cuba on the 68th anniversary of the Cuban Revolution (1953-2021) and on its vaccines.\n")
        .stories().get(0).published().date()).isEqualTo(DateValue.ofYear(2021));
    assertThat(clean("Hai bên ký thỏa thuận hợp tác y tế năm 2022 cho giai đoạn 2023-2027 tại Phnôm Pênh.\n")
        .stories().get(0).published().date()).as("the end of a plan's span is not now").isEqualTo(DateValue.ofYear(2023));
  }

  @Test
  void aCaptureDateIsAFallbackAndABound() {
    SourceMeta warc = SourceMeta.html().withCaptured(DateValue.parse("2025-09-03"));
    Page p = clean("Hai bên đã ký năm văn kiện hợp tác trong các lĩnh vực nông nghiệp, năng lượng và y tế.\n", warc);
    assertThat(p.published().basis()).isEqualTo(DateBasis.CAPTURE);
    assertThat(p.published().date()).isEqualTo(DateValue.parse("2025-09-03"));
    Page later = clean("Kế hoạch hợp tác giai đoạn tới sẽ được triển khai từ năm 2030 theo thỏa thuận đã ký.\n", warc);
    assertThat(later.stories().get(0).published().date()).as("no year after the capture").isEqualTo(DateValue.parse("2025-09-03"));
  }

  @Test
  void readOnLinksTagsCopyrightAndSiteNamesAreNavigation() {
    Page p = clean("""
        Baochinhphu.vn
        Thủ tướng hội đàm với Thủ tướng Lào
        Sáng 9/1, tại Thủ đô Viêng Chăn, Thủ tướng Chính phủ Phạm Minh Chính đã hội đàm với Thủ tướng Lào.
        Xem thêm: Toàn văn Tuyên bố chung Việt Nam - Lào
        Hai Thủ tướng vui mừng trước sự phát triển mạnh mẽ của quan hệ hữu nghị vĩ đại giữa hai nước.
        Từ khóa: Thủ tướng, Lào
        © 2025 Báo điện tử Chính phủ. All rights reserved.
        """);
    for (String line : List.of("Baochinhphu.vn", "Xem thêm: Toàn văn Tuyên bố chung Việt Nam - Lào", "Từ khóa: Thủ tướng, Lào",
        "© 2025 Báo điện tử Chính phủ. All rights reserved.")) {
      assertThat(kindOf(p, line)).as(line).startsWith(LineKind.NAVIGATION.name());
    }
    assertThat(p.stories().get(0).title()).isEqualTo("Thủ tướng hội đàm với Thủ tướng Lào");
  }

  @Test
  void fiveEntriesWithACountInARowAreASitesCategoriesNotText() {
    Page p = clean("""
        Latest trends in psychiatry

        New tools help clinicians find the right treatment sooner, and researchers say blood tests may soon guide care.

        Addiction (16)

        Anxiety (30)

        Depression (43) items in category

        ► December (6)

        Older adults (11)

        The best of 2021 (list of ten)

        Asus ROG Zephyrus G14 (2023)
        """);
    for (String line : List.of("Addiction (16)", "Anxiety (30)", "Depression (43) items in category", "► December (6)", "Older adults (11)")) {
      assertThat(kindOf(p, line)).as(line).isEqualTo("NAVIGATION/counted-list");
    }
    assertThat(p.stories().get(0).text()).doesNotContain("Anxiety").contains("blood tests").contains("Zephyrus G14 (2023)");
    // Four in a row, or a year in brackets, are not such a list.
    Page few = clean("""
        Laptops we tried

        We tried gaming laptops for a month each, and these are the ones we would buy again.

        Asus ROG Zephyrus G14 (2023)

        Asus TUF Dash 15 (2022)

        Anxiety (30)

        Addiction (16)

        Depression (43)

        Older adults (11)
        """);
    assertThat(few.stories().get(0).text()).contains("Zephyrus", "Anxiety (30)", "Older adults (11)");
  }

  @Test
  void datedCardsAtTheEndOfAnArticleAreItsRelatedListNotItsText() {
    String article = """
        Lunacal lets professionals and teams book meetings, take payments and send reminders from one page, and it \
        connects to the video tools and calendars they already use every day, so that nobody has to copy a time by hand.

        Its booking pages can be shaped to a brand, with colours, questions and rules about when people may book, \
        and a team page sends each new meeting to whoever is free, in turn or by the load each person carries this week.

        Pricing comes in three tiers: a standard plan for one person, a team plan with shared pages and round-robin \
        booking, and an enterprise plan with an account manager, custom integrations and support on the phone.

        Reminders go out by mail and by text message a day and an hour before each meeting, and the times they \
        are sent can be changed for each kind of meeting, which cuts the number of people who forget to come.

        Payments are taken when the meeting is booked, through the payment services most shops already use, and a \
        refund is sent on its own when a meeting is cancelled early enough under the rules the owner has set.

        The reports show how many meetings each page brought in, which hours are asked for most, and how many \
        people cancel, so that a team can see where its time goes and plan the next month around it.

        Setting it up took us less than an hour, and the help pages answered every question we had on the way, \
        though the mobile app still lacks a few of the settings the web version offers.

        For a growing business that books many calls, it is a tool worth trying, and its free trial needs no card.
        """;
    String cards = """
        Brand Account
        How ERP software can fit your business needs
        Evaluate features, costs and scalability before you choose.
        Jane Roe
        December 13, 2025

        Brand Account
        The worst-case cyber scenario for local firms
        Coordinated attacks could cripple finance and government systems.
        David Shields
        November 6, 2025

        Brand Account
        Why post-quantum security must start today
        Quantum computing threatens the encryption in use now.
        Gareth Russell
        October 20, 2025
        """;
    Page p = clean("Lunacal review\n\n" + article + "\n" + cards);
    assertThat(p.stories()).hasSize(1);
    assertThat(p.stories().get(0).text()).contains("video tools").doesNotContain("Brand Account", "post-quantum");
    assertThat(kindOf(p, "Jane Roe")).isEqualTo("NAVIGATION/dated-cards");
    // Under a short text, dated cards are the page's own list.
    Page list = clean("Brand news\n\nOur brand's latest posts, newest first.\n\n" + cards);
    assertThat(String.join(" ", list.stories().stream().map(s -> s.title() + " " + s.text()).toList())).contains("post-quantum");
  }

  @Test
  void vietnameseMarkersMatchWhicheverWayTheToneIsPlaced() {
    // cleaning.tsv writes "Ảnh minh họa"; a page may write "hoạ".
    Page p = clean("""
        Hai bên ký kết thỏa thuận hợp tác trong lĩnh vực y tế và giáo dục giữa hai nước.
        Ảnh minh hoạ: TTXVN
        Ảnh minh họa: internet
        Theo thỏa thuận, hai bên sẽ phối hợp phòng chống dịch bệnh ở khu vực biên giới.
        """);
    assertThat(kindOf(p, "Ảnh minh hoạ: TTXVN")).isEqualTo("CAPTION/caption");
    assertThat(kindOf(p, "Ảnh minh họa: internet")).isEqualTo("CAPTION/caption");
  }

  @Test
  void aRelatedHeadlineThatEndsLikeASentenceIsStillALinkWhenItsTimestampFollows() {
    Page p = clean("""
        Việt Nam - Cuba đưa hợp tác kinh tế lên tầm cao mới

        Chiều 15/4, Chủ tịch nước đã hội đàm với Chủ tịch nước Cuba tại La Habana về hợp tác kinh tế.

        Tin liên quan
        Khai mạc triển lãm ảnh "Việt Nam - Cuba: 65 năm sát cánh cùng nhau xây dựng đất nước"
        14/04/2025 16:05
        """);
    assertThat(p.stories()).hasSize(1);
    assertThat(p.related()).singleElement().satisfies(r -> assertThat(r.timestamp()).isEqualTo(DateValue.parse("2025-04-14")));
  }

  @Test
  void aDatelineDayTakesOnlyAYearTheTextCallsCurrent() {
    Page p = clean("""
        La nueva embajadora de España presenta sus cartas credenciales

        Hanói, 14 may (EFE).- La embajadora de España presentó este miércoles sus cartas credenciales al presidente vietnamita.

        España y Vietnam mantienen una asociación estratégica desde 2009 y un acuerdo de libre comercio en vigor desde 2020.
        """);
    assertThat(p.published().date()).as("2020 is only the latest year named").isEqualTo(DateValue.parse("--05-14"));
    assertThat(p.published().basis()).isEqualTo(DateBasis.DATELINE);
  }

  @Test
  void aTeaserListsFirstTitleIsNotTakenForASubtitle() {
    Page p = clean("""
        World — Việt Nam and partners
        Published: November 22, 2024

        Mexican navy ship brings relief to hurricane-hit Cuba
        A Mexican Navy ship carrying 1,200 tonnes of humanitarian aid docked in Havana on Tuesday, officials said.

        Việt Nam hands over 5,000 tonnes of rice to Cuba
        Ambassador Lâm Ngọc Thạch on Thursday handed over 5,000 tonnes of rice donated by the Government to Cuba.
        """);
    assertThat(p.stories()).extracting(s -> s.title())
        .containsExactly("Mexican navy ship brings relief to hurricane-hit Cuba", "Việt Nam hands over 5,000 tonnes of rice to Cuba");
  }

  @Test
  void aTeaserListWhoseFirstTeaserOpensWithADatelineIsStillAList() {
    Page p = clean("""
        Tổng Bí thư điện đàm với Chủ tịch nước Cuba
        Hà Nội (TTXVN) - Tối 8/1, Tổng Bí thư Tô Lâm đã điện đàm với Chủ tịch nước Cuba Miguel Díaz-Canel.

        Việt Nam - Lào ký kết 15 văn kiện hợp tác
        Tại Kỳ họp, hai bên đánh giá hợp tác kinh tế năm 2024 có nhiều chuyển biến tích cực và rõ nét.

        Chủ tịch nước tiếp các Đại sứ đến trình Quốc thư
        Chiều 21/11, Chủ tịch nước Lương Cường đã tiếp các Đại sứ đến trình Quốc thư tại Phủ Chủ tịch.
        """);
    assertThat(p.stories()).hasSize(3).allMatch(s -> s.kind() == StoryKind.TEASER);
    assertThat(p.stories().get(0).dateline().agency()).isEqualTo("TTXVN");
  }

  @Test
  void aHeadlineThatAsksIsStillTheHeadline() {
    Page p = clean("""
        Vì sao chưa “xóa sổ” trạm thu phí đặt “nhầm chỗ” Bắc Thăng Long - Nội Bài?

        Trạm thu phí trên tuyến Bắc Thăng Long - Nội Bài vẫn hoạt động dù nhiều ý kiến cho rằng vị trí đặt trạm chưa hợp lý, gây bức xúc cho người dân.

        Bộ Giao thông vận tải cho biết sẽ xem xét phương án di dời trạm trong thời gian tới.
        """);
    assertThat(p.stories()).singleElement().satisfies(s -> {
      assertThat(s.title()).startsWith("Vì sao chưa");
      assertThat(s.text()).startsWith("Trạm thu phí");
    });
  }

  @Test
  void aTeaserAfterARelatedHeadingTakesTheTimestampAfterIt() {
    Page p = clean("""
        Hai bên ký kết thỏa thuận hợp tác trong lĩnh vực y tế và giáo dục giữa hai nước láng giềng.

        Tin mới nhất
        Thủ tướng tiếp Đại sứ Nhật Bản
        Chiều 15/10, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Nhật Bản tại Việt Nam đến chào xã giao.
        15/10/2025 17:30
        """);
    assertThat(p.stories()).hasSize(2);
    assertThat(p.stories().get(1)).satisfies(s -> {
      assertThat(s.title()).isEqualTo("Thủ tướng tiếp Đại sứ Nhật Bản");
      assertThat(s.published().date()).isEqualTo(DateValue.parse("2025-10-15"));
    });
  }

  @Test
  void aTitleGivenBesideTheTextIsTheStorysTitleWhenTheTextHasNone() {
    Page p = clean("Chiều 7/11, Chủ tịch nước Lương Cường đã tiếp Đại sứ Cuba tại Việt Nam đến chào từ biệt nhân dịp kết thúc nhiệm kỳ.\n",
        SourceMeta.html().withTitle("Chủ tịch nước tiếp Đại sứ Cuba"));
    assertThat(p.stories()).singleElement().satisfies(s -> {
      assertThat(s.title()).isEqualTo("Chủ tịch nước tiếp Đại sứ Cuba");
      assertThat(s.titleSpan()).as("not in the text").isNull();
    });
  }

  @Test
  void aPageItsScriptsDrawShowsOnlyItsTitleAndHasNoStory() {
    // A shop page whose body a script fills in: the reader sees the title (here with the site's
    // name) and nothing more. The document keeps its title; there is no story to tell.
    String shell = """
        <html><head><title>Folding camp lantern | Brightworks</title>
        <meta property="og:title" content="Folding camp lantern"></head>
        <body><div id="app"><p>Folding camp lantern | Brightworks</p></div><script>start()</script></body></html>""";
    Page p = cleaner.clean(Docs.decode(new RawDocument("shop.html", shell.getBytes(StandardCharsets.UTF_8), SourceMeta.html())));
    assertThat(p.stories()).isEmpty();
    assertThat(p.document().meta().title()).isEqualTo("Folding camp lantern");
    // One line more than the title is a story.
    String page = shell.replace("</p></div>", "</p><p>Folds flat to the size of a book and lights a tent for ten hours on one charge.</p></div>");
    Page withText = cleaner.clean(Docs.decode(new RawDocument("shop.html", page.getBytes(StandardCharsets.UTF_8), SourceMeta.html())));
    assertThat(withText.stories()).singleElement().satisfies(st -> assertThat(st.text()).contains("Folds flat"));
  }

  @Test
  void aRunOfShortLinesUnderTheHeadlineIsAListNotItsSubtitle() {
    Page p = clean("""
        Desk lamps for the workshop

        Clamp lamp, steel arm
        Reach: 60 cm
        From $39
        Bench lamp with magnifier
        Lens: 5 dioptres
        From $74

        Every lamp here runs on a plain wall socket and takes a standard bulb, so spares are easy to find anywhere.
        """);
    assertThat(p.stories()).singleElement().satisfies(s -> {
      assertThat(s.title()).isEqualTo("Desk lamps for the workshop");
      assertThat(s.text()).contains("Clamp lamp, steel arm", "From $74", "plain wall socket");
    });
    // A line or two under a headline still reads as its subtitle.
    Page news = clean("""
        Ferry service resumes after storm

        Crossings to the islands run on a reduced timetable

        The first boat left the harbour at dawn on Tuesday, two days after the storm closed the port to all traffic.
        """);
    assertThat(kindOf(news, "Crossings to the islands run on a reduced timetable")).isEqualTo("HEADLINE/subtitle");
  }

  @Test
  void headingsOfRecommendationsEndTheStory() {
    for (String heading : List.of("Recommended for you", "Trending on Harbour News", "You might also like", "Read next")) {
      Page p = clean("""
          Harbour reopens to cargo ships

          The port authority lifted its ban on Monday after divers cleared the wreck from the main channel.

          Shipping lines said the first container vessels would berth within the week.

          %s

          Ten rainy-day walks along the coast
          Our pick of paths that stay dry underfoot, with tea rooms at both ends.
          """.formatted(heading));
      assertThat(p.stories().get(0).text()).as(heading).contains("first container vessels").doesNotContain("rainy-day walks");
    }
  }

  @Test
  void twoTitledBlocksInALongTextAreItsSubheadingsNotTeasers() {
    String para = "Prices in the river towns rose faster than in the capital this year, as buyers moved out in search of space and quieter streets. ";
    Page p = clean("""
        Where homes sold fastest this year

        Last updated November 6
        Note: this is the latest edition of our yearly study of the housing market.

        %1$s

        %1$s Agents expect the trend to hold.

        %1$s Builders are short of land.

        %1$s Rents follow sale prices.

        Price changes over time
        Median sale prices by month, compared with the same month a year earlier, for every town in the study.

        %1$s Some towns fell back in the autumn.

        %1$s The study covers forty towns.
        """.formatted(para));
    assertThat(p.stories()).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(StoryKind.MAIN);
      assertThat(s.text()).contains("latest edition", "Builders are short of land", "Median sale prices by month", "forty towns");
    });
  }

  @Test
  void buttonsAndCountersOfASiteAreNotItsText() {
    Page p = clean("""
        How to re-wire an old table lamp

        6 min read

        Start by unplugging the lamp and taking off the shade, the harp and the bulb, then unscrew the socket shell.

        Click to expand...

        Thread the new cord up through the base and tie an underwriter's knot before you connect the two wires.

        12 likes

        Reply
        """);
    assertThat(p.stories()).singleElement().satisfies(s -> assertThat(s.text())
        .contains("unscrew the socket shell", "underwriter's knot").doesNotContain("min read", "Click to expand", "likes", "Reply"));
  }

  @Test
  void anEndHeadingAfterTheArticleClosesItButNotOverThePagesFirstLines() {
    String article = """
        Night buses to run later in the northern districts
        %s
        About the Author
        Jane Doe is a transport reporter who has covered the city's buses and trains for ten years, and writes a weekly column.
        Recent Posts
        Ten things to do this weekend in the old town
        """.formatted("The council voted on Tuesday to extend the night bus service to the northern districts, after a year in which ridership on the trial routes doubled and complaints about late-night travel fell by a third across the city.\nThe council voted on Tuesday to extend the night bus service to the northern districts, after a year in which ridership on the trial routes doubled and complaints about late-night travel fell by a third across the city.\nThe council voted on Tuesday to extend the night bus service to the northern districts, after a year in which ridership on the trial routes doubled and complaints about late-night travel fell by a third across the city.\nThe council voted on Tuesday to extend the night bus service to the northern districts, after a year in which ridership on the trial routes doubled and complaints about late-night travel fell by a third across the city.\nThe council voted on Tuesday to extend the night bus service to the northern districts, after a year in which ridership on the trial routes doubled and complaints about late-night travel fell by a third across the city.\nThe council voted on Tuesday to extend the night bus service to the northern districts, after a year in which ridership on the trial routes doubled and complaints about late-night travel fell by a third across the city.");
    Page p = clean(article);
    assertThat(kindOf(p, "About the Author")).isEqualTo("NAVIGATION/end-heading");
    assertThat(p.stories()).singleElement().satisfies(s -> {
      assertThat(s.text()).contains("ridership on the trial routes").doesNotContain("Jane Doe", "Ten things");
    });
    // A blog's categories and its latest posts close the article as well.
    for (String heading : List.of("Blog Categories", "Categories:", "LATEST STORIES", "Latest posts", "The Latest From the Blog")) {
      Page q = clean(article.replace("About the Author", heading));
      assertThat(kindOf(q, heading)).isEqualTo("NAVIGATION/end-heading");
      assertThat(q.stories()).singleElement().satisfies(s -> assertThat(s.text()).doesNotContain("Jane Doe"));
    }

    // Over a page's first lines the same words are a byline's label, and the text under it is the article.
    Page early = clean("""
        Night buses to run later in the northern districts
        Written by
        Jane Doe
        %s
        """.formatted("The council voted on Tuesday to extend the night bus service to the northern districts, after a year in which ridership on the trial routes doubled and complaints about late-night travel fell by a third across the city.\nThe council voted on Tuesday to extend the night bus service to the northern districts, after a year in which ridership on the trial routes doubled and complaints about late-night travel fell by a third across the city.\nThe council voted on Tuesday to extend the night bus service to the northern districts, after a year in which ridership on the trial routes doubled and complaints about late-night travel fell by a third across the city.\nThe council voted on Tuesday to extend the night bus service to the northern districts, after a year in which ridership on the trial routes doubled and complaints about late-night travel fell by a third across the city.\nThe council voted on Tuesday to extend the night bus service to the northern districts, after a year in which ridership on the trial routes doubled and complaints about late-night travel fell by a third across the city.\nThe council voted on Tuesday to extend the night bus service to the northern districts, after a year in which ridership on the trial routes doubled and complaints about late-night travel fell by a third across the city."));
    assertThat(early.stories()).singleElement().satisfies(s -> assertThat(s.text()).contains("ridership on the trial routes"));
  }

  @Test
  void aRelatedListAboveAnyTextDoesNotCloseTheTextUnderIt() {
    String prose = "pacman keeps the system up to date by synchronizing package lists with the master server, and it installs, updates and removes packages with their dependencies, so that a user need not track them by hand. ".repeat(3);
    String page = "Related articles\nPackage signing\nCreating packages\nDowngrading packages\n\n"
        + prose + "\n\nInstalling packages\n\n" + prose.replace("pacman", "the package manager") + "\n";
    Page p = clean(page);
    assertThat(String.join(" ", p.stories().stream().map(s -> s.text()).toList())).contains("the package manager keeps the system");
    assertThat(kindOf(p, prose.strip())).startsWith("BODY");
    assertThat(PageCleaner.tailStart(new LineClassifier(new CleaningRules(amity.lang.LanguagePacks.bundled())).lines(page))).isGreaterThan(0);
    // With text above it, the same heading closes the text: what follows is related.
    String told = "A short page about packages that says a few words first, enough to be the page's own text.\n\n" + page;
    assertThat(PageCleaner.tailStart(new LineClassifier(new CleaningRules(amity.lang.LanguagePacks.bundled())).lines(told))).isEqualTo(2);
  }
  @Test
  void aRelatedHeadingMidTextFollowedByTheArticlesParagraphsDoesNotCloseIt() {
    String para = "The council voted on Tuesday to extend the night bus service to the northern districts, after a year in which ridership on the trial routes doubled. ";
    String article = "Night buses to run later in the northern districts\n\n" + para + "\n\n" + para.replace("council", "board") + "\n\n";
    String rest = (para.replace("Tuesday", "Monday") + "\n\n") + (para.replace("Tuesday", "Friday") + "\n\n")
        + (para.replace("Tuesday", "Sunday") + "\n\n") + (para.replace("Tuesday", "Saturday") + "\n\n")
        + (para.replace("Tuesday", "Thursday") + "\n\n") + (para.replace("Tuesday", "Wednesday") + "\n");
    Page p = clean(article + "Related posts\n\n" + rest);
    assertThat(p.stories()).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(StoryKind.MAIN);
      assertThat(s.text()).contains("voted on Wednesday");
    });
    // Teasers, each under a title of its own, or cut short with an ellipsis, are a related list.
    LineClassifier classifier = new LineClassifier(new CleaningRules(amity.lang.LanguagePacks.bundled()));
    String titled = rest.lines().filter(l -> !l.isBlank()).map(l -> "A title of a post\n\n" + l + "\n\n").reduce("", String::concat);
    assertThat(PageCleaner.tailStart(classifier.lines(article + "Related posts\n\n" + titled))).isLessThan(classifier.lines(article).size() + 2);
    String cut = rest.replace("doubled. ", "doubled....");
    assertThat(PageCleaner.tailStart(classifier.lines(article + "Related posts\n\n" + cut))).isLessThan(classifier.lines(article).size() + 2);
  }

  @Test
  void aTableOfContentsAboveTheSectionsItListsIsNotText() {
    String para = "Before you buy a single piece of equipment, grab a tape measure and mark out the corner you mean to train in, then count the space your arms and legs need as you move. ";
    String page = """
        Your guide to a small home gym

        Think you need a spare room for a home gym? You do not, and here is why.

        1. Measure twice, buy once
        2. The unsung heroes of a compact gym
        2.1 Resistance bands
        3. Smart storage

        Measure twice, buy once

        %s

        The unsung heroes of a compact gym

        %s

        Resistance bands

        %s

        Smart storage

        %s
        """.formatted(para, para.replace("tape", "ruler"), para.replace("corner", "room"), para.replace("arms", "hands"));
    Page p = clean(page);
    assertThat(kindOf(p, "1. Measure twice, buy once")).isEqualTo("NAVIGATION/contents");
    assertThat(kindOf(p, "2.1 Resistance bands")).isEqualTo("NAVIGATION/contents");
    assertThat(p.stories().get(0).text()).doesNotContain("3. Smart storage").contains("Smart storage");
    // Lines repeated with no section under them (a menu at the top and again at the foot) stay.
    String menu = "Home\nShop\nBlog\nContact us\n\n" + para + "\n\nHome\nShop\nBlog\nContact us\n";
    List<Line> lines = new LineClassifier(new CleaningRules(amity.lang.LanguagePacks.bundled())).lines(menu);
    assertThat(PageCleaner.contents(lines)).isSameAs(lines);
  }
}
