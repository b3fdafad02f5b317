package amity.event.extract;

import static amity.event.extract.RealPages.actors;
import static org.assertj.core.api.Assertions.assertThat;

import amity.event.extract.RealPages.RealSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A gathering of many states named as the subject of its own clause ("5国外长会议却…表示", "…首脑会议17日
 * 在…开幕", GroupFinder's {@code gathering_subject}): the states meeting there, under the gathering's
 * name, are its party, and the gate keeps it as their meeting.
 */
class GatheringSubjectRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  private static Reading summit(RealSentence s, String surface) {
    return s.datedReadings(null, null).stream().filter(r -> r.trigger().surface().equals(surface)).findFirst().orElseThrow();
  }

  @Test
  void aRegionsSummitThatOpensIsTheMeetingOfItsStates() {
    // "为期三天的南部非洲经济首脑会议17日在纳米比亚首都温得和克开幕" (tune page): the summit, not the
    // capital, is the party; 为期三天的 is no part of its name.
    RealSentence s = RealPages.page("zh-pd-067.txt").sentence("南部非洲经济首脑会议17日");
    Reading r = summit(s, "首脑会议");
    assertThat(actors(r.actors())).containsExactly("南部非洲经济首脑会议/PARTICIPANT/null");
    assertThat(r.cues()).contains(Cue.GATHERING);
    assertThat(s.accepted(r)).isTrue();
  }

  @Test
  void aCountOfStatesForeignMinistersMeetingThatSpeaksIsTheirMeeting() {
    // "5国外长会议却针锋相对地表示" (tune page): a count of states names whose gathering it is.
    RealSentence s = RealPages.page("zh-pd-075.txt").sentence("5国外长会议却");
    Reading r = summit(s, "外长会议");
    assertThat(actors(r.actors())).containsExactly("5国外长会议/PARTICIPANT/null");
    assertThat(s.accepted(r)).isTrue();
  }

  @Test
  void aBodysNumberedMeetingHeldInACityIsTheBodysMeetingInUnlabelledText() {
    // "海湾合作委员会第六十七次外长会议２８日在利雅得举行" (MSRA, unlabelled): a body and an ordinal.
    RealSentence s = RealPages.msra("海湾合作委员会第六十七次外长会议").sentence("第六十七次外长会议");
    Reading r = summit(s, "外长会议");
    assertThat(actors(r.actors())).containsExactly("海湾合作委员会第六十七次外长会议/PARTICIPANT/null");
    assertThat(s.accepted(r)).isTrue();
  }

  @Test
  void whatASummitShouldDiscussTellsNoSummitHeld() {
    // "欧盟首脑会议应该讨论贯彻辅助性原则的具体实施方案" (People's Daily, unlabelled): an opinion of
    // what the summit should do; the summit is no subject of a told event.
    RealSentence s = RealPages.peoplesDaily("欧盟首脑会议应该讨论").sentence("欧盟首脑会议应该讨论");
    assertThat(s.mentions()).noneMatch(GroupFinder::gatheringSubject);
    // Nor is the summit's own word an event: zh-pd-077 (sixth batch, negative) holds this sentence.
    RealSentence page = RealPages.page("zh-pd-077.txt").sentence("欧盟首脑会议应该讨论");
    assertThat(page.triggers()).isEmpty();
  }

  @Test
  void aSummitTheLeadersMetAtStaysBesideTheTalksTold() {
    // "另外，法新社的报道认为，在北京的首脑会议上，江泽民主席和克林顿总统把中美关系带入了一个新纪元，并说会谈成果…"
    // (MSRA, unlabelled): a summit (首脑会议, a gathering of states like 峰会) is an event of its own
    // beside the talks the sentence names after it, the two leaders its parties.
    RealSentence s = RealPages.msra("在北京的首脑会议上").sentence("在北京的首脑会议上");
    assertThat(s.triggers()).extracting(TriggerMatch::surface).contains("首脑会议");
    assertThat(s.readings()).filteredOn(s::accepted).extracting(r -> actors(r.actors()))
        .contains(java.util.List.of("江泽民/PARTICIPANT/CN", "克林顿/PARTICIPANT/US"));
  }

  @Test
  void theYearBeforeASummitsNameIsNoPartOfIt() {
    // "１９９９年第九届１５国集团首脑会议在牙买加举行" (MSRA, unlabelled): the year tells when.
    RealSentence s = RealPages.msra("１５国集团首脑会议在牙买加举行").sentence("首脑会议在牙买加");
    assertThat(s.mentions()).filteredOn(GroupFinder::gatheringSubject).extracting(m -> m.mention().text())
        .containsExactly("第九届１５国集团首脑会议");
  }
}
