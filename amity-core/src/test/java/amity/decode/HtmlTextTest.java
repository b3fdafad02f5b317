package amity.decode;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DateValue;
import amity.model.Document;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
  private static final String ARTICLE =
      """
      <html><head><meta charset="utf-8"><title>Laos, Việt Nam agree on rail link | Daily</title>
      <meta property="og:title" content="Laos, Việt Nam agree on rail link">
      <meta property="og:url" content="https://daily.example/rail">
      <meta property="article:published_time" content="2025-01-09T06:30:00+07:00">
      <script>var tracking = "never shown";</script><style>p { color: red }</style></head>
      <body>
      <div class="cookie-notice"><p>We use cookies. By using this site you agree to our cookie policy.</p></div>
      <nav><ul><li><a>Home</a></li><li><a>Politics</a></li><li><a>World</a></li></ul></nav>
      <div class="sidebar"><h4>Most read</h4><ol><li><a>A story everyone reads about something else entirely</a></li>
        <li><a>Another popular story that is not this one at all</a></li></ol></div>
      <main><article class="post">
        <h1>Laos, Việt Nam agree on rail link</h1>
        <p class="byline">By An Nguyen</p>
        <figure><img src="x.jpg" alt="alt text nobody sees"><figcaption>The two prime ministers in Vientiane. Photo: VNA</figcaption></figure>
        <p>VIENTIANE — Việt Nam and Laos agreed on Thursday to speed up the Vientiane – Vũng Áng railway, the two prime ministers said after talks in the Lao capital.</p>
        <div class="share-tools"><a>Facebook</a> <a>Twitter</a> <a>Email</a></div>
        <p>The line, about 555 km long, would give landlocked Laos its shortest route to the sea, officials said, and is expected to carry both freight and passengers.</p>
        <p>The two sides also signed agreements on energy, education and customs cooperation, and set a target of 5 billion USD in two-way trade.</p>
        <div class="newsletter"><p>Sign up for our morning newsletter to get the news first.</p></div>
      </article>
      <aside class="related"><h3>Related stories</h3><ul>
        <li><a href="/1">Lao Prime Minister arrives in Hà Nội for official visit</a> <span class="time">08/01/2025</span></li>
        <li><a href="/2">Việt Nam, Laos review intergovernmental cooperation</a> <span class="time">07/01/2025</span></li></ul></aside>
      </main>
      <footer><p>Daily News, 12 Trần Phú Street, Hà Nội. Licence 123/GP. All rights reserved.</p></footer>
      </body></html>
      """;

  private static Document decode(String html, SourceMeta meta) throws DecodeException {
    return new TextDecoder().decode(new RawDocument("p.html", html.getBytes(StandardCharsets.UTF_8), meta));
  }

  @Test
  void keepsHeadlineBylineCaptionArticleAndRelatedListAndDropsTheFurniture() throws Exception {
    String text = decode(ARTICLE, SourceMeta.html()).text();
    assertThat(text).startsWith("Laos, Việt Nam agree on rail link\n\nBy An Nguyen\n\nThe two prime ministers in Vientiane. Photo: VNA\n\nVIENTIANE — ");
    assertThat(text).contains("\n\nThe line, about 555 km long,", "\n\nThe two sides also signed agreements");
    assertThat(text).contains("Related stories\n\nLao Prime Minister arrives in Hà Nội for official visit\n08/01/2025\n\nViệt Nam, Laos review");
    assertThat(text).doesNotContain("cookie", "Home", "Most read", "Facebook", "newsletter", "Licence", "tracking", "color", "alt text");
  }

  @Test
  void theHeadGivesDateTitleAndUrlWhereTheContainerGaveNone() throws Exception {
    Document d = decode(ARTICLE, SourceMeta.html());
    assertThat(d.meta().published()).as("the publisher's day, offset kept").isEqualTo(DateValue.parse("2025-01-09"));
    assertThat(d.meta().title()).isEqualTo("Laos, Việt Nam agree on rail link");
    assertThat(d.meta().url()).isEqualTo("https://daily.example/rail");
    Document fromJson = decode(ARTICLE, SourceMeta.html().withPublished(DateValue.parse("2025-01-10")).withTitle("Given"));
    assertThat(fromJson.meta().published()).isEqualTo(DateValue.parse("2025-01-10"));
    assertThat(fromJson.meta().title()).isEqualTo("Given");
  }

  @Test
  void teaserCardsKeepTitleDateAndSummaryTogether() throws Exception {
    String html = """
        <html><body><nav><a>Home</a> <a>World</a> <a>Business</a></nav><h2>World</h2><div class="list">
        <div class="item"><h3><a>Australia, Việt Nam upgrade ties</a></h3><span class="time">March 7, 2024</span>
          <p>The two prime ministers announced the upgrade on Thursday, pledging cooperation in minerals and education.</p></div>
        <div class="item"><h3><a>Peacekeepers deploy to Abyei</a></h3><span class="time">March 6, 2024</span>
          <p>An engineering unit of 184 officers and soldiers left for the Abyei area to join the UN mission there.</p></div>
        <div class="item"><h3><a>Hungarian President begins state visit</a></h3><span class="time">March 5, 2024</span>
          <p>President Tamás Sulyok arrived in Hà Nội for a four-day state visit at the invitation of his counterpart.</p></div>
        </div></body></html>""";
    String text = decode(html, SourceMeta.html()).text();
    assertThat(text).contains("Australia, Việt Nam upgrade ties\nMarch 7, 2024\nThe two prime ministers announced")
        .contains("pledging cooperation in minerals and education.\n\nPeacekeepers deploy to Abyei\nMarch 6, 2024\n");
    assertThat(text).doesNotContain("Business");
  }

  @Test
  void aPageWithoutAnArticleIsRenderedWholeMinusItsFurnitureWithSpacesBetweenInlineElements() throws Exception {
    String html = "<html><body><nav><a>Home</a> <a>News</a> <a>Sport</a></nav><p>Hai bên ký <b>năm</b> <i>văn kiện</i>.</p>"
        + "<footer><p>© 2025 Báo</p></footer></body></html>";
    assertThat(decode(html, SourceMeta.html()).text()).isEqualTo("Hai bên ký năm văn kiện.");
  }

  @Test
  void aDateAboveTheHeadlineComesFirst() throws Exception {
    String html = """
        <html><body><div class="article"><div class="cate">Quốc phòng</div><div class="time">20/06/2024 - 14:22</div>
        <h2 class="title">Tăng cường hợp tác quốc phòng</h2>
        <div class="content"><p>Sáng 20/6, tại Hà Nội, Bộ trưởng Bộ Quốc phòng đã hội đàm với Bộ trưởng Quốc phòng Nga nhân dịp chuyến thăm.</p>
        <p>Hai Bộ trưởng khẳng định hợp tác quốc phòng là một trụ cột quan trọng trong quan hệ giữa hai nước, góp phần giữ gìn hòa bình.</p></div>
        </div></body></html>""";
    assertThat(decode(html, SourceMeta.html()).text())
        .startsWith("20/06/2024 - 14:22\n\nTăng cường hợp tác quốc phòng\n\nSáng 20/6,");
  }

  @Test
  void aListOfFewCardsIsTheContentEvenWhenOneCardIsLong() throws Exception {
    String longText = "Chiều 20/5, tại buổi làm việc với lãnh đạo tỉnh La Habana, hai bên đã ký biên bản ghi nhớ hợp tác, "
        .repeat(4) + "tập trung vào thương mại, du lịch, y tế và giáo dục.";
    String html = "<html><body><nav><a>Trang chủ</a> <a>Thế giới</a> <a>Kinh tế</a></nav><div class=\"list\">"
        + card("Tổng Bí thư điện đàm với Chủ tịch nước Cuba", "Tối 8/1, Tổng Bí thư Tô Lâm đã điện đàm với Chủ tịch nước Cuba về hợp tác.")
        + card("Thành phố Hồ Chí Minh và La Habana ký biên bản ghi nhớ", "Phát biểu tại buổi lễ, ông Nguyễn Hữu Tâm nhấn mạnh quan hệ hai nước.")
        + card("Việt Nam - Lào ký kết 15 văn kiện hợp tác", longText)
        + card("Việt Nam trao tặng Cuba 5.000 tấn gạo", "Đại sứ Việt Nam tại Cuba đã ký biên bản bàn giao 5.000 tấn gạo tại cảng Mariel.")
        + "</div></body></html>";
    String text = decode(html, SourceMeta.html()).text();
    assertThat(text).contains("Tổng Bí thư điện đàm", "Thành phố Hồ Chí Minh", "Việt Nam - Lào ký kết", "5.000 tấn gạo tại cảng Mariel");
  }

  private static String card(String title, String text) {
    return "<div class=\"item\"><h3><a href=\"#\">" + title + "</a></h3><span class=\"time\">05/12/2024</span><p>" + text + "</p></div>";
  }

  @Test
  void anArticleCutIntoBuilderBlocksIsReadWholeAndAProseWidgetIsNoFurniture() throws Exception {
    // Page builders put each paragraph of one article in its own block, in rows and columns, and
    // name them "widget"; the best block alone is a fraction of the article.
    String para = "<div class=\"row\"><div class=\"col\"><div class=\"elementor-widget elementor-widget-text-editor\"><div class=\"elementor-widget-container\"><p>%s</p></div></div></div></div>";
    String html = "<html><body><nav><a>Home</a> <a>Apps</a> <a>Blog</a></nav><article class=\"post\"><h1>Fifteen language apps compared</h1>"
        + para.formatted("Learning apps offer language learners a wider range of choices than a few years ago, and the choice can be daunting.")
        + para.formatted("There is no single way to learn: success depends on habits and on styles of learning, as studies of adult learners show.")
        + para.formatted("We tested each app for a month, with a daily lesson, and we kept notes on what worked and what did not.")
        + "</article><div class=\"widget\"><h3>Recent posts</h3><ul><li><a>Ten apps for travellers on a budget</a></li><li><a>How to keep a streak going for a year</a></li></ul></div>"
        + "<footer><p>Copyright 2025, all rights reserved.</p></footer></body></html>";
    String text = decode(html, SourceMeta.html()).text();
    assertThat(text).contains("Fifteen language apps compared", "Learning apps offer", "There is no single way", "We tested each app");
    assertThat(text).doesNotContain("Copyright", "Home");
  }

  @Test
  void thePublicationDateComesFromJsonLdWhenNoMetaTagGivesIt() throws Exception {
    String html = """
        <html><head><title>Rail link agreed</title><script type="application/ld+json">
        {"@type": "NewsArticle", "headline": "Rail link agreed", "datePublished" : "2025-01-09T06:30:00+07:00"}</script></head>
        <body><article><h1>Rail link agreed</h1><p>Việt Nam and Laos agreed on Thursday to speed up the railway, the two prime ministers said after their talks.</p>
        <p>The line would give Laos its shortest route to the sea, officials said, and would carry both freight and passengers.</p></article></body></html>""";
    assertThat(decode(html, SourceMeta.html()).meta().published()).isEqualTo(DateValue.parse("2025-01-09"));
  }


  @Test
  void theStorysOwnTimeElementDatesItNotTheHeadersClock() throws Exception {
    // A site header shows today's date in a time element before the article's own.
    String html = """
        <html><head><title>Ferry route reopens</title></head><body>
        <header><time datetime="2025-03-02">Sunday 2 March</time> <a href="/">Home</a></header>
        <article><h1>Ferry route reopens</h1><time datetime="2025-02-27T08:00">27 February</time>
        <p>The ferry between the two islands runs again from Monday, the port authority said, after a winter of repairs to the pier.</p>
        <p>Tickets can be bought at the harbour office or on board, and the first crossing leaves at seven in the morning.</p></article></body></html>""";
    assertThat(decode(html, SourceMeta.html()).meta().published()).isEqualTo(DateValue.parse("2025-02-27"));
  }

  @Test
  void aForumThreadInsideAFormIsReadPostByPost() throws Exception {
    // Forum software names each post a comment, signs it with links and keeps the thread in a
    // form; on such a page the comments are the content.
    String post = "<article class=\"entry post\" id=\"elComment_%d\"><a href=\"/u/%d\">member%d</a> <a href=\"#p%d\">June %d, 2024</a>"
        + "<div class=\"entry-content\"><p>%s</p></div><a href=\"/report\">Report</a> <a href=\"/quote\">Quote</a></article>";
    String html = "<html><body><nav><a>Forums</a> <a>Members</a> <a>Search</a></nav><h1>Will the forum close?</h1>"
        + "<form action=\"/mod\" method=\"post\"><div id=\"comments\">"
        + post.formatted(1, 1, 1, 1, 1, "I have been getting gateway errors since the studio announced that development has halted, and I wonder if this place will close.")
        + post.formatted(2, 2, 2, 2, 2, "Why would it close? The owners promised to keep it open, and the archive is worth keeping for the mods alone.")
        + post.formatted(3, 3, 3, 3, 3, "Thank you to all the moderators who kept us safe, and to the members who helped me build my first mods.")
        + "</div></form><form role=\"search\"><input name=\"q\"><button>Search</button></form></body></html>";
    String text = decode(html, SourceMeta.html()).text();
    assertThat(text).contains("gateway errors", "Why would it close?", "Thank you to all the moderators");
  }

  @Test
  void aStoryKeepsItsRepliesOutHoweverLongTheyRun() throws Exception {
    // On a news site with a busy comment section the replies outweigh the story, but the page
    // is still the story: only a page with little prose outside its comments is a thread.
    String para = "<p>The council voted on Tuesday to keep the old library open for another ten years, after a campaign by readers "
        + "who collected signatures in every district of the city and filled the chamber for the debate. (%d)</p>";
    String reply = "<div class=\"comment\"><a href=\"/u/%d\">reader%d</a><p>I borrowed my first books there as a child and I am glad "
        + "the council listened; the building needs a new roof, though, and the vote says nothing about who pays for it. (%d)</p></div>";
    StringBuilder html = new StringBuilder("<html><body><article><h1>Old library stays open</h1>");
    for (int i = 0; i < 12; i++) html.append(para.formatted(i));
    html.append("</article><section id=\"comments\">");
    for (int i = 0; i < 30; i++) html.append(reply.formatted(i, i, i));
    html.append("</section></body></html>");
    String text = decode(html.toString(), SourceMeta.html()).text();
    assertThat(text).contains("filled the chamber for the debate. (11)").doesNotContain("I borrowed my first books");
  }

  @Test
  void aPageThatIsAListOfLinksKeepsItsList() throws Exception {
    // A link aggregator: every row a title link and a few one-word links (hide, past, discuss).
    // Short links dominate, as in a menu, but the list is the whole page, so it is what is read.
    String row = "<tr><td>%d.</td><td><a href=\"https://example.org/%d\">%s</a></td></tr>"
        + "<tr><td></td><td>%d points by <a href=\"/u%d\">user%d</a> | <a href=\"/hide\">hide</a> | <a href=\"/past\">past</a> | <a href=\"/item\">discuss</a></td></tr>";
    String[] titles = {"Why the river ferry still runs on steam", "A field guide to the mosses of old walls",
        "Writing a compiler for a calculator from 1978", "The long quiet life of lighthouse keepers",
        "How tide tables were printed before computers", "Mapping every bench in a small town"};
    StringBuilder html = new StringBuilder("<html><head><title>New links</title></head><body><table id=\"main\">"
        + "<tr><td><a href=\"/\">Links</a> <a href=\"/new\">new</a> | <a href=\"/ask\">ask</a> | <a href=\"/jobs\">jobs</a></td></tr>");
    for (int i = 0; i < titles.length; i++) html.append(row.formatted(i + 1, i, titles[i], 10 + i, i, i));
    html.append("</table></body></html>");
    String text = decode(html.toString(), SourceMeta.html()).text();
    assertThat(text).contains("Why the river ferry still runs on steam", "Mapping every bench in a small town");
  }

  @Test
  void whatTheReaderCannotSeeIsNotReadButWhatWideScreensShowIs() throws Exception {
    // A shop keeps its price tiers for its scripts in a block hidden by class; a page hides its
    // summary on phones only ("hidden md:block"), which a desktop reader sees.
    String html = """
        <html><body><article><h1>Linen shirt</h1>
        <p>A loose shirt of washed linen, cut long enough to wear untucked, with a soft collar and wooden buttons.</p>
        <p>Machine wash cold and hang to dry; the fabric softens with every wash and keeps its shape for years.</p>
        <dl class="product-info hide"><dt>retail_price_tier1:</dt><dd>$20.00_1-9 items</dd><dt>cat_thumb:</dt><dd>thumb_linen.jpg</dd></dl>
        <div style="display: none">Choose a size first</div>
        <div class="hidden md:block"><p>Made in a small workshop by the sea from flax grown nearby.</p></div>
        </article></body></html>""";
    String text = decode(html, SourceMeta.html()).text();
    assertThat(text).contains("washed linen", "Made in a small workshop").doesNotContain("retail_price_tier1", "Choose a size first");
  }

  @Test
  void aCdataSectionInTheBodyIsMarkupAsABrowserReadsIt() throws Exception {
    // A forum template opens "<![CDATA[" in the body and never closes it: a browser reads on, and
    // so must the reader, or the whole thread is one string of tags.
    String html = """
        <html><head><title>Which tent for a windy coast?</title></head><body class="forum"><![CDATA[
        <nav><a href="/">Forums</a> <a href="/new">New posts</a></nav>
        <article class="message"><h1>Which tent for a windy coast?</h1>
        <p>I camp on the cliffs twice a year and my dome tent folds flat whenever the wind turns in the night.</p>
        <p>Would a tunnel tent pitched tail to the wind hold better, or should I look at a geodesic one?</p></article>
        <svg><text><![CDATA[a <b> in a drawing stays text]]></text></svg>
        </body></html>""";
    String text = decode(html, SourceMeta.html()).text();
    assertThat(text).contains("my dome tent folds flat", "tunnel tent pitched tail to the wind")
        .doesNotContain("<p>", "<article", "class=");
  }

  @Test
  void runsOfWhitespaceFoldToOneSpaceAsTheRegexDid() {
    for (String s : List.of("plain words", " lead", "trail ", "two  spaces", "tab\tand\nline", "\r\n\u000B\f", "", "x \n y  z\t")) {
      assertThat(HtmlText.collapseSpaces(s)).as(s).isEqualTo(s.replaceAll("\\s+", " "));
    }
    String clean = "nothing to fold here";
    assertThat(HtmlText.collapseSpaces(clean)).isSameAs(clean);
  }

  @Test
  void aPageWhoseListWasAllTakenForFurnitureIsReadWholeAgainButForItsNavAndFooter() {
    StringBuilder items = new StringBuilder();
    for (String b : List.of("Desk Lamp", "Bookshelf", "Office Chair", "Standing Desk", "Monitor Arm")) {
      items.append("<li><a href=\"/p\">#1</a> <a href=\"/p\">").append(b).append("</a> <a href=\"/p\">$19</a></li>");
    }
    String html = "<html><head><title>Best sellers</title></head><body><nav><a>Home</a> <a>Deals</a> <a>Help</a></nav>"
        + "<div class=\"page-banner\"><h1>Best sellers</h1><p>Our most popular products.</p></div>"
        + "<div id=\"list\"><ul>" + items + "</ul></div><footer><p>Copyright 2026 The Shop, all rights reserved</p></footer></body></html>";
    String text = HtmlText.render(html).text();
    assertThat(text).contains("Our most popular products.", "Desk Lamp", "Monitor Arm").doesNotContain("Deals", "Copyright");
  }

  @Test
  void aBodyOfOnlyItsTitleIsReadAsTheHeadsDescriptionWhenThatIsText() {
    String post = "I would like to ask for your advice on setting up automations in the house: which of the two ways"
        + " do you use, and why? I have several running on the old server and would like to move them.";
    String page = "<html><head><title>Automations | Forum</title><meta name=\"description\" content=\"%s\"></head>"
        + "<body><h1>Automations | Forum</h1><script>draw()</script></body></html>";
    assertThat(HtmlText.render(page.formatted(post)).text()).isEqualTo("Automations | Forum\n\n" + post);
    // A slogan is not the page's text.
    assertThat(HtmlText.render(page.formatted("Smarter shopping, better living!")).text()).isEqualTo("Automations | Forum");
  }

  @Test
  void aLongListOfLinksIsAnIndexOfThePageButAShortRowOfThemIsAMenu() {
    StringBuilder items = new StringBuilder();
    for (String l : List.of("Ada", "ALGOL", "APL", "BASIC", "C", "COBOL", "Eiffel", "Fortran", "Go", "Haskell", "Java", "Lisp")) {
      items.append("<li><a href=\"/wiki/").append(l).append("\">").append(l).append("</a></li>");
    }
    String html = "<html><head><title>List of languages</title></head><body><h1>List of languages</h1>"
        + "<div class=\"row\"><a href=\"/\">Home</a> <a href=\"/a\">About</a> <a href=\"/c\">Contact</a></div>"
        + "<div class=\"content\"><p>This is an index to notable programming languages, in current or historical use, with"
        + " their dialects, from the first ones to those of today.</p><div class=\"cols\"><ul>" + items + "</ul></div></div>"
        + "</body></html>";
    String text = HtmlText.render(html).text();
    assertThat(text).contains("This is an index", "Ada", "COBOL", "Lisp").doesNotContain("Contact");
  }

  @Test
  void aLongTextInADialogOfTheFooterIsNotThePagesArticle() {
    String policy = "<p>We process personal information for our legitimate purposes of running our business, complying with"
        + " applicable laws, and protecting our websites, our business and our customers.</p>";
    String html = "<html><head><title>Wool Runner</title></head><body><main><h1>Wool Runner</h1><p>$110</p>"
        + "<div class=\"details\"><p>A true original, our Wool Runner combines soft Merino wool with cloud-like comfort.</p>"
        + "<p>This shoe is washing machine approved. Just remove the insoles and laces first.</p></div></main>"
        + "<footer><a href=\"/privacy\">Privacy policy</a><div role=\"dialog\" aria-modal=\"true\"><div class=\"prose\">"
        + policy.repeat(12) + "</div></div></footer></body></html>";
    String text = HtmlText.render(html).text();
    assertThat(text).contains("Wool Runner", "A true original", "washing machine approved").doesNotContain("legitimate purposes");
    // A page whose only text is in its footer is read as that text, not as its title alone.
    String onlyFooter = "<html><head><title>Notice</title></head><body><footer><div class=\"legal\">" + policy.repeat(3)
        + "</div></footer></body></html>";
    assertThat(HtmlText.render(onlyFooter).text()).contains("legitimate purposes");
  }

  @Test
  void aProductPagesCustomerReviewsAreNotItsText() {
    String review = "<div class=\"review\"><p>Love it. I wore these on a long trip and my feet never hurt, even after a whole"
        + " day of walking around the old town. Would buy again.</p><span>Verified buyer</span></div>";
    String page = "<html><head><title>Trail Pack</title>%s</head><body><main><h1>Trail Pack</h1><p>$99.95</p>"
        + "<div class=\"description\"><p>Keep your day's gear within easy reach: the pack fits a wide range of body types,"
        + " and it has pockets galore for quick access to snacks, maps and a light jacket.</p>"
        + "<p>Ripstop nylon main body with a water-repellent finish; recycled nylon bottom; removable hipbelt; a sleeve for"
        + " a hydration reservoir and a zip pocket for your keys and valuables. Weight: 1 lb. 13 oz.</p>"
        + "<p>Included raincover is made with a silicone coating and stows away into its own pocket at the bottom.</p>"
        + "<p>Padded, mesh-covered shoulder straps and a back panel of foam and air mesh make for a comfortable carry all day.</p>"
        + "<p>Daisy chain and bottom accessory straps on each side offer more places to attach gear.</p></div>"
        + "<section id=\"product-reviews\"><h2>Reviews (159)</h2><p>4.4 out of 5 stars</p>" + review.repeat(6)
        + "</section></main></body></html>";
    String product = page.formatted("<meta property=\"og:type\" content=\"product\">");
    assertThat(HtmlText.render(product).text()).contains("Trail Pack", "$99.95", "pockets galore", "hydration reservoir")
        .doesNotContain("Reviews (159)", "Verified buyer", "Love it");
    String ld = page.formatted("<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"Product\"}</script>");
    assertThat(HtmlText.render(ld).text()).doesNotContain("Love it");
    // Readers' comments under an article, or an article reviewing products, are another matter.
    String article = page.formatted("<meta property=\"og:type\" content=\"article\"><script type=\"application/ld+json\">{\"@type\": \"Product\"}</script>");
    assertThat(HtmlText.render(article).text()).contains("Love it");
    assertThat(HtmlText.render(page.formatted("")).text()).contains("Love it");
  }

  @Test
  void aBlogsPostCardsAreNotFurnitureForTheTagsTheyCarry() {
    StringBuilder cards = new StringBuilder();
    for (String t : List.of("Hunting for elusive ghost elephants", "A unicorn-like dinosaur found in the Sahara", "Asteroid mission shifted more than its target")) {
      cards.append("<article class=\"card post type-post hentry category-science tag-share tag-social tag-popular\"><h2><a href=\"/a\">")
          .append(t).append("</a></h2><p>A story of science told in a few lines, with its author and the day it ran on the site.</p></article>");
    }
    String html = "<html><head><title>Home</title></head><body><nav><a>Home</a> <a>Science</a> <a>Tech</a></nav>"
        + "<main><div class=\"grid\">" + cards + "</div></main></body></html>";
    String text = HtmlText.render(html).text();
    assertThat(text).contains("Hunting for elusive ghost elephants", "A unicorn-like dinosaur", "Asteroid mission");
    // On a page of one post, the other posts shown beside it keep their tags' words.
    org.jsoup.nodes.Document single = org.jsoup.Jsoup.parse(html.replace("<body>", "<body class=\"post-template-default single single-post\">"));
    assertThat(Boilerplate.names(single.selectFirst("article"))).contains("tag-share");
    assertThat(Boilerplate.names(org.jsoup.Jsoup.parse(html).selectFirst("article"))).doesNotContain("tag-share");
    assertThat(Boilerplate.withoutTermClasses("card post hentry tag-share category-social-media  ")).isEqualTo("card post hentry    ");
  }

  @Test
  void anIndexCutIntoHeadedGroupsIsThePagesTextNotMenus() {
    StringBuilder groups = new StringBuilder();
    String[][] letters = {{"A", "Ada", "ALGOL", "APL"}, {"B", "BASIC", "BCPL", "Bash"}, {"C", "COBOL", "Clojure", "Crystal"}, {"E", "Eiffel", "Elixir", "Erlang"}};
    for (String[] g : letters) {
      groups.append("<div class=\"group\"><h3>").append(g[0]).append("</h3><ul>");
      for (int i = 1; i < g.length; i++) groups.append("<li><a href=\"/wiki/").append(g[i]).append("\">").append(g[i]).append("</a></li>");
      groups.append("</ul></div>");
    }
    String html = "<html><head><title>Category:Programming languages</title></head><body><h1>Category:Programming languages</h1>"
        + "<div class=\"row\"><a href=\"/\">Home</a> <a href=\"/a\">About</a> <a href=\"/c\">Contact</a></div>"
        + "<div class=\"category\"><p>This category lists individual programming languages.</p>" + groups + "</div></body></html>";
    String text = HtmlText.render(html).text();
    assertThat(text).contains("ALGOL", "BCPL", "Clojure", "Erlang").doesNotContain("Contact");
  }

  @Test
  void aShopsProductCardsAreAGridNotMenusNorFurnitureForTheirClassWords() {
    StringBuilder cards = new StringBuilder();
    for (String[] c : new String[][] {{"Dark Roast", "$19.99"}, {"Blueberry Coffee", "$19.99"}, {"Espresso Roast", "$15.99"}, {"Vanilla Coffee", "$15.99"}}) {
      // Each card: its name linked twice, its price outside the links, a class word of furniture ("subscription").
      cards.append("<li class=\"grid__item\"><link rel=\"stylesheet\" href=\"r.css\"><div class=\"card-wrapper subscription-eligible\">")
          .append("<a href=\"/p\">").append(c[0]).append("</a><h3><a href=\"/p\">").append(c[0]).append("</a></h3>")
          .append("<div class=\"price\">Regular price ").append(c[1]).append("</div></div></li>");
    }
    String html = "<html><head><title>Coffee</title></head><body><div class=\"menu-row\"><a href=\"/\">Home</a> <a href=\"/s\">Shop</a> <a href=\"/c\">Contact</a></div>"
        + "<main><h1>Coffee</h1><ul class=\"grid\">" + cards + "</ul></main></body></html>";
    String text = HtmlText.render(html).text();
    assertThat(text).contains("Blueberry Coffee", "Espresso Roast", "Vanilla Coffee", "$15.99").doesNotContain("Contact");
    // A menu's items hold nothing but their links: still a menu.
    String menu = "<html><head><title>Coffee</title></head><body><div class=\"links\"><ul>"
        + "<li class=\"item\"><a href=\"/a\">Dark Roast</a> <a href=\"/a1\">Ground</a> <a href=\"/a2\">Beans</a></li>".repeat(4)
        + "</ul></div><main><h1>Coffee</h1><p>Our coffee is roasted in small batches, every day, and sent out the day it is roasted so that it reaches you fresh.</p></main></body></html>";
    assertThat(HtmlText.render(menu).text()).contains("small batches").doesNotContain("Beans");
  }

  @Test
  void aDialogOverThePageIsNotItsText() {
    String product = "<main><h1>Rambler Tumbler</h1><p>A go-to for coffee on the go, double-wall vacuum insulated, it fits in most cupholders and keeps drinks hot for hours.</p></main>";
    String html = "<html><head><title>Rambler Tumbler</title></head><body>" + product
        + "<div role=\"dialog\" aria-modal=\"true\"><h2>Remove product?</h2><p>Are you sure you want to remove the following product from the cart?</p></div>"
        + "<dialog><p>You are leaving this site and heading to a site owned by our partner.</p></dialog></body></html>";
    String text = HtmlText.render(html).text();
    assertThat(text).contains("double-wall vacuum insulated").doesNotContain("Remove product", "leaving this site");
    // An open dialog is shown.
    assertThat(HtmlText.render(html.replace("<dialog>", "<dialog open>")).text()).contains("leaving this site");
  }

  @Test
  void aConsentPanelLongerThanThePageIsNotItsText() {
    String purpose = "<h4>Measure advertising performance</h4><p>Information regarding which advertising is presented to you, and how you interact with it, can be used to determine how well an advert has worked for you or other users, and whether the goals of the advertising were reached.</p>";
    String html = "<html><head><title>Tomato sauce recipes</title></head><body>"
        + "<main><h1>Tomato sauce recipes</h1><p>Our collection of tomato sauce recipes has something for every dish, whether you want a big plate of pasta, a pizza, or a braise, slow and rich.</p>"
        + "<p>Start with the classic red sauce, then try a vodka sauce, a Bolognese, or a sauce of fresh tomatoes, quick, bright, and done in minutes.</p></main>"
        + "<div id=\"onetrust-consent-sdk\" class=\"show-banner\"><h3>Privacy Preference Center</h3>" + purpose.repeat(6) + "</div></body></html>";
    String text = HtmlText.render(html).text();
    assertThat(text).contains("Our collection of tomato sauce recipes", "vodka sauce").doesNotContain("Privacy Preference", "advert");
  }

  @Test
  void aPageHoldingLessThanItsHeadsDescriptionIsReadAsThatDescription() {
    String first = "So I wanted to know what real world miles people are getting. I did 24 miles on Friday, 10 on Sunday and another 15 on Tuesday, all without charging, and had 18% left at the end of it. Big batteries are heavy to carry, but it is worth it.";
    String html = "<html><head><title>What's your range?</title><meta name=\"description\" content=\"" + first + "\"></head>"
        + "<body><div class=\"header\"><span>esk8.news</span> <span>calc</span> <span>donate now</span></div><div id=\"app\"></div></body></html>";
    String text = HtmlText.render(html).text();
    assertThat(text).isEqualTo("What's your range?\n\n" + first);
    // A page with more to say than its description keeps its own text.
    String said = html.replace("<div id=\"app\"></div>", "<main><p>" + first.replace("So I", "Here I") + " And then some more words of the post itself.</p></main>");
    assertThat(HtmlText.render(said).text()).contains("Here I wanted", "some more words").doesNotContain("So I wanted");
  }

  @Test
  void linksACommaApartAreAListSaidInALineNotAMenu() {
    StringBuilder entries = new StringBuilder();
    for (String t : List.of("Anatomy of Massive Activations", "Provably Unbiased LLM Judges", "Partial Information Puzzles")) {
      entries.append("<dt><a href=\"/abs/1\">arXiv:2603.05498</a></dt><dd><div class=\"list-title\">Title: ").append(t)
          .append("</div><div class=\"list-authors\"><a href=\"/a/1\">Shangwen Sun</a>, <a href=\"/a/2\">Alfredo Canziani</a>, <a href=\"/a/3\">Yann LeCun</a>, <a href=\"/a/4\">Jiachen Zhu</a></div></dd>");
    }
    String html = "<html><head><title>Artificial Intelligence</title></head><body><div class=\"row\"><a href=\"/\">Home</a> <a href=\"/h\">Help</a> <a href=\"/s\">Search</a></div>"
        + "<h1>Artificial Intelligence</h1><dl id=\"articles\">" + entries + "</dl></body></html>";
    String text = HtmlText.render(html).text();
    assertThat(text).contains("Provably Unbiased LLM Judges", "Shangwen Sun, Alfredo Canziani, Yann LeCun").doesNotContain("Search");
  }

  @Test
  void aCardsRowOfLinksIsTheCardsNotAMenu() {
    StringBuilder cards = new StringBuilder();
    for (String t : List.of("The Women Who Helped Me Grow as a Developer", "Why Friction Is an Engineering Prerequisite", "A Week of Rebuilding an Agent", "Screen Reader Experience Analysis")) {
      cards.append("<div class=\"story\"><h2><a href=\"/p\">").append(t).append("</a></h2>")
          .append("<div class=\"story-topics\"><a href=\"/t/ai\">#ai</a> <a href=\"/t/webdev\">#webdev</a> <a href=\"/t/career\">#career</a></div>")
          .append("<small>2 min read</small></div>");
    }
    String html = "<html><head><title>DEV Community</title></head><body><div class=\"row\"><a href=\"/\">Home</a> <a href=\"/h\">Help</a> <a href=\"/s\">Search</a></div>"
        + "<main><div class=\"stories\">" + cards + "</div></main></body></html>";
    String text = HtmlText.render(html).text();
    assertThat(text).contains("Why Friction Is an Engineering Prerequisite", "#ai #webdev #career").doesNotContain("Search");
  }
}
