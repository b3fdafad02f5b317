package amity.clean;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.LineKind;
import amity.model.StoryKind;
import org.junit.jupiter.api.Test;

class TeaserListTest {
  private final TeaserList teasers = new TeaserList(SeedLines.RULES, SeedLines.DATELINES);

  @Test
  void shortParagraphsInBlocksOfTheirOwnAreAList() {
    var lines = SeedLines.of("003");
    var paragraphs = lines.stream().filter(Line::isText).toList();
    assertThat(teasers.isUntitledList(paragraphs)).isTrue();
    assertThat(teasers.isList(lines, paragraphs, false)).isTrue();
    WorkingLines w = new WorkingLines(lines);
    assertThat(teasers.teasers(w)).hasSize(20).allMatch(d -> d.kind() == StoryKind.TEASER && d.body().size() == 1);
  }

  @Test
  void anArticlesParagraphsAreNot() {
    var lines = SeedLines.mainPart(SeedLines.of("000"));
    var paragraphs = lines.stream().filter(Line::isText).toList();
    assertThat(teasers.isUntitledList(paragraphs)).isFalse();
    assertThat(TeaserList.titledBlocks(lines)).isZero();
  }

  @Test
  void titledBlocksAreCountedAndTheirTitlesTakenForHeadlines() {
    var tail = SeedLines.tail(SeedLines.of("002"));
    assertThat(TeaserList.titledBlocks(tail)).isZero(); // a blank line parts each title from its text
    WorkingLines w = new WorkingLines(tail);
    var drafts = teasers.teasers(w);
    assertThat(drafts).isNotEmpty().allMatch(d -> d.headline() != null);
    assertThat(w.now(drafts.get(0).headline()).kind()).isEqualTo(LineKind.HEADLINE);
    assertThat(drafts.get(0).headline().text()).isEqualTo("进一步深化越南与白俄罗斯之间的友谊");
  }

  @Test
  void aTitleWithoutTextOfItsOwnIsALineOfTheTeaserBeforeIt() {
    String text = """
        Serverless Inference

        The fastest way to run open models on demand, powered by our own research on inference.

        Batch Inference

        Process large workloads at a lower cost, scaling to billions of tokens a day.

        Up to 50% lower cost

        Fine-Tuning

        Tune open models for your own workloads with the latest research techniques.
        """;
    var lines = new LineClassifier(SeedLines.RULES).lines(text);
    WorkingLines w = new WorkingLines(lines);
    var drafts = teasers.teasers(w);
    assertThat(drafts).hasSize(3);
    assertThat(drafts.get(1).body()).extracting(Line::text)
        .containsExactly("Process large workloads at a lower cost, scaling to billions of tokens a day.", "Up to 50% lower cost");
    assertThat(drafts.get(2).headline().text()).isEqualTo("Fine-Tuning");
  }

  @Test
  void aCardOfShortLinesWithoutProseIsATeaserTitledByItsFirstLine() {
    String text = """
        #1
        A Court of Thorns and Roses
        Sarah J. Maas
        Hardcover
        $22.40

        #2
        Project Hail Mary: A Novel
        Andy Weir
        Paperback
        $13.98
        """;
    var lines = new LineClassifier(SeedLines.RULES).lines(text);
    WorkingLines w = new WorkingLines(lines);
    var drafts = teasers.teasers(w);
    assertThat(drafts).hasSize(2);
    assertThat(drafts.get(0).headline().text()).isEqualTo("#1");
    assertThat(drafts.get(0).body()).extracting(Line::text).containsExactly("A Court of Thorns and Roses", "Sarah J. Maas", "Hardcover", "$22.40");
    assertThat(drafts.get(1).body()).extracting(Line::text).contains("Project Hail Mary: A Novel", "$13.98");
  }

  @Test
  void aTimeInsideATeasersBlockAndAPagerAfterTheLastAreNotItsLines() {
    String text = """
        Cuba and Vietnam hold talks

        The two foreign ministers reviewed the bilateral agenda during a meeting in Hanoi on Monday.
        Two days back

        Laos and Cuba sign a health agreement

        The agreement will train Lao doctors at Cuban universities and send brigades to the north.

        Pages 1 2 3 Next
        """;
    var lines = new LineClassifier(SeedLines.RULES).lines(text);
    WorkingLines w = new WorkingLines(lines);
    var drafts = teasers.teasers(w);
    assertThat(drafts).hasSize(2).allMatch(d -> d.body().size() == 1);
    assertThat(w.now(SeedLines.line(lines, "Two days back")).reason()).isEqualTo("orphan-title");
    assertThat(w.now(SeedLines.line(lines, "Pages 1 2 3 Next")).reason()).isEqualTo("orphan-title");
  }

