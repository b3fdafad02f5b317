package amity.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.model.AnalyzedStory;
import amity.model.Story;
import amity.testkit.RealText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What any {@link FieldFinder} owes its callers, checked on real news in four languages. */
public abstract class FieldFinderContract {
  /** {@return the implementation under test} */
  protected abstract FieldFinder finder();

  private static List<Story> realStories(String lang) {
    List<Story> out = new ArrayList<>();
    for (RealText.Named<AnalyzedStory> n : RealText.realStories()) {
      if (n.value().lang().equals(lang)) out.add(n.value().story());
    }
    return out;
  }

  private static Story withTitleAndText(Story s, String title, String text) {
    return new Story(s.id(), s.docId(), s.index(), s.kind(), title, null, s.dateline(), text, s.alignment(), s.published());
  }

  @Test
  void aNullStoryIsACallerBug() {
    Story any = realStories("en").get(0);
    assertThrows(NullPointerException.class, () -> finder().fields(null, "en"));
    assertThrows(NullPointerException.class, () -> finder().fields(any, null));
  }

  @Test
  void aLanguageWithoutDataGivesNoFields() {
    for (Story s : realStories("en")) assertThat(finder().fields(s, "und")).as(s.id()).isEmpty();
  }

  @Test
  void anEmptyStoryGivesNoFields() {
    Story any = realStories("en").get(0);
    for (String lang : List.of("en", "es", "vi", "zh")) {
      assertThat(finder().fields(withTitleAndText(any, "", ""), lang)).as(lang).isEmpty();
    }
  }

  @Test
  void realNewsNamesFieldsOnceEachAsKeys() {
    Map<String, String> news = RealText.news();
    for (String lang : news.keySet()) {
      int named = 0;
      for (Story s : realStories(lang)) {
        List<String> fields = finder().fields(s, lang);
        assertThat(fields).as(s.id() + " each key once").doesNotHaveDuplicates();
        assertThat(fields).as(s.id() + " keys, not phrases").allMatch(k -> k.matches("[a-z][a-z0-9_]*"));
        assertThat(finder().fields(s, lang)).as(s.id() + " again").isEqualTo(fields);
        assertThrows(UnsupportedOperationException.class, () -> fields.add("x"), s.id() + ": the list is the finder's answer, not a buffer");
        if (!fields.isEmpty()) named++;
      }
      assertThat(named).as(lang + ": real news names some field of cooperation").isPositive();
    }
  }

  @Test
  void theTitleIsReadAsTheTextIs() {
    for (String lang : RealText.news().keySet()) {
      for (Story s : realStories(lang)) {
        List<String> fromText = finder().fields(withTitleAndText(s, "", s.text()), lang);
        List<String> fromTitle = finder().fields(withTitleAndText(s, s.text(), ""), lang);
        assertThat(fromTitle).as(s.id()).containsExactlyInAnyOrderElementsOf(fromText);
      }
    }
  }
}
