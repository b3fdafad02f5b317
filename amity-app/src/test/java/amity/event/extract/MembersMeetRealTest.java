package amity.event.extract;

import static amity.event.extract.RealPages.actors;
import static org.assertj.core.api.Assertions.assertThat;

import amity.event.Forms;
import amity.event.extract.RealPages.RealSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A body of many states whose members' officials meet among themselves, named as the meeting's
 * subject ("Commonwealth foreign ministers are to meet in London"), on real stories of the tune
 * half: the body is the only party and the meeting is the gathering of its states.
 */
class MembersMeetRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void commonwealthForeignMinistersMeetingInLondonIsTheCommonwealthsGathering() {
    RealSentence s = RealPages.page("en-train-713.txt").sentence("Commonwealth foreign ministers are to meet");
    Reading r = s.datedReadings(null, null).stream().filter(x -> Forms.eventClass(x.form()).equals("meeting")).findFirst().orElseThrow();
    assertThat(actors(r.actors())).containsExactly("Commonwealth/PARTICIPANT/null");
    assertThat(r.cues()).contains(Cue.GATHERING, Cue.FORUM);
    assertThat(s.accepted(r)).isTrue();
  }

  @Test
  void aBodyRightBeforeTheWordNamesNoMembers() {
    // "at a NATO meeting": the body's own gathering is read by its word (gatheringBody), not as
    // members meeting among themselves.
    RealSentence s = RealPages.page("en-train-299.txt").sentence("at a NATO meeting");
    TriggerMatch t = s.triggers().stream().filter(x -> x.surface().equals("meeting")).findFirst().orElseThrow();
    assertThat(GatheringParties.membersBody(t, s.view(), id -> true)).isNull();
  }
}
