package amity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.language.ProfileLanguageIdentifier;
import amity.model.DocumentAnalysis;
import amity.model.StoryAnalysis;
import amity.model.StoryFailure;
import amity.stage.EventExtractor;
import amity.testkit.Analyze;
import amity.testkit.Docs;
import amity.text.IcuSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stage that throws on one story of a page loses that story's later stages, not the page. */
class PipelineIsolationTest {
  /** A teaser page: three stories, each with people and an event. */
  private static final String TEASERS = """
      World

      Prime Minister meets Cuban Vice President
      Prime Minister Phạm Minh Chính met Cuban Vice President Salvador Valdés Mesa in Hà Nội on October 15.
      15/10/2025 17:30

      President holds phone talks with Lao leader
      President Lương Cường held phone talks with Lao President Thongloun Sisoulith on October 14.
      14/10/2025 16:05

      Việt Nam hands over rice to Cuba
      Ambassador Lâm Ngọc Thạch handed over 5,000 tonnes of rice donated by the Government to Cuba on October 13.
      13/10/2025 20:10
      """;

  private static Pipeline.Builder defaults() {
    return Pipeline.builder().defaults(Analyze.kb());
  }

  private static DocumentAnalysis analyze(Pipeline p) {
    return p.analyze(Docs.text("teasers.txt", TEASERS));
  }

  /** The stories other than {@code failed} are read as if nothing had happened. */
  private static void othersAreWhole(DocumentAnalysis a, int failed) {
    DocumentAnalysis whole = analyze(defaults().build());
    assertThat(whole.stories()).hasSize(3).allSatisfy(s -> {
      assertThat(s.mentions()).isNotEmpty();
      assertThat(s.events()).isNotEmpty();
    });
    assertThat(a.stories()).hasSize(3);
    for (int i = 0; i < 3; i++) {
      if (i == failed) continue;
      assertThat(a.stories().get(i)).as("story " + i).isEqualTo(whole.stories().get(i));
    }
  }

  /**
   * amity's own event extractor, whichever class it is: the events the default pipeline reads from
   * the story at the same place of the same document.
   */
  private static EventExtractor ownEvents() {
    Pipeline defaults = Pipeline.builder().defaults(Analyze.kb()).build();
    return (doc, story, mentions) -> defaults.analyze(doc).stories().get(story.story().index()).events();
  }

  @Test
  void anEventFailureKeepsTheStoryAndItsMentionsWithoutEvents() {
    EventExtractor real = ownEvents();
    Pipeline p = defaults().events((doc, story, mentions) -> {
      if (story.story().index() == 1) throw new ArrayIndexOutOfBoundsException("Index 5 out of bounds for length 5");
      return real.extract(doc, story, mentions);
    }).build();

    DocumentAnalysis a = analyze(p);

    othersAreWhole(a, 1);
    StoryAnalysis failed = a.stories().get(1);
    assertThat(failed.story().story().title()).isEqualTo("President holds phone talks with Lao leader");
    assertThat(failed.mentions()).extracting(m -> m.mention().text()).contains("Lương Cường", "Thongloun Sisoulith");
    assertThat(failed.events()).isEmpty();
    assertThat(a.failures()).singleElement().satisfies(f -> {
      assertThat(f.story()).isEqualTo(failed.story().story().id());
      assertThat(f.index()).isEqualTo(1);
      assertThat(f.stage()).isEqualTo("events");
      assertThat(f.reason()).isEqualTo("ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 5");
      assertThat(f.where()).startsWith(PipelineIsolationTest.class.getName());
      assertThat(f.line()).isEqualTo("story 1: events: ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 5");
    });
  }

  @Test
  void aMentionFailureKeepsTheStoryWithoutMentionsOrEvents() {
    Pipeline p = defaults().addMentionFinder(story -> {
      if (story.story().index() == 0) throw new IllegalStateException("no finder for this");
      return List.of();
    }).build();

    DocumentAnalysis a = analyze(p);

    othersAreWhole(a, 0);
    StoryAnalysis failed = a.stories().get(0);
    assertThat(failed.story().story().title()).isEqualTo("Prime Minister meets Cuban Vice President");
    assertThat(failed.story().lang()).isEqualTo("en");
    assertThat(failed.story().sentences()).isNotEmpty();
    assertThat(failed.mentions()).isEmpty();
    assertThat(failed.events()).isEmpty();
    assertThat(a.failures()).extracting(StoryFailure::index, StoryFailure::stage, StoryFailure::reason)
        .containsExactly(tuple(0, "mentions", "IllegalStateException: no finder for this"));
  }

  @Test
  void aStackOverflowInLinkingKeepsTheStoryWithoutMentions() {
    Pipeline p = defaults().linker((story, mentions) -> {
      if (story.story().index() == 2) throw new StackOverflowError();
      return List.of();
    }).build();

    DocumentAnalysis a = analyze(p);

    assertThat(a.stories()).hasSize(3);
    assertThat(a.stories().get(2).mentions()).isEmpty();
    assertThat(a.stories().get(2).events()).isEmpty();
    assertThat(a.failures()).extracting(StoryFailure::index, StoryFailure::stage, StoryFailure::reason)
        .containsExactly(tuple(2, "link", "StackOverflowError"));
  }

  @Test
  void languageAndSegmentFailuresKeepTheBareStory() {
    ProfileLanguageIdentifier languages = new ProfileLanguageIdentifier();
    IcuSegmenter segmenter = new IcuSegmenter();
    Pipeline p = defaults()
        .languages(text -> {
          if (text.toString().contains("rice")) throw new NullPointerException("no profile");
          return languages.identify(text);
        })
        .segmenter((text, lang) -> {
          if (text.contains("phone talks")) throw new IllegalArgumentException("bad offsets 3 > 2");
          return segmenter.segment(text, lang);
        })
        .build();

    DocumentAnalysis a = analyze(p);

    assertThat(a.stories()).hasSize(3);
    assertThat(a.stories().get(0).events()).isNotEmpty();
    StoryAnalysis unsegmented = a.stories().get(1);
    assertThat(unsegmented.story().lang()).isEqualTo("en");
    assertThat(unsegmented.story().sentences()).isEmpty();
    assertThat(unsegmented.mentions()).isEmpty();
    StoryAnalysis unidentified = a.stories().get(2);
    assertThat(unidentified.story().lang()).isEqualTo("und");
    assertThat(unidentified.story().sentences()).isEmpty();
    assertThat(a.failures()).extracting(StoryFailure::index, StoryFailure::stage).containsExactly(
        tuple(1, "segment"), tuple(2, "language"));
  }

  @Test
  void aCleanerFailureIsStillTheDocumentsError() {
    Pipeline p = defaults().cleaner(doc -> {
      throw new IllegalStateException("page too odd");
    }).build();

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> analyze(p));
    assertThat(e).hasMessage("page too odd");
  }

  @Test
  void aFailureNamesAKnownStage() {
    assertThrows(IllegalArgumentException.class, () -> new StoryFailure("d-0", 0, "parse", "x", ""));
  }
}
