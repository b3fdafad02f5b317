package amity.clean;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DateValue;
import amity.model.LineKind;
import org.junit.jupiter.api.Test;

class LineClassifierTest {
  @Test
  void everyLineOfASeedIsKeptInOrderWithItsSpanAndBlock() {
    var doc = SeedLines.doc("001");
    var lines = new LineClassifier(SeedLines.RULES).lines(doc.text());
    assertThat(lines).hasSize((int) doc.text().chars().filter(c -> c == '\n').count() + 1);
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      assertThat(l.index()).isEqualTo(i);
      assertThat(l.span().of(doc.text())).isEqualTo(l.text()).isEqualTo(l.text().strip());
      assertThat(l.isBlank()).isEqualTo(l.text().isEmpty());
      if (i > 0) assertThat(l.block()).isEqualTo(lines.get(i - 1).block() + (l.isBlank() ? 1 : 0));
    }
  }

  @Test
  void relatedHeadingsTimestampsAndCaptionsAreMarked() {
    var lines = SeedLines.of("001");
    assertThat(SeedLines.line(lines, "See also").kind()).isEqualTo(LineKind.RELATED_HEADING);
    Line stamp = SeedLines.line(lines, "08:52 | 31/05/2023");
    assertThat(stamp.reason()).isEqualTo("timestamp");
    assertThat(stamp.date()).isEqualTo(DateValue.parse("2023-05-31"));
    assertThat(SeedLines.line(lines, "VNA/VNS Photo").kind()).isEqualTo(LineKind.CAPTION);
    assertThat(SeedLines.line(lines, "PM Chính calls for expanded cooperation").isText()).isTrue();
  }

  @Test
  void anAgencySignOffStandingAloneIsASignOff() {
    var lines = SeedLines.of("002");
    Line signoff = lines.stream().filter(l -> l.text().equals("越通社")).findFirst().orElseThrow();
    assertThat(signoff.kind()).isEqualTo(LineKind.SIGNOFF);
    assertThat(SeedLines.line(lines, "更多").kind()).isEqualTo(LineKind.RELATED_HEADING);
  }

  @Test
  void aReadMoreButtonIsNavigationButAHeadingOverMoreNewsIsRelated() {
    LineClassifier c = new LineClassifier(SeedLines.RULES);
    for (String button : java.util.List.of("Read more", "READ MORE", "See more", "Learn more →", "Show more...")) {
      assertThat(c.classify(0, new amity.model.Span(0, button.length()), button, 0).kind()).as(button).isEqualTo(LineKind.NAVIGATION);
    }
    assertThat(c.classify(0, new amity.model.Span(0, 13), "See more news", 0).kind()).isEqualTo(LineKind.RELATED_HEADING);
    assertThat(c.classify(0, new amity.model.Span(0, 16), "Related articles", 0).kind()).isEqualTo(LineKind.RELATED_HEADING);
  }

  @Test
  void aShopsButtonsAndBadgesAloneOnALineAreNavigation() {
    LineClassifier c = new LineClassifier(SeedLines.RULES);
    for (String button : java.util.List.of("Add to cart", "Quick view", "Quick Shop", "Choose options", "Sold out", "See all reviews", "Book now", "[edit]")) {
      assertThat(c.classify(0, new amity.model.Span(0, button.length()), button, 0).kind()).as(button).isEqualTo(LineKind.NAVIGATION);
    }
    // In a sentence, the same words are text.
    String said = "The tickets sold out in an hour, and the band added a second night.";
    assertThat(c.classify(0, new amity.model.Span(0, said.length()), said, 0).kind()).isEqualTo(LineKind.BODY);
  }

  @Test
  void aStoresDataDumpedIntoThePageIsNotText() {
    String text = """
        cat_thumb_Petrol Blue:
        https://cdn.example.com/s-abc/images/stencil/160x160/uploaded_images/5001/thumb.jpg
        retail_price_tier1:
        Details: see https://example.com for our shops.
        https://example.com
        Fit: Regular
        """;
    var lines = new LineClassifier(SeedLines.RULES).lines(text);
    assertThat(lines.get(0).kind()).isEqualTo(LineKind.NAVIGATION);
    assertThat(lines.get(1).kind()).isEqualTo(LineKind.NAVIGATION);
    assertThat(lines.get(2).kind()).isEqualTo(LineKind.NAVIGATION);
    // An address inside a sentence, a short one alone (a site's own), and a field a reader reads stay.
    assertThat(lines.get(3).isText()).isTrue();
    assertThat(lines.get(4).isText()).isTrue();
    assertThat(lines.get(5).isText()).isTrue();
  }

  @Test
  void aSourceCitedWithItsAddressAndTheDayItWasReadIsNotText() {
    String text = """
        “2025 Benchmarking Study: Growth Drivers and Performance.” Example Bank, https://example.com/study/2025. Accessed 11 Apr. 2025.
        Transworld Advisors. https://www.example.org. Retrieved on March 3, 2024
        The study, published at https://example.com/study in 2025, was accessed by thousands of readers.
        """;
    var lines = new LineClassifier(SeedLines.RULES).lines(text);
    assertThat(lines.get(0).kind()).isEqualTo(LineKind.NAVIGATION);
    assertThat(lines.get(1).kind()).isEqualTo(LineKind.NAVIGATION);
    assertThat(lines.get(2).isText()).isTrue();
  }
}
