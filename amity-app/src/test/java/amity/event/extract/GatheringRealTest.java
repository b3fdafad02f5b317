package amity.event.extract;

import static amity.event.extract.RealPages.actors;
import static org.assertj.core.api.Assertions.assertThat;

import amity.event.extract.RealPages.RealSentence;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Gatherings of many states named by the body whose gathering they are ("la reunión … de la
 * OTAN", "a NATO meeting"), on real stories of the tune half: the body takes part, the gathering
 * is an occasion of its own, and the gate keeps it.
 */
class GatheringRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  private static Reading meeting(RealSentence s, String surface) {
    return s.datedReadings(null, null).stream().filter(r -> r.trigger().surface().equals(surface)).findFirst().orElseThrow();
  }

  @Test
  void theMeetingOfNatoForeignMinistersIsNatosGatheringInSpanish() {
    // "antes de viajar a la reunión de ministros de Asuntos Exteriores de la OTAN que se celebrará
    // en Italia": not a later word for the calls told before, and NATO takes part.
    RealSentence s = RealPages.page("es-testa-195.txt").sentence("antes de viajar a la reunión de ministros");
    Reading r = meeting(s, "reunión");
    assertThat(actors(r.actors())).containsExactly("Albright/PARTICIPANT/US", "OTAN/PARTICIPANT/null");
    assertThat(r.cues()).contains(Cue.GATHERING, Cue.FORUM).doesNotContain(Cue.ANAPHORIC);
    assertThat(s.accepted(r)).isTrue();
    List<Reading> all = RealPages.page("es-testa-195.txt").consolidated("antes de viajar a la reunión de ministros");
    assertThat(all).filteredOn(x -> x.form().equals("meeting") && x.sources().get(0).sentence().contains("antes de viajar"))
        .hasSize(1);
  }

  @Test
  void theMeetingNatoMinistersWillHoldTomorrowIsNotTheBosniaMeetingToldBefore() {
    // "la participación del ministro … Igor Ivanov, en la reunión que los ministros de Asuntos
    // Exteriores de la OTAN celebrarán mañana en Florencia": the body's members hold it.
    String snippet = "en la reunión que los ministros de Asuntos Exteriores de la OTAN";
    Reading r = meeting(RealPages.page("es-train-371.txt").sentence(snippet), "reunión");
    assertThat(actors(r.actors())).containsExactly("Igor Ivanov/PARTICIPANT/RU", "OTAN/PARTICIPANT/null");
    assertThat(r.cues()).contains(Cue.GATHERING).doesNotContain(Cue.ANAPHORIC);
    List<Reading> all = RealPages.page("es-train-371.txt").consolidated(snippet);
    List<Reading> nato = all.stream().filter(x -> x.sources().get(0).sentence().contains(snippet)).toList();
    assertThat(nato).hasSize(1);
    assertThat(RealPages.iso(nato.get(0).date())).isEqualTo("2000-05-24");
  }

  @Test
  void governmentsAtAMinisterialMeetingAreStatesMeeting() {
    // "Pero los Gobiernos, en una reunión ministerial este mes, decidieron …": a body of no one
    // state at a word that itself names a gathering of many states.
    RealSentence s = RealPages.page("es-train-385.txt").sentence("en una reunión ministerial este mes");
    Reading r = meeting(s, "reunión ministerial");
    assertThat(actors(r.actors())).containsExactly("Gobiernos/PARTICIPANT/null");
    assertThat(s.accepted(r)).isTrue();
  }

  @Test
  void aDeclarationTheAseanLeadersAdoptedAtTheirSummitIsTheirJointStatementInVietnamese() {
    // "Tuyên bố ASEAN về Phát triển nguồn nhân lực … đã được các nhà lãnh đạo ASEAN thông qua tại
    // Hội nghị Cấp cao ASEAN lần thứ 36 và 37": adopted among the members of a body of many
    // states, beside the summit itself.
    RealSentence s = RealPages.page("vi-news-news_education_203.txt").sentence("thông qua tại Hội nghị Cấp cao ASEAN");
    Reading adopted = meeting(s, "thông qua tại");
    assertThat(adopted.form()).isEqualTo("joint_statement");
    assertThat(adopted.actors()).extracting(Participant::entity).contains("org:asean");
    assertThat(s.accepted(adopted)).isTrue();
    Reading summit = meeting(s, "Hội nghị Cấp cao");
    assertThat(summit.cues()).contains(Cue.GATHERING);
    assertThat(s.accepted(summit)).isTrue();
  }

  @Test
  void aNatoMeetingWhereNegotiationsBeginIsAMeetingOfItsOwn() {
    // "The defence ministers will begin negotiations for this … at a NATO meeting": the body right
    // before the word is whose gathering it is; the negotiations do not swallow it.
    String snippet = "at the beginning of September at a NATO meeting";
    RealSentence s = RealPages.page("en-train-299.txt").sentence(snippet);
    Reading r = meeting(s, "meeting");
    assertThat(actors(r.actors())).containsExactly("NATO/PARTICIPANT/null");
    assertThat(r.cues()).contains(Cue.GATHERING, Cue.FORUM);
    assertThat(s.accepted(r)).isTrue();
    List<Reading> all = RealPages.page("en-train-299.txt").consolidated(snippet);
    assertThat(all).filteredOn(x -> x.sources().get(0).sentence().contains(snippet)).extracting(Reading::form)
        .containsExactly("talks", "meeting");
  }

  @Test
  void attendingTheGeneralAssemblyWhoseSummitTheSentenceNamesIsTakingPartInIt() {
    // "出席第74届联合国大会的中国代表团正式发布…《联合国气候行动峰会：…》": the attending joins the
    // summit word of its sentence and is, as the guide counts it, a meeting.
    String snippet = "出席第74届联合国大会的中国代表团";
    List<Reading> all = RealPages.page("zh-2020-051.txt").consolidated(snippet);
    List<Reading> told = all.stream().filter(x -> x.sources().get(0).sentence().contains(snippet)).toList();
    assertThat(told).hasSize(1);
    assertThat(told.get(0).form()).isEqualTo("ceremony_attendance");
    assertThat(told.get(0).cues()).contains(Cue.GATHERING);
  }
  @Test
  void theBodyWhoseGatheringIsAttendedTakesPartInItInChinese() {
    // "在纽约出席联合国大会期间会见…", "在美国纽约参加联大一般性辩论期间", "在联合国大会一般性辩论发言时":
    // the body named right after the attending verb, or right before the gathering's own word, is
    // a party to the meeting of many states beside the one who attends.
    Reading wang = meeting(RealPages.page("zh-2020-067.txt").sentence("在纽约出席联合国大会期间"), "出席");
    assertThat(actors(wang.actors())).containsExactly("王毅/PARTICIPANT/CN", "联合国大会/PARTICIPANT/null");
    assertThat(wang.cues()).contains(Cue.GATHERING);
    Reading macron = meeting(RealPages.page("zh-2020-018.txt").sentence("参加联大一般性辩论期间"), "参加");
    assertThat(actors(macron.actors())).containsExactly("马克龙/PARTICIPANT/FR", "联大/PARTICIPANT/null");
    Reading rouhani = meeting(RealPages.page("zh-2020-136.txt").sentence("在联合国大会一般性辩论发言时"), "一般性辩论");
    assertThat(actors(rouhani.actors())).containsExactly("鲁哈尼/PARTICIPANT/IR", "联合国大会/PARTICIPANT/null");
  }

  @Test
  void theTwoCountriesAJointCommissionsNamePairsHoldIt() {
    // "al término de la décima Comisión mixta franco-india": "franco" and "india" name France and
    // India (a compound short form and a name), and the commission is theirs.
    RealSentence s = RealPages.page("es-train-396.txt").sentence("al término de la décima Comisión mixta franco-india");
    Reading r = meeting(s, "Comisión mixta");
    assertThat(actors(r.actors())).containsExactlyInAnyOrder("franco/PARTICIPANT/FR", "india/PARTICIPANT/IN");
    assertThat(r.cues()).contains(Cue.GATHERING);
    assertThat(s.accepted(r)).isTrue();
  }

  @Test
  void aCountryGluedToTheCommissionsNameIsStillOneOfThePair() {
    // "La Comisión Mixta de Cooperación Cuba-Panamá se reunirá …": "Cuba" right after a
    // capitalised word is no longer lost, and both countries hold the commission.
    RealSentence s = RealPages.page("es-testa-128.txt").sentence("La Comisión Mixta de Cooperación Cuba-Panamá");
    Reading r = meeting(s, "Comisión Mixta");
    assertThat(actors(r.actors())).contains("Cuba/PARTICIPANT/CU", "Panamá/PARTICIPANT/PA");
    assertThat(s.accepted(r)).isTrue();
  }

  @Test
  void aSummitsHyphenatedPairNamesItsCountriesBesideThePeopleTold() {
    // "durante de la XIII Cumbre Bilateral franco-española": the French minister told at it, and
    // the two countries the summit's name pairs.
    RealSentence s = RealPages.page("es-train-109.txt").sentence("durante de la XIII Cumbre Bilateral franco-española");
    Reading r = meeting(s, "Cumbre Bilateral");
    assertThat(actors(r.actors())).containsExactlyInAnyOrder(
        "Jean Pierre Chevenement/PARTICIPANT/FR", "franco/PARTICIPANT/FR", "española/PARTICIPANT/ES");
    assertThat(s.accepted(r)).isTrue();
  }

  @Test
  void aHeadOfStateToldAtASummitOfAPairStandsForHisSideInsteadOfTheCountries() {
    // "El presidente de Francia, Jacques Chirac, mostró hoy durante la XII Cumbre bilateral
    // hispano-francesa": the most specific name the page gives for France's side is Chirac.
    RealSentence s = RealPages.page("es-train-074.txt").sentence("mostró hoy durante la XII Cumbre bilateral hispano-francesa");
    Reading r = meeting(s, "Cumbre bilateral");
    assertThat(actors(r.actors())).containsExactly("Jacques Chirac/PARTICIPANT/FR");
    assertThat(r.cues()).contains(Cue.GATHERING);
    assertThat(s.accepted(r)).isTrue();
  }

  @Test
  void natoForeignMinistersMeetingIsKeptWithNoOneElseNamed() {
    // "durante la reunión de ministros de Exteriores de la Alianza Atlántica que comienza mañana":
    // the body whose gathering the word names, a few words of office away, holds it alone.
    RealSentence s = RealPages.page("es-train-493.txt").sentence("durante la reunión de ministros de Exteriores de la Alianza");
    Reading r = meeting(s, "reunión");
    assertThat(actors(r.actors())).containsExactly("Alianza Atlántica/PARTICIPANT/null");
    assertThat(r.cues()).contains(Cue.GATHERING, Cue.FORUM);
    assertThat(s.accepted(r)).isTrue();
  }
}
