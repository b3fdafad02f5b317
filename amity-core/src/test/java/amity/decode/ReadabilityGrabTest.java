package amity.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ReadabilityGrabTest {
  private static final String PARAGRAPH =
      "The council voted on Tuesday to rebuild the old river bridge, which has been closed to lorries since the spring floods, and work is due to start in March.";

  @Test
  void theKnownAnswersAreThePatternsAnswers() {
    RegExUtil patterns = new RegExUtil(RegExUtil.UnlikelyCandidatesDefaultPattern, RegExUtil.OkMaybeItsACandidateDefaultPattern,
        RegExUtil.PositiveDefaultPattern, RegExUtil.NegativeDefaultPattern, RegExUtil.ExtraneousDefaultPattern,
        RegExUtil.BylineDefaultPattern, RegExUtil.ReplaceFontsDefaultPattern, RegExUtil.NormalizeDefaultPattern,
        RegExUtil.VideosDefaultPattern, RegExUtil.NextLinkDefaultPattern, RegExUtil.PrevLinkDefaultPattern,
        RegExUtil.WhitespaceDefaultPattern, RegExUtil.HasContentDefaultPattern);
    ReadabilityGrab.KnownAnswers known = new ReadabilityGrab.KnownAnswers();
    for (String s : List.of("sidebar ", "article-body main", "post-content ", " hid", "byline author", "comment-list ", " ", "")) {
      for (int twice = 0; twice < 2; twice++) {
        assertThat(known.isUnlikelyCandidate(s)).as(s).isEqualTo(patterns.isUnlikelyCandidate(s));
        assertThat(known.okMaybeItsACandidate(s)).as(s).isEqualTo(patterns.okMaybeItsACandidate(s));
        assertThat(known.isPositive(s)).as(s).isEqualTo(patterns.isPositive(s));
        assertThat(known.isNegative(s)).as(s).isEqualTo(patterns.isNegative(s));
        assertThat(known.isByline(s)).as(s).isEqualTo(patterns.isByline(s));
      }
    }
    for (String s : List.of("one two", "one  two", "one \n two", "a\t\tb", "")) {
      assertThat(known.normalize(s)).as(s).isEqualTo(patterns.normalize(s));
    }
  }

  @Test
  void linkDensityAndCommasAreMeasuredOnTheText() {
    ReadabilityGrab grab = new ReadabilityGrab();
    Element e = Jsoup.parse("<div>one, two <a href=x>three</a>, four</div>").selectFirst("div");
    assertThat(grab.getLinkDensity(e)).isEqualTo(5.0 / "one, two three, four".length());
    assertThat(grab.getCharCount(e, ',')).isEqualTo(2);
    assertThat(grab.getLinkDensity(Jsoup.parse("<div> </div>").selectFirst("div"))).isZero();
  }

  @Test
  void aBlockOfLinksInsideTheArticleIsLeftOut() {
    String html = "<div class=story>" + ("<p>" + PARAGRAPH + "</p>").repeat(5)
        + "<div class=more>" + "<div><a href=x>Another story about the town</a></div>".repeat(6) + "</div></div>";
    Element content = new ReadabilityGrab().grab(List.of(Jsoup.parse(html).selectFirst("div.story")));
    assertThat(content.text()).contains(PARAGRAPH).doesNotContain("Another story");
  }

  @Test
  void aShortFirstPassIsPassedAgainWithUnlikelyCandidatesKept() {
    // The article's own class reads as unlikely ("comment"): the first pass removes it and finds
    // nothing, the second keeps it.
    String html = "<div class=comment-of-the-week>" + ("<p>" + PARAGRAPH + "</p>").repeat(5) + "</div>";
    Element content = new ReadabilityGrab().grab(List.of(Jsoup.parse(html).selectFirst("div")));
    assertThat(content).isNotNull();
    assertThat(content.text()).contains(PARAGRAPH);
  }
}
