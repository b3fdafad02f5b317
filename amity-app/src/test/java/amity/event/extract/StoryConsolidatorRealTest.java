package amity.event.extract;

import static amity.event.extract.RealPages.actors;
import static amity.event.extract.RealPages.told;
import static amity.event.extract.RealPages.iso;
import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Mode;
import amity.model.Status;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link StoryConsolidator} on real stories of the tune half: which readings are one event, and what date they take. */
class StoryConsolidatorRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void alsoTalkingToAnnanAfterPhoningIsChiracsOtherCallInSpanish() {
    // "Chirac telefoneó hoy a … conversó … por teléfono con Barak … También habló ayer y el pasado
    // jueves con … Kofi Annan": the dropped subject is Chirac's, and the talk another call.
    List<Reading> all = RealPages.page("es-train-162.txt").consolidated("También habló ayer y el pasado jueves con");
    List<Reading> annan = told(all, "También habló ayer y el pasado jueves con");
    assertThat(annan).hasSize(1);
    assertThat(annan.get(0).form()).isEqualTo("phone_call");
    assertThat(annan.get(0).mode()).isEqualTo(Mode.PHONE);
    // "el secretario general de la ONU, Kofi Annan": the UN's official, of no state's home.
    assertThat(actors(annan.get(0).actors())).containsExactly("El jefe del Estado francés/SOURCE/FR", "Kofi Annan/TARGET/null");
    assertThat(annan.get(0).actors().get(0).entity()).isEqualTo("person:fr/jacques-chirac");
  }

  @Test
  void anotherVisitorsVisitNamedWithAPossessiveIsAVisitOfItsOwnInSpanish() {
    // "En su primera visita a España … Vaz" and then "Elizabeth Papasoi, que inscribe su visita a
    // España …": "su visita" names a visit, but not Vaz's.
    List<Reading> all = RealPages.page("es-train-711.txt").consolidated("que inscribe su visita a España");
    List<Reading> visits = all.stream().filter(r -> r.family().equals("visit")).toList();
    // Vaz is the knowledge base's (UK Minister for Europe 1999-2001), Papasoi is not.
    assertThat(visits).extracting(r -> r.actors().get(0).entity()).containsExactly("person:gb/keith-vaz", "person:elizabeth-papasoi");
    // Since the knowledge base knows De Miguel (ES), "por la tarde recibirá a Papasoi" is a Spanish
    // host receiving a Greek guest, a visit of hers told first; "su visita" is that visit again.
    assertThat(told(all, "por la tarde recibirá a Papasoi").stream().filter(r -> r.family().equals("visit")).toList()).hasSize(1);
  }

  @Test
  void theTalksNamedAgainAreTheTalksStartedOnFriday() {
    List<Reading> all = RealPages.page("en-testa-053.txt").consolidated("started a new round of peace talks");
    List<Reading> talks = all.stream().filter(r -> r.form().equals("talks")).toList();
    assertThat(talks).hasSize(1);
    Reading t = talks.get(0);
    assertThat(t.sources()).extracting(e -> e.sentence().startsWith("Neither Lebed nor Maskhadov")).containsExactly(false, true);
    assertThat(actors(t.actors())).containsExactly("Alexander Lebed/PARTICIPANT/RU", "Aslan Maskhadov/PARTICIPANT/null");
    assertThat(iso(t.date())).isEqualTo("1996-08-30");
  }

  @Test
  void anUndatedMeetingPlannedForRuehesVisitTakesTheVisitsDays() {
    List<Reading> all = RealPages.page("en-testa-071.txt").consolidated("Ruehe planned to meet");
    List<Reading> meeting = told(all, "Ruehe planned to meet");
    assertThat(meeting).hasSize(1);
    assertThat(meeting.get(0).status()).isEqualTo(Status.PLANNED);
    assertThat(iso(meeting.get(0).date())).isEqualTo("1996-09-02..1996-09-04");
  }

  @Test
  void aFirstMeetingLastNightAndASecondTodayStayTwoInSpanish() {
    List<Reading> all = RealPages.page("es-train-100.txt").consolidated("una segunda reunión");
    List<Reading> meetings = all.stream().filter(r -> r.form().equals("meeting")).toList();
    assertThat(meetings).extracting(r -> iso(r.date())).containsExactly("2000-05-23", "2000-05-22");
  }

  @Test
  void aReceptionToldOnceStaysOneEventWithItsSentencesInSpanish() {
    List<Reading> all = RealPages.page("es-testa-048.txt").consolidated("recibió hoy al ministro del Interior");
    List<Reading> receptions = all.stream().filter(r -> r.form().equals("reception")).toList();
    assertThat(receptions).hasSize(1);
    assertThat(iso(receptions.get(0).date())).isEqualTo("2000-05-23");
  }
  @Test
  void visitsByTwoPeopleInOneStoryStayTwo() {
    // "Levy would visit Bonn …"; "Before Levy's arrival in Bonn, … Ruehe will visit Israel".
    List<Reading> all = RealPages.page("en-testa-071.txt").consolidated("Ruehe will visit Israel");
    List<Reading> ruehe = told(all, "Ruehe will visit Israel").stream().filter(r -> r.family().equals("visit")).toList();
    assertThat(ruehe).hasSize(1);
    assertThat(actors(ruehe.get(0).actors())).containsExactly("Volker Ruehe/PARTICIPANT/DE");
    assertThat(iso(ruehe.get(0).date())).isEqualTo("1996-09-02..1996-09-04");
  }

  @Test
  void visitsToTwoCountriesOfOneTourStayTwo() {
    // "The American diplomat arrived in Belgrade …"; "After meeting Milosevic, Kornblum flew to the
    // Croatian capital Zagreb."
    List<Reading> all = RealPages.page("en-train-842.txt").consolidated("Kornblum flew to the Croatian capital");
    assertThat(told(all, "Kornblum flew to the Croatian capital")).extracting(Reading::form).contains("visit");
  }

  @Test
  void talksOfLastWeekAreNotTheTalksOfToday() {
    // "The talks between Maskhadov and Russia's Vyacheslav Tikhomirov …": the talks under way;
    // "a ceasefire sealed last week in talks with … Lebed": talks of another week, not joined to
    // them though "talks" refers back.
    List<Reading> all = RealPages.page("en-train-566.txt").consolidated("The talks between Maskhadov and Russia");
    List<Reading> told = told(all, "The talks between Maskhadov and Russia").stream().filter(r -> r.form().equals("talks")).toList();
    assertThat(told).extracting(r -> iso(r.date())).contains("1996-08-19..1996-08-25");
    assertThat(told.size()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aMonthToldOfOneReportIsNotTheOccasionThatDatesTheRestInSpanish() {
    // "Catorce países de la UE decidieron el pasado febrero …" is the only dated report: a month
    // is no occasion's day, and Michel's coming trip to Vienna takes none from it.
    List<Reading> all = RealPages.page("es-train-063.txt").consolidated("Catorce países de la UE decidieron");
    assertThat(all.stream().filter(r -> r.family().equals("visit")).map(r -> iso(r.date()))).doesNotContain("2000-02");
  }

  @Test
  void theEuSummitIsNoContinuationOfAPhoneCallInSpanish() {
    // "el primer ministro de Holanda me telefoneó" … "durante la cumbre de la UE, el 19. 20 de
    // junio": the summit refers back to no call; the call stays done and undated by it.
    List<Reading> all = RealPages.page("es-train-262.txt").consolidated("me telefoneó");
    List<Reading> call = all.stream().filter(r -> r.form().equals("phone_call")).toList();
    assertThat(call).hasSize(1);
    assertThat(call.get(0).status()).isEqualTo(Status.REPORTED);
  }

  @Test
  void talkingWithMaskhadovFromParisIsACallInSpanish() {
    List<Reading> all = RealPages.page("es-train-385.txt").consolidated("dijo que habló con Masjádov desde París");
    List<Reading> call = told(all, "dijo que habló con Masjádov desde París");
    assertThat(call).hasSize(1);
    assertThat(call.get(0).form()).isEqualTo("phone_call");
    assertThat(call.get(0).mode()).isEqualTo(Mode.PHONE);
    assertThat(iso(call.get(0).date())).isEqualTo("2000-05-10");
  }
  @Test
  void theThreeLeadersWhoseNamesASpaceJoinsMetAndTheirStatementIsTheirsInChinese() {
    // "英国首相鲍里斯 约翰逊、德国总理安格拉 默克尔和法国总统埃马纽埃尔 马克龙23日在联大间隙会面。
    // 三国领导人会面后发表联合声明，敦促伊朗…": a space alone joins the parts of each transliterated
    // name; "三国领导人" stands for no one person; and Iran, urged after the comma, is what the
    // sides spoke of: the statement is the three leaders'.
    String snippet = "三国领导人会面后发表联合声明";
    List<Reading> all = RealPages.page("zh-2020-150.txt").consolidated(snippet);
    List<Reading> met = all.stream().filter(r -> r.form().equals("meeting")).toList();
    assertThat(met).hasSize(1);
    assertThat(actors(met.get(0).actors()))
        .containsExactly("鲍里斯 约翰逊/PARTICIPANT/GB", "安格拉 默克尔/PARTICIPANT/DE", "埃马纽埃尔 马克龙/PARTICIPANT/FR");
    List<Reading> statement = told(all, snippet).stream().filter(r -> r.form().equals("joint_statement")).toList();
    assertThat(statement).hasSize(1);
    assertThat(statement.get(0).actors()).extracting(Participant::entity)
        .containsExactly("person:gb/boris-johnson", "person:de/angela-merkel", "person:fr/emmanuel-macron");
  }
  @Test
  void thoseWhoAttendTheMeetingToldBeforeTakePartInItInChinese() {
    // "王毅…主持中国和安理会非洲成员国外长会。…外长塔诺、…外长杰希纳维等出席会议。": attending a bare
    // "会议" that ends the sentence is attending the meeting told before; the ministers join it.
    String snippet = "主持中国和安理会非洲成员国外长会";
    List<Reading> all = RealPages.page("zh-2020-024.txt").consolidated(snippet);
    assertThat(told(all, "等出席会议")).isEmpty();
    List<Reading> meeting = told(all, snippet);
    assertThat(meeting).hasSize(1);
    assertThat(meeting.get(0).actors()).extracting(p -> p.mention().mention().text())
        .containsExactly("王毅", "塔诺", "奥约诺", "潘多尔", "卡拉", "杰希纳维");
  }

  @Test
  void aTourStillToComeIsNotTheVisitUnderWay() {
    // "Rifkind, in Pakistan for a visit, told Reuters" and, later, "Rifkind was in Pakistan at the
    // start of an Asian tour that will also take him to India, Sri Lanka, Japan and Mongolia": the
    // planned legs are visits of their own.
    List<Reading> all = RealPages.page("en-train-598.txt").consolidated("an Asian tour that will also take him to India");
    List<Reading> tour = told(all, "an Asian tour that will also take him to India");
    assertThat(tour).hasSize(1);
    assertThat(tour.get(0).status()).isEqualTo(Status.PLANNED);
    assertThat(told(all, "in Pakistan for a visit")).hasSize(1).doesNotContain(tour.get(0));
  }

  @Test
  void rossesCallToArafatAndHisTalksInParisAreTwoEvents() {
    // The call is led by Arafat who takes it, the talks by Ross: neither leads both, so the talks
    // in person stay apart from the call.
    List<Reading> all = RealPages.page("en-train-754.txt").consolidated("who held talks in Paris on Tuesday");
    List<Reading> there = told(all, "who held talks in Paris on Tuesday");
    assertThat(there).extracting(Reading::form).containsExactlyInAnyOrder("phone_call", "talks");
    Reading talks = there.stream().filter(r -> r.form().equals("talks")).findFirst().orElseThrow();
    assertThat(actors(talks.actors())).first().asString().startsWith("Dennis Ross/SOURCE");
  }

  @Test
  void aSigningOfALongPastYearJoinsNoAgreementOfTheStorysTimeInChinese() {
    // "…美国、加拿大和墨西哥达成三方贸易协议" and then "现行的北美自由贸易协定是美国、墨西哥和加拿大于1994年
    // 签署的": the same three countries, but the second is history and the first stays news.
    List<Reading> all = RealPages.page("zh-2019-136.txt").consolidated("的联合声明称");
    List<Reading> reached = told(all, "的联合声明称").stream().filter(r -> r.form().equals("agreement_signing")).toList();
    assertThat(reached).singleElement().satisfies(r -> assertThat(r.has(Cue.PAST_YEAR)).isFalse());
    assertThat(told(all, "于1994年签署的")).singleElement().satisfies(r -> assertThat(r.has(Cue.PAST_YEAR)).isTrue());
  }

  @Test
  void aStoryOfNoKnownDayGivesItsUndatedEventsNoDayInChinese() {
    // The agreement made known "9月30日晚" (no year on the page) dates neither the US–Mexico deal
    // of "上月27日" nor the talks of the next sentence: neither a carried day nor an occasion.
    List<Reading> all = RealPages.page("zh-2019-116.txt").consolidated("上月27日，美国与墨西哥宣布");
    assertThat(told(all, "当地时间9月30日晚透露")).extracting(r -> iso(r.date())).containsOnly("--09-30");
    List<Reading> later = told(all, "上月27日，美国与墨西哥宣布");
    assertThat(later).isNotEmpty();
    assertThat(later).extracting(r -> iso(r.date())).containsOnly("null");
  }

  @Test
  void theTwoHeadsOfStateAfterAnInvitationAreItsTwoPeopleNotTheStorysLastMeeting() {
    // "去年，习近平主席邀请穆塔里卡总统来华…，两国元首举行了富有成果的会晤": the two heads of state are Xi
    // and Mutharika of the invitation the sentence told, not Wang Yi and Kasaila of the story's
    // meeting before (the reading had kept only Xi, from the clause before the sides).
    List<Reading> all = RealPages.page("zh-2020-067.txt").consolidated("两国元首举行了富有成果的会晤");
    List<Reading> met = told(all, "两国元首举行了富有成果的会晤").stream().filter(r -> r.trigger().surface().equals("会晤")).toList();
    assertThat(met).hasSize(1);
    assertThat(met.get(0).actors()).extracting(p -> p.mention().mention().text()).containsExactlyInAnyOrder("习近平", "穆塔里卡");
  }

  @Test
  void aMeetingOfAMonthStillAheadIsPlannedWhateverItsWordsInSpanish() {
    // "será analizado en la reunión hispano-marroquí que previsiblemente se celebrará en Marruecos
    // la primera semana de junio", in a story of 23 May: June has not come yet.
    List<Reading> all = RealPages.page("es-train-425.txt").consolidated("la reunión hispano-marroquí que previsiblemente");
    List<Reading> meeting = told(all, "la reunión hispano-marroquí que previsiblemente");
    assertThat(meeting).hasSize(1);
    assertThat(iso(meeting.get(0).date())).isEqualTo("2000-06");
    assertThat(meeting.get(0).status()).isEqualTo(Status.PLANNED);
  }

  @Test
  void aMinistersOwnMeetingToldWithAPossessiveIsNotTheSummitToldBefore() {
    // "durante de la XIII Cumbre Bilateral franco-española" then "Tras su reunión sectorial con el
    // ministro del Interior, Jaime Mayor Oreja, Chevenement constató …": the two ministers' own
    // meeting, beside the summit of the two states.
    String snippet = "Tras su reunión sectorial con el ministro del Interior";
    List<Reading> all = RealPages.page("es-train-109.txt").consolidated(snippet);
    List<Reading> own = told(all, snippet);
    assertThat(own).hasSize(1);
    assertThat(own.get(0).persons()).containsExactlyInAnyOrder("person:es/jaime-mayor-oreja", "person:fr/jean-pierre-chevenement");
    assertThat(own.get(0).has(Cue.GATHERING)).isFalse();
    assertThat(all).filteredOn(r -> r.has(Cue.GATHERING)).hasSize(1);
  }

  @Test
  void anItemOfAPressReviewTakesNoDayOfTheItemsBeforeInSpanish() {
    // "ESTRATEGIA (Santiago de Chile) - Sin información pública terminó la primera reunión entre
    // autoridades chilenas y estadounidenses …": a paper's item of its own, after other papers'
    // items that named "ayer"; its meeting names no day.
    String item = "Sin información pública terminó la primera reunión";
    List<Reading> meeting = told(RealPages.page("es-train-096.txt").consolidated(item), item);
    assertThat(meeting).isNotEmpty();
    assertThat(meeting).allSatisfy(r -> assertThat(r.date()).isNull());
  }
}
