package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.event.extract.RealPages.RealSentence;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A singular third-person pronoun as the subject of an event's clause stands for the subject of
 * its own sentence, else the nearest person before it there, before any person of an earlier
 * sentence (ImpliedSubject.sentenceAntecedent).
 */
class PronounAntecedentRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void heIsTheSubjectOfHisOwnSentenceNotTheLastPersonOfTheStory() {
    // "李瑞环首先对斯卡尔法罗总统访华表示欢迎，对不久前他访意期间受到的热情接待表示感谢。" (tune page): 他
    // is 李瑞环, who visited Italy, not 克林顿 of the sentences before nor 斯卡尔法罗, nearer.
    String snippet = "对不久前他访意期间";
    RealSentence s = RealPages.page("zh-pd-087.txt").sentence(snippet);
    SentenceView v = s.view();
    int at = v.text().indexOf("他访意", v.span().start());
    assertThat(ImpliedSubject.sentenceAntecedent(v, at).mention().text()).isEqualTo("李瑞环");
    List<Reading> visits = RealPages.page("zh-pd-087.txt").storyReadings(snippet).stream()
        .filter(r -> r.trigger().surface().equals("访意")).toList();
    assertThat(visits).isNotEmpty().allSatisfy(r -> assertThat(r.actors()).extracting(Participant::entity)
        .contains("person:cn/li-ruihuan").doesNotContain("person:us/bill-clinton"));
  }

  @Test
  void heAfterAnOpeningSubjectIsThatSubjectInEnglish() {
    // "The 58-year-old Claverie was killed … hours after he met visiting French Foreign Minister
    // Herve de Charette in Algiers." (tune page): he is Claverie, the sentence's subject.
    String snippet = "hours after he met visiting French Foreign Minister";
    RealSentence s = RealPages.page("en-train-104.txt").sentence(snippet);
    SentenceView v = s.view();
    int at = v.text().indexOf("he met", v.span().start());
    assertThat(ImpliedSubject.sentenceAntecedent(v, at).mention().text()).isEqualTo("Claverie");
  }

  @Test
  void theyStandForNoOnePerson() {
    // "…严平认为，…在向书商或读者供书时，他们往往采取…" (MSRA, unlabelled): 他们 are the publishers, not 严平.
    RealSentence s = RealPages.msra("严平认为").sentence("严平认为");
    SentenceView v = s.view();
    assertThat(s.mentions()).anyMatch(m -> m.mention().text().equals("严平") && m.mention().type() == amity.model.EntityType.PERSON);
    int at = v.text().indexOf("他们", v.span().start());
    assertThat(ImpliedSubject.sentenceAntecedent(v, at)).isNull();
  }
}
