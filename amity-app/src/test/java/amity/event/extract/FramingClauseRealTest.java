package amity.event.extract;

import static amity.event.extract.RealPages.actors;
import static org.assertj.core.api.Assertions.assertThat;

import amity.event.extract.ArgumentReader.Arguments;
import amity.testkit.Analyze;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link FramingClause} on real sentences of the tune half: parties an event takes from the clause around it. */
class FramingClauseRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void twoCapitalsSayingATreatyShouldBeSignedAreItsParties() {
    var s = RealPages.page("en-train-829.txt").sentence("Bucharest and Budapest say the treaty should be signed");
    Arguments none = new Arguments(List.of(), null, Set.of());
    Arguments a = FramingClause.speakingParties(s.view(), s.trigger("signed"), s.clause("signed"), none, Analyze.kb());
    assertThat(actors(a.actors())).containsExactly("Bucharest/PARTICIPANT/RO", "Budapest/PARTICIPANT/HU");
    assertThat(a.countries()).containsExactly("RO", "HU");
  }

  @Test
  void aClauseWithNoFrameKeepsItsNamesInChinese() {
    var s = RealPages.page("zh-2019-050.txt").sentence("王毅在纽约会见美国前国务卿基辛格");
    TriggerMatch t = s.trigger("会见");
    TriggerScope.Scope named = TriggerScope.of(s.view(), s.triggers(), t, s.clause("会见"), TriggerScope.usable(s.view()), EventTrace.OFF);
    FramingClause.Framed framed = FramingClause.reframe(s.view(), t, s.clause("会见"), named, List.of(), s.actors());
    assertThat(framed.scope()).isEqualTo(named.names());
    assertThat(framed.thankers()).isEmpty();
  }

  @Test
  void aWelcomedVisitIsTheGuestsAndAVisitNamedByItsPlaceIsNotItsHostsInChinese() {
    // "李瑞环首先对斯卡尔法罗总统访华表示欢迎，对不久前他访意期间受到的热情接待表示感谢。" (zh-pd-087): the visit
    // welcomed (对…访华表示欢迎) is Scalfaro's, Li hosting it; 访意 names Italy, so the Italian is its host, and
    // the visitor is he, Li.
    var s = RealPages.page("zh-pd-087.txt").sentence("对斯卡尔法罗总统访华表示欢迎");
    assertThat(actors(s.reading("访华").actors())).containsExactly("斯卡尔法罗/PARTICIPANT/IT");
    assertThat(actors(s.reading("访意").actors())).containsExactly("李瑞环/PARTICIPANT/CN");
  }
}
