package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.event.extract.RealPages.RealSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link VisitHosts} on real sentences of the tune half: a visit names those who travel, not their hosts. */
class VisitHostsRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void theHostOfTheStateVisitedIsNoVisitor() {
    // "Polish President Aleksander Kwasniewski and his Slovenian counterpart, Milan Kucan, met for
    // talks at the start of a two-day visit to Slovenia by Kwasniewski": Kucan receives him.
    String snippet = "at the start of a two-day visit to Slovenia by Kwasniewski";
    RealPages.RealPage page = RealPages.page("en-train-557.txt");
    RealSentence s = page.sentence(snippet);
    Reading visit = page.firstSplit(snippet, r -> r.family().equals("visit"));
    assertThat(visit.actors()).extracting(Participant::entity).contains("person:si/milan-kucan");
    assertThat(VisitHosts.withoutHosts(visit, s.actors()).actors()).extracting(Participant::entity)
        .containsExactly("person:pl/aleksander-kwasniewski");
  }

  @Test
  void aPersonReadAsTheVisitsObjectMakesNoVisitorOfTheOther() {
    // "克林顿总统的访问将…巩固…两国在江泽民主席对美国的国事访问以后…": the reading holds Jiang, its
    // object, and the visit's place is the United States of Jiang's visit; Clinton is not dropped
    // as the host of the United States.
    String snippet = "克林顿总统的访问将进一步巩固";
    RealPages.RealPage page = RealPages.page("zh-pd-093.txt");
    RealSentence s = page.sentence(snippet);
    Reading visit = page.firstSplit(snippet, r -> r.family().equals("visit"));
    assertThat(VisitHosts.withoutHosts(visit, s.actors())).isEqualTo(visit);
  }

  @Test
  void aMeetingIsLeftAsItIs() {
    String snippet = "at the start of a two-day visit to Slovenia by Kwasniewski";
    RealPages.RealPage page = RealPages.page("en-train-557.txt");
    RealSentence s = page.sentence(snippet);
    Reading talks = page.firstSplit(snippet, r -> r.family().equals("meet"));
    assertThat(VisitHosts.withoutHosts(talks, s.actors())).isEqualTo(talks);
  }
}