  @Test
  void aTitleWithoutTextBeforeAnyTeaserStaysOutOfThem() {
    var lines = new LineClassifier(SeedLines.RULES).lines("Our products\n\nDesks\n\nStanding desks for every office, made to order and shipped in a week.\n");
    WorkingLines w = new WorkingLines(lines);
    var drafts = teasers.teasers(w);
    assertThat(drafts).hasSize(1);
    assertThat(drafts.get(0).headline().text()).isEqualTo("Desks");
    assertThat(w.now(lines.get(0)).reason()).isEqualTo("orphan-title");
  }

  @Test
  void aSingleWordBetweenTeasersIsAPostersNameNotALineOfThePostBefore() {
    String text = """
        Post by galitsyn

        You can download the new release from the usual page, with the changelog beside it.

        Simple07

        Post by Simple07

        Having upgraded from the beta to the final release, I am having network issues on every guest.
        """;
    var lines = new LineClassifier(SeedLines.RULES).lines(text);
    WorkingLines w = new WorkingLines(lines);
    var drafts = teasers.teasers(w);
    assertThat(drafts).hasSize(2);
    assertThat(drafts.get(0).body()).extracting(Line::text)
        .containsExactly("You can download the new release from the usual page, with the changelog beside it.");
    assertThat(w.lines()).filteredOn(l -> l.text().equals("Simple07")).singleElement()
        .satisfies(l -> assertThat(l.reason()).isEqualTo("orphan-title"));
  }

  @Test
  void aLongRunOfTitlesBeforeTheTeasersIsTheirOwnList() {
    String text = """
        Watercolor Paint

        Acrylic Paint

        Oil Paint

        Brushes and Painting Tools

        Colored Pencils

        Fine Writing Supplies

        Easels and Furniture

        Frames and Framing Supplies

        Portfolio Savings
        Deep discounts on top brands while supplies last.
        """;
    var lines = new LineClassifier(SeedLines.RULES).lines(text);
    WorkingLines w = new WorkingLines(lines);
    var drafts = teasers.teasers(w);
    assertThat(drafts).hasSize(2);
    assertThat(drafts.get(0).headline()).isNull();
    assertThat(drafts.get(0).body()).extracting(Line::text).hasSize(8).startsWith("Watercolor Paint");
    assertThat(w.now(lines.get(0)).reason()).isEqualTo("list-item");
    assertThat(drafts.get(1).headline().text()).isEqualTo("Portfolio Savings");
  }

  @Test
  void aShortRunOfTitlesBeforeTheTeasersStaysOut() {
    String text = """
        Oil Paint

        Colored Pencils

        Portfolio Savings
        Deep discounts on top brands while supplies last, on paints, brushes, papers and easels.
        """;
    var lines = new LineClassifier(SeedLines.RULES).lines(text);
    WorkingLines w = new WorkingLines(lines);
    var drafts = teasers.teasers(w);
    assertThat(drafts).hasSize(1);
    assertThat(w.now(lines.get(0)).reason()).isEqualTo("orphan-title");
  }

  @Test
  void aParagraphBrokenIntoLinesStaysWholeInItsTeaser() {
    String text = """
        Cardio Machines
        Cardio machines are an essential part of any gym, as they help you burn calories.

        Strength training equipment is designed to help individuals build muscle
        strength, improve endurance, and enhance overall physical performance. Free
        weights require stabilization and coordination.
        """;
    var lines = new LineClassifier(SeedLines.RULES).lines(text);
    WorkingLines w = new WorkingLines(lines);
    var drafts = teasers.teasers(w);
    assertThat(drafts).hasSize(2);
    assertThat(drafts.get(1).body()).extracting(Line::text).containsExactly(
        "Strength training equipment is designed to help individuals build muscle",
        "strength, improve endurance, and enhance overall physical performance. Free",
        "weights require stabilization and coordination.");
    assertThat(w.lines()).noneMatch(l -> l.reason().equals("orphan-title"));
  }
}
