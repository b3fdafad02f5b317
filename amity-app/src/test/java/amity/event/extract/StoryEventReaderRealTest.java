package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Actor;
import amity.model.Event;
import amity.model.StoryAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link StoryEventReader}'s own readings on real sentences: visits told as what their visitor is doing. */
class StoryEventReaderRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  private static List<Event> events(RealPages.RealPage page) {
    List<Event> out = new ArrayList<>();
    for (StoryAnalysis s : page.analysis().stories()) out.addAll(s.events());
    return out;
  }

  private static List<String> visitors(List<Event> events) {
    return events.stream().filter(e -> e.form().equals("visit")).flatMap(e -> e.actors().stream()).map(Actor::name).toList();
  }

  @Test
  void theOneInAPlaceOnAVisitBeforeHisNameIsOnAVisitThere() {
    // "正在科威特访问的美国副国务卿托马斯·皮克林２日说": the visit word modifies its visitor, so it is no
    // trigger of its own; Pickering (the knowledge base's Thomas Pickering) is on a visit to Kuwait
    // all the same.
    List<Event> e = events(RealPages.msra("正在科威特访问的美国副国务卿托马斯·皮克林"));
    assertThat(e).anySatisfy(v -> {
      assertThat(v.form()).isEqualTo("visit");
      assertThat(v.actors()).extracting(Actor::entity).containsExactly("person:us/thomas-pickering");
      assertThat(v.countries()).containsExactlyInAnyOrder("US", "KW");
    });
  }

  @Test
  void meetingAVisitingMinisterAlsoTellsHisVisit() {
    // "温家宝今天在京会见了来访的芬兰农林部长卡莱维·海米莱": as "met visiting X", the meeting and the
    // Finnish minister's visit to China.
    List<Event> e = events(RealPages.peoplesDaily("会见了来访的芬兰农林部长卡莱维·海米莱"));
    assertThat(e).anyMatch(m -> m.form().equals("meeting"));
    assertThat(visitors(e)).containsExactly("卡莱维·海米莱");
  }

  @Test
  void aMeetingWithoutVisitingWordsTellsNoVisit() {
    // "钱其琛今天在京会见了日本自治大臣兼国家公安委员会委员长上杉光弘一行": a meeting, no visit word.
    List<Event> e = events(RealPages.msra("会见了日本自治大臣兼国家公安委员会委员长上杉光弘一行"));
    assertThat(e).anyMatch(m -> m.form().equals("meeting"));
    assertThat(visitors(e)).isEmpty();
  }

  @Test
  void talksWithAVisitingPresidentNamedBeforeTheWordAlsoTellHisVisit() {
    // "叶利钦２５日同来访的阿根廷总统梅内姆举行会谈": the one met stands before the word for the talks,
    // after "同来访的"; his visit is told as in "met visiting X".
    List<Event> e = events(RealPages.msra("同来访的阿根廷总统梅内姆举行会谈"));
    assertThat(e).anyMatch(m -> m.form().equals("talks"));
    assertThat(visitors(e)).containsExactly("Carlos Menem");
  }
}
