package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Status;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ClauseReader} on real sentences of the tune half: reports, their speakers, tense, denial and cues. */
class ClauseReaderRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  private static List<String> speakers(RealPages.RealSentence s, Clause c) {
    return c.speakers().stream().map(x -> x.of(s.view().text()).strip()).toList();
  }

  @Test
  void aSigningLebedSaidHeHopedForIsPlannedAndReportedByLebed() {
    var s = RealPages.page("en-testa-045.txt").sentence("Lebed said on Friday he hoped to sign a document");
    Clause c = s.clause("to sign");
    assertThat(c.status()).isEqualTo(Status.PLANNED);
    assertThat(c.cues()).containsExactly(Cue.REPORTED_SPEECH);
    assertThat(speakers(s, c)).containsExactly("Lebed");
    assertThat(c.denied()).isFalse();
  }

  @Test
  void talksTheRussiansPostponedAreDenied() {
    var s = RealPages.page("en-train-556.txt").sentence("The Russians postponed the talks");
    Clause c = s.clause("talks");
    assertThat(c.denied()).isTrue();
  }

  @Test
  void aTreatyLebedHadToAbandonPlansToSignIsDenied() {
    // "… when he was forced to abandon plans to sign a new political treaty with the separatist
    // rebels": a plan given up is an event that did not happen (negation, as "scrapped", "called off").
    var s = RealPages.page("en-train-452.txt").sentence("forced to abandon plans to sign a new political treaty");
    assertThat(s.clause("to sign").denied()).isTrue();
    // The talks the same sentence says Lebed may get are not denied.
    assertThat(s.clause("discuss").denied()).isFalse();
  }

  @Test
  void talksBuyoyaRuledOutAreDenied() {
    var s = RealPages.page("en-testa-211.txt").sentence("flatly ruled out talks with Hutu rebels");
    assertThat(s.clause("talks").denied()).isTrue();
  }

  @Test
  void aDefiniteWordRightBeforeTheTriggerNamesItsEventAndOneFurtherBackDoesNotInSpanish() {
    // "The accord, agreed two weeks ago": the accord is what was agreed. "Estos contactos,
    // realizados por Albright antes de viajar a la reunión": the contacts are not the journey.
    var accord = RealPages.page("en-train-829.txt").sentence("The accord, agreed two weeks ago");
    assertThat(accord.clause("agreed").cues()).contains(Cue.DEFINITE);
    var contacts = RealPages.page("es-testa-195.txt").sentence("Estos contactos, realizados por Albright");
    assertThat(contacts.clause("viajar").cues()).doesNotContain(Cue.DEFINITE);
  }

  @Test
  void theTalksNamedAgainAreAnaphoric() {
    var s = RealPages.page("en-testa-053.txt").sentence("Neither Lebed nor Maskhadov made any statement before the talks");
    Clause c = s.clause("talks");
    // "the talks" is also a definite word for them, whose parties another sentence may name.
    assertThat(c.cues()).containsExactlyInAnyOrder(Cue.ANAPHORIC, Cue.DEFINITE);
    assertThat(c.status()).isEqualTo(Status.REPORTED);
  }

  @Test
  void aTripMichelAnnouncedIsPlannedAndHisOwnReportInSpanish() {
    // "informó hoy, martes, que viajará": the speaker stands before the apposition's commas.
    var s = RealPages.page("es-train-063.txt").sentence("informó hoy, martes, que viajará próximamente a Viena");
    Clause c = s.clause("viajará");
    assertThat(c.status()).isEqualTo(Status.PLANNED);
    assertThat(c.cues()).containsExactly(Cue.REPORTED_SPEECH);
    assertThat(speakers(s, c)).containsExactly("Louis Michel,");
  }

  @Test
  void aMeetingOfBothCountriesHeldTodayIsReportedWithBothSidesInSpanish() {
    var s = RealPages.page("es-train-100.txt").sentence("mantuvieron hoy, martes, en Egipto una segunda reunión");
    Clause c = s.clause("reunión");
    assertThat(c.status()).isEqualTo(Status.REPORTED);
    // "ambos países": the two sides, named as states.
    assertThat(c.cues()).containsExactlyInAnyOrder(Cue.BOTH_SIDES, Cue.BOTH_STATES);
    assertThat(c.speakers()).isEmpty();
  }

  @Test
  void aTripToMoscowVucicAnnouncedIsPlannedAndReportedInChinese() {
    var s = RealPages.page("zh-2019-014.txt").sentence("并将于10月2日前往莫斯科");
    Clause c = s.clause("前往");
    assertThat(c.status()).isEqualTo(Status.PLANNED);
    assertThat(c.cues()).contains(Cue.REPORTED_SPEECH);
    assertThat(c.denied()).isFalse();
  }

  @Test
  void aVisitToTroopsTheCampaignReportedIsReportedSpeechInVietnamese() {
    var s = RealPages.page("vi-world-news_world_173.txt").sentence("ông đã tới thăm các binh sĩ trên tiền tuyến");
    Clause c = s.clause("tới thăm");
    assertThat(c.status()).isEqualTo(Status.REPORTED);
    assertThat(c.cues()).containsExactly(Cue.REPORTED_SPEECH);
  }

  @Test
  void aNameAfterTheEventsClauseIsNoSpeakerWhenTheSpeakerFollowsTheVerbInSpanish() {
    // "… en sendas entrevistas con …, y con su colega griega, Elizabeth Papasoi, informaron
    // fuentes oficiales": Papasoi is one of those met, the official sources report it.
    var s = RealPages.page("es-train-711.txt").sentence("en sendas entrevistas con el viceministro");
    Clause c = s.clause("sendas entrevistas");
    assertThat(c.spoken(s.span("Elizabeth Papasoi"))).isFalse();
    assertThat(c.region().contains(s.span("Elizabeth Papasoi"))).isTrue();
  }

  @Test
  void aMeetingOnWhoseEveSomethingHappenedIsPlannedInSpanish() {
    var s = RealPages.page("es-train-587.txt").sentence("en vísperas de la reunión de los ministros aliados");
    assertThat(s.clause("reunión").status()).isEqualTo(Status.PLANNED);
  }

  @Test
  void aPublicIfUnofficialVisitIsConcededNotSupposed() {
    var s = RealPages.page("en-train-126.txt").sentence("allowing a Taiwanese minister to appear");
    assertThat(s.clause("visit").denied()).isFalse();
  }

  @Test
  void aWhetherInARelativeClauseBeforeTheTriggerDeniesNoMeeting() {
    // "Arlen Specter, who has questioned whether … Perry should resign over …, met Saudi officials".
    var s = RealPages.page("en-train-474.txt").sentence("met Saudi officials on Monday during a brief visit");
    assertThat(s.clause("met").denied()).isFalse();
    assertThat(s.clause("visit").denied()).isFalse();
  }

  @Test
  void whatAJointStatementSaysIsReportedByTheStatementInChinese() {
    // "…弗里兰和…莱特希泽的联合声明称，美国、加拿大和墨西哥达成三方贸易协议": the statement speaks; the
    // agreement it tells is the three countries', not its authors'.
    var s = RealPages.page("zh-2019-136.txt").sentence("的联合声明称");
    Clause c = s.clause("达成");
    assertThat(c.cues()).contains(Cue.REPORTED_SPEECH);
    assertThat(c.region().of(s.view().text())).startsWith("，美国、加拿大和墨西哥达成");
    assertThat(s.readings()).filteredOn(r -> r.form().equals("agreement_signing")).singleElement()
        .satisfies(r -> assertThat(r.actors()).extracting(p -> p.mention().mention().text()).containsExactly("美国", "加拿大", "墨西哥"));
  }

  @Test
  void aMeetingOfAGeneralIsReportedThoughHisRankHoldsTheWordForWill() {
    // "上将", "少将" and "中将" hold "将" (will): a rank plans nothing.
    var s = RealPages.peoplesDaily("周子玉上将今晚会见了参加研讨会的美国代表团").sentence("会见了");
    assertThat(s.clause("会见").status()).isEqualTo(Status.REPORTED);
    var t = RealPages.msra("隗福临中将在北京会见了觉丹一行").sentence("会见了觉丹");
    assertThat(t.clause("会见").status()).isEqualTo(Status.REPORTED);
    var u = RealPages.peoplesDaily("巴克海军少将率领的加拿大海军舰艇编队结束对中国").sentence("友好访问");
    assertThat(u.clause("正式友好访问").status()).isEqualTo(Status.REPORTED);
  }

  @Test
  void aSigningByAPlanningBodyIsReportedAndAPlannedVisitStaysPlanned() {
    // "国家发展计划委员会" holds "计划" (plan): a body's name plans nothing.
    var s = RealPages.peoplesDaily("中国国家发展计划委员会和美国能源部的代表今天在这里签署了").sentence("签署了");
    assertThat(s.clause("签署").status()).isEqualTo(Status.REPORTED);
    var t = RealPages.peoplesDaily("约翰·普雷斯科特将于7月1日至7日对中国进行正式访问").sentence("正式访问");
    assertThat(t.clause("正式访问").status()).isEqualTo(Status.PLANNED);
  }

  @Test
  void aidChinaHasGivenAndWillGoOnGivingIsReportedInChinese() {
    // "已经并将继续" (has already and will go on): given, not planned.
    var s = RealPages.page("zh-2020-024.txt").sentence("中方已经并将继续全力驰援");
    assertThat(s.clause("驰援").status()).isEqualTo(Status.REPORTED);
  }

  @Test
  void talksAJourneyToldBeforeThemIsMadeForAreStillAhead() {
    // "landed at Belgrade airport … on Friday morning for talks with his Yugoslav counterparts"
    var landed = RealPages.page("en-train-188.txt").sentence("landed at Belgrade airport aboard a Croatian government jet");
    assertThat(landed.clause("talks").status()).isEqualTo(Status.PLANNED);
    var left = RealPages.page("en-train-508.txt").sentence("left Bahrain for Baghdad on Monday for talks with Iraqi officials");
    assertThat(left.clause("talks").status()).isEqualTo(Status.PLANNED);
    // the journey itself is told as done
    assertThat(left.clause("left").status()).isEqualTo(Status.REPORTED);
  }

  @Test
  void aMeetingSomeoneHasTheIntentionToHoldIsPlannedInSpanish() {
    // "Añadió que tiene intención de reunirse con los responsables franceses": not held yet.
    var s = RealPages.page("es-train-380.txt").sentence("tiene intención de reunirse con los responsables franceses");
    assertThat(s.clause("reunirse").status()).isEqualTo(Status.PLANNED);
  }

  @Test
  void aColonAfterAReportingVerbOpensWhatWasSaidHoweverLongItsSubjectInVietnamese() {
    // A page of the pool outside the gold: "Nghiên cứu mới nhất do … thực hiện với sự tài trợ của Tổ
    // chức Hanns Seidel Foundation … đã khẳng định: Sự dịch chuyển nhân khẩu học toàn cầu đã đến Việt
    // Nam": what follows the colon was said; the study and its sponsor say it, they go nowhere.
    var s = RealPages.page("vi-news-news_education_114.txt").sentence("đã khẳng định: Sự dịch chuyển nhân khẩu học");
    Clause c = s.clause("đã đến");
    assertThat(c.cues()).contains(Cue.REPORTED_SPEECH);
    assertThat(c.region().of(s.view().text())).startsWith(" Sự dịch chuyển");
    assertThat(s.readings().stream().flatMap(r -> r.actors().stream()).map(p -> p.mention().mention().text()))
        .doesNotContain("Hanns Seidel Foundation");
  }

  @Test
  void whoExpressesFearsOfWhatFollowsTakesNoPartInIt() {
    // "Russian military officials have expressed fears that the rebels … will see the deal signed by
    // Russian peace envoy Alexander Lebed … as a military victory": the officials speak of the deal.
    var s = RealPages.page("en-testa-182.txt").sentence("Russian military officials have expressed fears");
    assertThat(s.reading("signed").actors()).extracting(p -> p.mention().mention().text())
        .contains("Alexander Lebed").doesNotContain("Russian military officials");
  }

  @Test
  void aVisitLookedForwardToIsPlannedNotAskedForInChinese() {
    // MSRA (People's Daily, in no half of the gold): "…目前正期待着克林顿总统及其夫人对中国的访问，双方已经为这次访问
    // 制定了详细而具体的计划": 期待 awaits a visit arranged; read as a wish, the visit was denied.
    var s = RealPages.msra("正期待着克林顿总统及其夫人对中国的访问").sentence("对中国的访问");
    Clause c = s.clauses().get(s.triggers().indexOf(s.triggers().stream().filter(t -> t.surface().equals("访问")).findFirst().orElseThrow()));
    assertThat(c.denied()).isFalse();
    assertThat(c.status()).isEqualTo(Status.PLANNED);
  }

  @Test
  void aSigningYearsBeforeTheTimeToldIsHistoryInSpanish() {
    // "Solana señaló que cuatro años después de la firma de los acuerdos de Dayton, los progresos
    // registrados han sido 'dolorosamente lentos'": the Dayton signing lies years back.
    var s = RealPages.page("es-train-371.txt").sentence("cuatro años después de la firma");
    assertThat(s.clause("firma").cues()).contains(Cue.PAST_YEAR);
  }
}
