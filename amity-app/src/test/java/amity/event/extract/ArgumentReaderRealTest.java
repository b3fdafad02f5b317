package amity.event.extract;

import static amity.event.extract.RealPages.actors;
import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Status;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ArgumentReader} on real sentences of the tune half: who takes part, in which role, where. */
class ArgumentReaderRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void theMeACallIsMadeToIsTheOneWhoSaysSoInSpanish() {
    // "Sobre ese asunto sólo puedo decir que el primer ministro de Holanda me telefoneó", añadió el
    // gobernante portugués: the Dutch prime minister called Guterres, who says so (SpeakerObject).
    var s = RealPages.page("es-train-262.txt").sentence("me telefoneó");
    assertThat(actors(s.arguments("telefoneó").actors())).containsExactly("Holanda/SOURCE/NL", "el gobernante portugués/TARGET/PT");
  }

  @Test
  void aFootballChiefCalledByAClubOwnerMakesNoCallInVietnamese() {
    // A page outside the gold: Ceferin (UEFA) says "Ông ấy đã gọi cho tôi" of Woodward (Manchester
    // United): the speaker is the one called, but neither side acts for a state.
    var page = RealPages.page("vi-news-news_sport_106.txt");
    assertThat(page.analysis().stories().stream().flatMap(x -> x.events().stream())).noneMatch(e -> e.form().equals("phone_call"));
  }

  @Test
  void theMinistryThatSaidRuehePlannedToMeetTwoIsraelisIsNoActor() {
    var s = RealPages.page("en-testa-071.txt").sentence("Ruehe planned to meet his Israeli counterpart Yitzhak Mordechai");
    assertThat(actors(s.arguments("to meet").actors()))
        .containsExactly("Ruehe/SOURCE/DE", "Yitzhak Mordechai/TARGET/IL", "Ezer Weizman/TARGET/IL");
  }

  @Test
  void theHeWhoHopedToSignIsLebedTheSpeakerAndTheRebelsAreTheOtherSide() {
    var s = RealPages.page("en-testa-045.txt").sentence("Lebed said on Friday he hoped to sign a document");
    assertThat(actors(s.arguments("to sign").actors())).containsExactly("Lebed/SOURCE/RU", "rebels/TARGET/null");
  }

  @Test
  void rossWhoHeldTalksInParisIsTheirSubjectNotTheHeWhoTookHisCall() {
    // "He … take a telephone call from … envoy Dennis Ross, who held talks in Paris on Tuesday with
    // Israeli and Egyptian officials": the name before ", who" leads the talks, not "He" (Arafat).
    var s = RealPages.page("en-train-754.txt").sentence("who held talks in Paris on Tuesday");
    assertThat(actors(s.arguments("held talks").actors())).first().asString().startsWith("Dennis Ross/SOURCE/US");
    assertThat(actors(s.arguments("held talks").actors())).noneMatch(a -> a.startsWith("Arafat"));
  }

  @Test
  void theStateNamedRightBeforeItsContactsWithTwoLeadersHoldsThem() {
    // "direct U.S. contacts with Massoud Barzani, …, and Jalal Talabani": the U.S. is the side that
    // held the contacts, the two leaders its counterparts.
    var s = RealPages.page("en-train-194.txt").sentence("direct U.S. contacts with Massoud Barzani");
    List<String> actors = actors(s.arguments("contacts with").actors());
    assertThat(actors.get(0)).isEqualTo("U.S./SOURCE/US");
    assertThat(actors).anyMatch(a -> a.startsWith("Massoud Barzani/TARGET")).anyMatch(a -> a.startsWith("Jalal Talabani/TARGET"));
  }

  @Test
  void kabaritiBeganTalksWithArafat() {
    var s = RealPages.page("en-train-890.txt").sentence("began talks with Palestinian President Yasser Arafat");
    assertThat(actors(s.arguments("talks").actors())).containsExactly("Abdul-Karim/SOURCE/JO", "Yasser Arafat/TARGET/PS");
  }

  @Test
  void michelsAnnouncedTripHasMichelAsVisitorAndAustriaAsPlaceInSpanish() {
    var s = RealPages.page("es-train-063.txt").sentence("El anuncio de Michel de viajar a Austria");
    ArgumentReader.Arguments a = s.arguments("viajar");
    assertThat(actors(a.actors())).containsExactly("Michel/PARTICIPANT/BE");
    assertThat(a.location().entity()).isEqualTo("country:AT");
  }

  @Test
  void wangYiMetKissingerInNewYorkInChinese() {
    var s = RealPages.page("zh-2019-050.txt").sentence("王毅在纽约会见美国前国务卿基辛格");
    ArgumentReader.Arguments a = s.arguments("会见");
    assertThat(actors(a.actors())).containsExactly("王毅/SOURCE/CN", "基辛格/TARGET/US");
    assertThat(a.location().entity()).isEqualTo("city:us/new-york");
  }

  @Test
  void theDroppedSubjectOfVucicsMeetingWithPutinIsVucicTheSpeakerInChinese() {
    // "武契奇…表示，…，并将于10月2日…与…普京会晤": the clause after the comma has no subject of its own.
    var s = RealPages.page("zh-2019-014.txt").sentence("并将于10月2日前往莫斯科");
    assertThat(actors(s.arguments("会晤").actors())).containsExactly("武契奇/SOURCE/RS", "普京/TARGET/RU");
  }

  @Test
  void southKoreaOffersHelpToIndonesiaInVietnamese() {
    var s = RealPages.page("vi-world-news_world_142.txt").sentence("Hàn Quốc cũng đã đề nghị giúp đỡ Indonesia");
    assertThat(actors(s.arguments("đề nghị giúp đỡ").actors())).containsExactly("Hàn Quốc/SOURCE/KR", "Indonesia/TARGET/ID");
  }

  @Test
  void theArmyThatReportsOffersOfHelpIsNoGiverInVietnamese() {
    // "Quân đội Indonesia cho biết …": the army reports; the seven countries offer, and Indonesia,
    // the one other state named, receives.
    var s = RealPages.page("vi-world-news_world_142.txt").sentence("Quân đội Indonesia cho biết Australia");
    assertThat(actors(s.arguments("đề nghị hỗ trợ").actors())).containsExactly("Australia/PARTICIPANT/AU", "Mỹ/PARTICIPANT/US",
        "Đức/PARTICIPANT/DE", "Pháp/PARTICIPANT/FR", "Nga/PARTICIPANT/RU", "Ấn Độ/PARTICIPANT/IN", "Thổ Nhĩ Kỳ/PARTICIPANT/TR",
        "Indonesia/TARGET/ID");
  }

  @Test
  void theRebelsADealIsStruckWithAreItsOtherSideThoughAPersonIsNamed() {
    // A body after "with" is the counterpart, not where the one named comes from.
    var s = RealPages.page("en-testa-045.txt").sentence("struck a military deal with separatist rebels last week");
    assertThat(actors(s.arguments("struck").actors())).contains("separatist rebels/TARGET/null");
  }

  @Test
  void theUnitedNationsIraqReachedAnAgreementWithIsItsOtherSide() {
    var s = RealPages.page("en-train-508.txt").sentence("as part of an agreement Iraq reached with the United Nations in June");
    assertThat(actors(s.arguments("reached").actors())).contains("the United Nations/TARGET/null");
  }

  @Test
  void aidOfferedWithNoReceiverNamedGoesToTheOtherStateOfTheSentenceInVietnamese() {
    // The Indonesian army says who offered help: Indonesia receives it.
    var s = RealPages.page("vi-world-news_world_237.txt").sentence("cũng đã đề nghị hỗ trợ");
    assertThat(actors(s.arguments("đề nghị hỗ trợ").actors())).contains("Indonesia/TARGET/ID").anyMatch(a -> a.startsWith("Australia/"));
  }

  @Test
  void theCountriesOfAListOpenedByALocativeWordArePlacesInSpanish() {
    // "lanzaremos las OPAS … en Argentina, Brasil, Perú y Estados Unidos": where, not who.
    var s = RealPages.page("es-testa-001.txt").sentence("Hoy tendremos una reunión con la Comisión de Valores Mobiliarios");
    assertThat(actors(s.arguments("reunión").actors())).noneMatch(a -> a.startsWith("Brasil/") || a.startsWith("Perú/") || a.startsWith("Estados Unidos/"));
  }

  @Test
  void theNegotiationsAfterAnOpeningAfterHaveTheirOwnSubjects() {
    var s = RealPages.page("en-testa-094.txt").sentence("is set to be initialed on Friday after delegates from the Philippine government");
    assertThat(actors(s.arguments("negotiations").actors()))
        .containsExactly("Philippine government/PARTICIPANT/PH", "Moro National Liberation Front/PARTICIPANT/null");
  }

  @Test
  void theSpeakerOnAVisitToRwandaIsItsVisitorAndRwandaNamedTwiceIsNoTour() {
    // "Zairean Prime Minister Kengo wa Dondo said on Thursday in a visit to Rwanda that his country
    // would expell all the refugees back to Rwanda": the visit is where he spoke, so he made it;
    // Rwanda named twice is one destination, not a tour of two hosts.
    var s = RealPages.page("en-train-285.txt").sentence("said on Thursday in a visit to Rwanda");
    ArgumentReader.Arguments a = s.arguments("visit");
    assertThat(actors(a.actors())).containsExactly("Kengo wa Dondo/PARTICIPANT/CD");
    assertThat(a.location().entity()).isEqualTo("country:RW");
  }

  @Test
  void theStressedDuringTheMeetingIsSaddamWhoTookPartInIt() {
    // "President Saddam Hussein stressed during the meeting Iraq's keenness …," the papers said:
    // the one who stressed it during the meeting took part in it.
    var s = RealPages.page("en-train-017.txt").sentence("stressed during the meeting");
    assertThat(actors(s.arguments("meeting").actors())).first().asString().startsWith("Saddam Hussein/");
  }

  @Test
  void aVisitorMetWithNoOfficialHostIsOnAVisitToWhereTheyMet() {
    // "hours after he met visiting French Foreign Minister Herve de Charette in Algiers": the
    // bishop he met is no state's official, so the host is where they met.
    var s = RealPages.page("en-train-104.txt").sentence("he met visiting French Foreign Minister");
    List<Reading> read = s.readings();
    assertThat(read).extracting(Reading::form).containsExactly("meeting", "visit");
    assertThat(actors(read.get(1).actors())).containsExactly("Herve de Charette/PARTICIPANT/FR");
    assertThat(read.get(1).countries()).containsExactly("FR", "DZ");
  }

  @Test
  void aLeaderNamedAfterSinceHoldsAClauseOfHisOwnNotTheDiscussion() {
    // "The council was meeting in Ramallah to discuss Israel's new policy … since Prime Minister
    // Benjamin Netanyahu took office in June": Netanyahu took office; he discussed nothing.
    var s = RealPages.page("en-train-730.txt").sentence("to discuss Israel's new policy");
    assertThat(s.readings()).isNotEmpty().allSatisfy(r -> assertThat(actors(r.actors())).noneMatch(a -> a.startsWith("Benjamin Netanyahu")));
  }

  @Test
  void aPlaceTheKnowledgeBaseDoesNotKnowIsNoParty() {
    // "The Salang tunnel linking Kabul with northern Afghanistan was formally reopened … under an
    // agreement between …": Salang is a pass and a tunnel, no state.
    var s = RealPages.page("en-train-877.txt").sentence("The Salang tunnel linking Kabul");
    assertThat(s.readings()).isNotEmpty()
        .allSatisfy(r -> assertThat(r.actors()).noneMatch(p -> p.mention().mention().text().equals("Salang")));
  }

  @Test
  void theVisitorAfterVisitingIsTheOneMetAndAlsoOnAVisitToTheHost() {
    // "offered his gratitude in a meeting … with visiting …": the meeting is where thanks were
    // given (no background), Bongo is whom Jiang met, and his visit is to China.
    var s = RealPages.page("en-train-630.txt").sentence("offered his gratitude in a meeting on Monday with visiting Gabon President");
    List<Reading> read = s.readings();
    assertThat(read).extracting(Reading::form).containsExactly("meeting", "visit");
    assertThat(read.get(0).cues()).doesNotContain(Cue.BACKGROUND);
    assertThat(actors(read.get(0).actors())).containsExactly("Jiang Zemin/SOURCE/CN", "Omar Bongo/TARGET/GA");
    assertThat(actors(read.get(1).actors())).containsExactly("Omar Bongo/PARTICIPANT/GA");
    assertThat(read.get(1).countries()).containsExactly("GA", "CN");
    assertThat(s.accepted(read.get(1))).isTrue();
  }

  @Test
  void theSpeakerAfterTheQuoteIsTheSubjectOfMeetingAfterwardsInSpanish() {
    // "subrayó McFarland después de una reunión con el ministro del Interior": the meeting's
    // subject is the US chargé d'affaires who speaks, named in the story's first sentence.
    var s = RealPages.page("es-train-738.txt").sentence("subrayó McFarland después de una reunión con el ministro del Interior");
    assertThat(actors(s.arguments("reunión").actors())).containsExactly("McFarland/SOURCE/US", "Walter Bower/TARGET/PY");
    assertThat(s.accepted(s.reading("reunión"))).isTrue();
  }

  @Test
  void herTripIsTheTripOfTheOneWhoComplained() {
    var s = RealPages.page("en-train-289.txt").sentence("since her trip to Taiwan in May");
    assertThat(actors(s.arguments("trip").actors())).contains("Chamorro/PARTICIPANT/NI");
  }

  @Test
  void twoCapitalsThatSayTheirTreatyShouldBeSignedAreItsPlannedParties() {
    // A passive "should be signed" schedules the signing (no appeal), and the states speaking are its parties.
    var s = RealPages.page("en-train-829.txt").sentence("Bucharest and Budapest say the treaty should be signed");
    Reading r = s.reading("signed");
    assertThat(r.status()).isEqualTo(Status.PLANNED);
    assertThat(actors(r.actors())).containsExactly("Bucharest/PARTICIPANT/RO", "Budapest/PARTICIPANT/HU");
    assertThat(s.accepted(r)).isTrue();
  }

  @Test
  void theEnvoyDescribingTheMinisterReceivedIsNoOtherPartyInSpanish() {
    // "recibió hoy al ministro del Interior de Colombia, Hugo de la Calle, enviado especial del
    // presidente de su país, Andrés Pastrana": the description after the name is his.
    var s = RealPages.page("es-testa-048.txt").sentence("recibió hoy al ministro del Interior de Colombia");
    assertThat(actors(s.arguments("recibió").actors())).containsExactly("Antonio Guterres/SOURCE/PT", "Hugo de la Calle/TARGET/CO");
  }

  @Test
  void thoseMetBeforeReturningAreNotTheReturnsSubjectsInSpanish() {
    // "Rino Serri, quien se reunió ayer, lunes, con el presidente eritreo, Isaias Afeworki, y con
    // Meles Zenawi, regresó hoy a Asmara": the envoy returns, to Asmara.
    var s = RealPages.page("es-train-609.txt").sentence("regresó hoy a Asmara");
    ArgumentReader.Arguments a = s.arguments("regresó hoy a");
    assertThat(a.actors()).extracting(Participant::entity).containsExactly("person:rino-serri");
    assertThat(a.location().entity()).isEqualTo("city:er/asmara");
  }

  @Test
  void theBodyAnAgreementIsReachedWithIsItsOtherSideThoughTheParseHangsItOnTheNextClause() {
    // "después que China consiguiera un acuerdo similar la semana pasada con la Unión Europea, las
    // autoridades de Pekín aseguraron …": the parse puts "con la Unión Europea" under "aseguraron".
    var s = RealPages.page("es-train-010.txt").sentence("China consiguiera un acuerdo similar");
    assertThat(s.arguments("consiguiera un acuerdo").actors()).extracting(Participant::entity)
        .containsExactly("country:CN", "org:eu");
    assertThat(s.accepted(s.reading("consiguiera un acuerdo"))).isTrue();
  }

  @Test
  void whoSaysHeTalkedWithMaskhadovIsTheOneWhoTalkedInSpanish() {
    var s = RealPages.page("es-train-385.txt").sentence("dijo que habló con Masjádov desde París");
    assertThat(s.arguments("habló con").actors()).extracting(Participant::entity)
        .containsExactly("person:gb/russell-johnston", "person:aslan-maskhadov");
  }

  @Test
  void theMinisterFromColombiaReceivedInLisbonIsOnAVisitInSpanish() {
    var s = RealPages.page("es-testa-048.txt").sentence("recibió hoy al ministro del Interior de Colombia");
    List<Reading> read = s.readings();
    assertThat(read).extracting(Reading::form).containsExactly("reception", "visit");
    assertThat(actors(read.get(1).actors())).containsExactly("Hugo de la Calle/PARTICIPANT/CO");
    assertThat(read.get(1).countries()).containsExactly("CO", "PT");
  }

  @Test
  void aMayorReceivedByARegionalMinisterIsOnNoVisitInSpanish() {
    var s = RealPages.page("es-train-416.txt").sentence("El consejero recibió en su despacho al alcalde de Grandas");
    assertThat(s.readings()).noneMatch(r -> r.form().equals("visit"));
  }

  @Test
  void theBodyChinaIsToJoinIsNoPartyToItsAgreementWithTheUnitedStatesInSpanish() {
    // "Estados Unidos acordó con China … apoyar la entrada de Pekín a la Organización Mundial de
    // Comercio (OMC)": the states agreed; the WTO, full name or abbreviation, is what China joins.
    var s = RealPages.page("es-train-674.txt").sentence("Estados Unidos acordó con China tramitar");
    assertThat(s.arguments("acordó con").actors()).extracting(Participant::entity).containsExactly("country:US", "country:CN");
  }

  @Test
  void beijingSignedWithTheUnionThoughTheBodyItJoinsIsNamedBeforeInSpanish() {
    var s = RealPages.page("es-train-011.txt").sentence("Pekín firmara el pasado viernes un acuerdo similar");
    assertThat(actors(s.arguments("firmara").actors())).containsExactly("Pekín/SOURCE/CN", "Unión Europea/TARGET/null");
  }

  @Test
  void aPlaceInAClauseOpenedBySinceIsNotWhereDownersVisitWas() {
    // "... to visit China since the new conservative government took office in Canberra in March".
    var s = RealPages.page("en-train-094.txt").sentence("the first Australian minister to visit China since");
    ArgumentReader.Arguments a = s.arguments("visit");
    assertThat(actors(a.actors())).containsExactly("Downer/PARTICIPANT/AU");
    assertThat(a.location()).isNull();
  }

  @Test
  void theRebelLeadersJoinedByAndAfterBetweenAreTheOtherSideOfLebedsAgreement() {
    var s = RealPages.page("en-train-378.txt").sentence("under a ceasefire agreement between Russian security chief");
    assertThat(actors(s.arguments("ceasefire agreement between").actors()))
        .containsExactly("Alexander Lebed/PARTICIPANT/RU", "rebel leaders/PARTICIPANT/null");
  }

  @Test
  void countriesBeforeAVisitAreNoToursHosts() {
    // "Ukraine …, offending China by allowing a Taiwanese minister to appear on a public, if
    // unofficial visit": one visitor, no tour of Ukraine and China.
    var s = RealPages.page("en-train-126.txt").sentence("allowing a Taiwanese minister to appear");
    assertThat(actors(s.arguments("visit").actors())).containsExactly("Taiwanese minister/PARTICIPANT/TW");
  }

  @Test
  void britainThatSaidItWouldGiveAidGivesItToTheIslandOfMontserrat() {
    // "Britain said on Thursday it would give … development aid to the Caribbean island of Montserrat".
    var s = RealPages.page("en-train-071.txt").sentence("it would give 25 million pounds");
    assertThat(actors(s.arguments("development aid").actors())).containsExactly("Britain/SOURCE/GB", "Montserrat/TARGET/MS");
  }

  @Test
  void aNameInARelativeClauseClosedBeforeTheTriggerIsNoSubject() {
    var s = RealPages.page("en-train-474.txt").sentence("met Saudi officials on Monday during a brief visit");
    assertThat(s.arguments("met").actors()).extracting(p -> p.mention().mention().text())
        .containsExactly("Arlen Specter");
  }

  @Test
  void theStateAnEmbassyIsPostedToIsNoPartyInChinese() {
    // "中国驻哈萨克斯坦大使馆全体馆员、…参加了活动": the embassy's own staff at its own event; the
    // state after 驻 is where the mission works, so only China is left and the gate drops it.
    var s = RealPages.page("zh-2019-118.txt").sentence("中国驻哈萨克斯坦大使馆全体馆员");
    assertThat(actors(s.arguments("参加").actors())).containsExactly("中国/PARTICIPANT/CN");
    assertThat(s.datedReadings(null, null)).noneMatch(s::accepted);
  }

  @Test
  void whomAVisitorGoesToMeetIsNoVisitorInChineseAndEnglish() {
    // "并将于10月2日前往莫斯科与俄罗斯总统普京会晤": Putin, after the companion word before the
    // meeting word, is whom Vučić meets in Moscow, not a visitor with him.
    var zh = RealPages.page("zh-2019-014.txt").sentence("并将于10月2日前往莫斯科");
    List<Reading> zhRead = StoryEventReader.visitorsOnly(zh.view(), zh.datedReadings(null, null));
    assertThat(zhRead).filteredOn(r -> r.family().equals("visit")).singleElement()
        .satisfies(r -> assertThat(actors(r.actors())).containsExactly("武契奇/SOURCE/RS"));
    assertThat(zhRead).filteredOn(r -> r.family().equals("meet")).singleElement()
        .satisfies(r -> assertThat(actors(r.actors())).containsExactly("武契奇/SOURCE/RS", "普京/TARGET/RU"));
    // "David Levy would visit Bonn for talks with his German counterpart Klaus Kinkel": Kinkel,
    // after the word for the talks, is whom Levy meets.
    var en = RealPages.page("en-testa-071.txt").sentence("would visit Bonn for talks with");
    List<Reading> enRead = StoryEventReader.visitorsOnly(en.view(), en.datedReadings(null, null));
    assertThat(enRead).filteredOn(r -> r.family().equals("visit")).singleElement()
        .satisfies(r -> assertThat(r.actors()).extracting(p -> p.mention().mention().text()).containsExactly("David Levy"));
  }

  @Test
  void theEnvoyAVisitorHeldTalksWithIsNoVisitor() {
    // "Nyerere arrived in Rome this week on a private visit and held talks with the U.S. special
    // envoy to Burundi, Howard Wolpe": Wolpe, whom the visit reads as its object, is met there.
    var s = RealPages.page("en-testa-211.txt").sentence("Nyerere arrived in Rome this week on a private visit");
    List<Reading> read = s.datedReadings(null, null);
    assertThat(read).filteredOn(r -> r.family().equals("visit"))
        .anySatisfy(r -> assertThat(actors(r.actors())).contains("Howard Wolpe/TARGET/US"));
    assertThat(StoryEventReader.visitorsOnly(s.view(), read)).filteredOn(r -> r.family().equals("visit"))
        .allSatisfy(r -> assertThat(r.actors()).extracting(p -> p.mention().mention().text()).containsExactly("Nyerere"));
  }

  @Test
  void eachOfAListOfTitledPeopleIsAPartyInChinese() {
    // "印尼贸易部长卢基塔、土地与空间规划部长索菲安、东盟副秘书长康富等嘉宾出席招待会": a list mark after a
    // name ends the chain of titles before the next person, so no one lies inside another's title.
    var s = RealPages.page("zh-2020-115.txt").sentence("土地与空间规划部长索菲安");
    assertThat(s.arguments("招待会").actors()).extracting(p -> p.mention().mention().text()).containsExactly("卢基塔", "索菲安", "康富");
    var t = RealPages.page("zh-2020-024.txt").sentence("科特迪瓦外长塔诺、赤道几内亚外长奥约诺");
    assertThat(t.arguments("出席").actors()).extracting(p -> p.mention().mention().text()).startsWith("塔诺", "奥约诺", "潘多尔");
  }

  @Test
  void thePresidentNamedEarlierWithHisFullTitleMetTheCommissionerInSpanish() {
    // "El presidente del Gobierno de Navarra, Miguel Sanz, …" earlier in the story; then "El
    // presidente hizo estas declaraciones en Bruselas, donde hoy se entrevistó con el comisario
    // europeo de Competencia, Mario Monti": the title standing alone is Sanz's, a longer form of it.
    var s = RealPages.page("es-train-442.txt").sentence("donde hoy se entrevistó con el comisario europeo");
    assertThat(s.mention("presidente").entityId()).isEqualTo("person:es/miguel-sanz");
    assertThat(s.arguments("se entrevistó").actors()).extracting(Participant::entity)
        .containsExactly("person:es/miguel-sanz", "person:it/mario-monti");
    assertThat(s.accepted(s.reading("se entrevistó"))).isTrue();
  }

  @Test
  void aGeorgianMinisterReceivedByAMayorIsReceivedAndOnAVisitInSpanish() {
    // "el alcalde de Amurrio recibirá en el ayuntamiento al ministro de industria de Georgia,
    // Vladimir Pangani": no host named as a party; the Georgian is received at the story's home.
    var s = RealPages.page("es-train-527.txt").sentence("el alcalde de Amurrio recibirá en el ayuntamiento");
    List<Reading> read = s.readings();
    assertThat(read).extracting(Reading::form).containsExactly("reception", "visit");
    assertThat(read.get(0).countries()).contains("GE", "ES");
    assertThat(read.get(1).actors()).extracting(Participant::entity).containsExactly("person:vladimir-pangani");
    assertThat(read.get(1).countries()).containsExactly("GE", "ES");
    assertThat(s.accepted(read.get(0))).isTrue();
    assertThat(s.accepted(read.get(1))).isTrue();
  }

  @Test
  void aTripToAGatheringGoesWhereTheGatheringIsHeldInSpanish() {
    // "realizados por Albright antes de viajar a la reunión de ministros de Asuntos Exteriores de la
    // OTAN que se celebrará en Italia, han incluido a Siria, Egipto, …": Italy is where she goes;
    // the countries she called are no stops of a tour.
    var s = RealPages.page("es-testa-195.txt").sentence("antes de viajar a la reunión de ministros");
    ArgumentReader.Arguments a = s.arguments("viajar");
    assertThat(a.actors()).extracting(Participant::entity).containsExactly("person:us/madeleine-albright");
    assertThat(a.location().entity()).isEqualTo("country:IT");
    assertThat(s.accepted(s.reading("viajar"))).isTrue();
  }

  @Test
  void aSecondCounterpartNamedBareAfterAndWithIsMetTooInSpanish() {
    // "se reunió ayer, lunes, con el presidente eritreo, Isaias Afeworki, y con Meles Zenawi": the
    // second name has no title of its own here, but is met as the first is.
    var s = RealPages.page("es-train-609.txt").sentence("regresó hoy a Asmara");
    assertThat(s.arguments("se reunió").actors()).extracting(Participant::entity)
        .containsExactly("person:rino-serri", "person:er/isaias-afwerki", "person:et/meles-zenawi");
  }

  @Test
  void whoSpokeAtAMeetingTookPartInIt() {
    // "El primer ministro etíope, Meles Zenaui, indicó hoy en un encuentro con diplomáticos
    // acreditados en Addis Abeba que …": the word for the meeting tells where he spoke, before what
    // he said; so does "Saddam Hussein stressed during the meeting Iraq's keenness …". The
    // diplomats he met, envoys of many states, are its other side.
    var es = RealPages.page("es-train-609.txt").sentence("indicó hoy en un encuentro con diplomáticos");
    assertThat(es.arguments("encuentro").actors()).extracting(Participant::entity).first().isEqualTo("person:et/meles-zenawi");
    assertThat(es.arguments("encuentro").actors()).extracting(p -> p.mention().mention().text())
        .containsExactly("Meles Zenaui", "diplomáticos acreditados en Addis Abeba");
    var en = RealPages.page("en-train-017.txt").sentence("stressed during the meeting Iraq's keenness");
    assertThat(en.arguments("meeting").actors()).extracting(Participant::entity).contains("person:iq/saddam-hussein");
    assertThat(en.accepted(en.reading("meeting"))).isTrue();
  }

  @Test
  void theCountriesOfAClauseAfterAVisitAreNoTourInChinese() {
    // "访问中国时签署了建造…“俄罗斯之家”的框架性协议": only a list running on from the word names hosts.
    var s = RealPages.page("zh-2019-046.txt").sentence("俄滨海边疆区政府代表团访问中国时签署了");
    assertThat(actors(s.arguments("访问").actors())).noneMatch(a -> a.contains("/TARGET/"));
  }

  @Test
  void theNamesAfterACommaAndBingAreAnotherDeedsNotTheAidsInChinese() {
    // "中方已经并将继续全力驰援，…，并愿同非洲国家协调行动，动员联合国、世卫组织等加大援助力度": those China
    // would mobilise are no givers or receivers of its aid.
    var s = RealPages.page("zh-2020-024.txt").sentence("中方已经并将继续全力驰援");
    assertThat(actors(s.arguments("驰援").actors())).noneMatch(a -> a.startsWith("联合国") || a.startsWith("世卫组织") || a.startsWith("特派团"));
  }

  @Test
  void thePlaceADisasterStruckIsTheAidsReceiverInChinese() {
    // "刚果（金）埃博拉疫情再度暴发，中方…全力驰援": the place the epidemic struck, in a clause of its own, receives.
    var s = RealPages.page("zh-2020-024.txt").sentence("中方已经并将继续全力驰援");
    assertThat(actors(s.arguments("驰援").actors())).contains("刚果（金）/TARGET/CD");
  }

  @Test
  void theLeaderOfTheDelegationMetIsTheMeetingsCounterpart() {
    // "会见了由领导人塔瓦雷·巴斯克斯率领的乌拉圭进步联盟代表团": the parse puts the leader in the
    // delegation's relative clause, but meeting the delegation is meeting him.
    var s = RealPages.msra("会见了由领导人塔瓦雷·巴斯克斯率领的").sentence("会见了");
    assertThat(actors(s.arguments("会见").actors())).containsExactly("谢非/SOURCE/CN", "塔瓦雷·巴斯克斯/TARGET/UY");
  }

  @Test
  void arrivingInACountryNamedByItsShortFormGoesThere() {
    // "丛培武于9月22日抵加，并于次日在渥太华…递交国书副本": "抵加" is arriving in Canada (加, its short form).
    var s = RealPages.page("zh-2020-113.txt").sentence("丛培武于9月22日抵加");
    assertThat(s.arguments("抵加").countries()).contains("CA");
    assertThat(actors(s.arguments("抵加").actors())).containsExactly("丛培武/PARTICIPANT/CN");
  }

  @Test
  void aClauseGoingOnWithAndHasTheSubjectOfTheTriggerBeforeIt() {
    // "丛培武于9月22日抵加，并于次日在渥太华向…惠勒递交国书副本": "并" goes on with the ambassador who
    // arrived; Wheeler, after "向", is whom the copy is handed to.
    var s = RealPages.page("zh-2020-113.txt").sentence("丛培武于9月22日抵加");
    assertThat(actors(s.arguments("递交国书").actors())).first().asString().startsWith("丛培武/");
    assertThat(actors(s.arguments("递交国书").actors())).anyMatch(a -> a.startsWith("惠勒/"));
  }

  @Test
  void theCapitalLukashenkoSignedAPactWithIsTheOtherSide() {
    // "Lukashenko signed a pact with Moscow in April": the capital the signing is done with stands
    // for Russia, the other side, though a person acts.
    var s = RealPages.page("en-testa-049.txt").sentence("Lukashenko signed a pact with Moscow in April");
    assertThat(actors(s.arguments("signed").actors())).containsExactly("Lukashenko/SOURCE/BY", "Moscow/TARGET/RU");
  }

  @Test
  void aStateNamedFarAfterTheTriggerIsNoSideOfItInSpanish() {
    // "mostró hoy durante la XII Cumbre … la solidaridad de Francia con España": "con España" is
    // what the solidarity is with, many words after the word for the summit; no side of it.
    var s = RealPages.page("es-train-074.txt").sentence("mostró hoy durante la XII Cumbre bilateral");
    assertThat(actors(s.arguments("Cumbre bilateral").actors())).noneMatch(a -> a.startsWith("España"));
  }

  @Test
  void michelWhoInformedTodayThatHeWouldTravelIsTheVisitorInSpanish() {
    // "Louis Michel, informó hoy, martes, que viajará próximamente a Viena": the day between the
    // verb of saying and "que" leaves the dropped subject the speaker's.
    var s = RealPages.page("es-train-063.txt").sentence("informó hoy, martes, que viajará");
    assertThat(actors(s.arguments("viajará").actors())).containsExactly("Louis Michel/PARTICIPANT/BE");
  }

  @Test
  void theStateHyphenedToTheUnBeforeTheMemorandumIsItsOtherSide() {
    // "the Iraq-U.N. memorandum of understanding on partial oil sales signed last June": Iraq, joined
    // to the body by a hyphen, signed it with the U.N.
    var s = RealPages.page("en-train-580.txt").sentence("the Iraq-U.N. memorandum of understanding");
    assertThat(actors(s.arguments("signed").actors())).anyMatch(a -> a.startsWith("U.N./")).anyMatch(a -> a.startsWith("Iraq/"));
  }

  @Test
  void theStateWhoseGovernmentsRepresentativesRichardsonWillMeetIsTheOtherSideInSpanish() {
    // "a finales de semana se reunirá con representantes del gobierno de Qatar": Qatar, whose
    // officials the meeting is with, is its other side beside Richardson.
    var s = RealPages.page("es-testa-176.txt").sentence("se reunirá con representantes del gobierno de Qatar");
    assertThat(actors(s.arguments("se reunirá").actors())).anyMatch(a -> a.startsWith("Qatar/"));
  }

  @Test
  void aCeasefireArrangementOrPeacePactWithAPartyNamesBothSides() {
    // "The Patriotic Union of Kurdistan (PUK) leadership declares its endorsement for a ceasefire
    // arrangement with the KDP": the one who makes the arrangement, and the party it is made with.
    var kdp = RealPages.page("en-train-731.txt").sentence("ceasefire arrangement with the KDP");
    assertThat(actors(kdp.arguments("ceasefire arrangement with").actors()))
        .containsExactly("Patriotic Union of Kurdistan/SOURCE/null", "KDP/TARGET/null");
    // "Hekmatyar rejoined the government … under a peace pact with Rabbani": the pact's sides.
    var pact = RealPages.page("en-train-395.txt").sentence("under a peace pact with Rabbani");
    assertThat(actors(pact.arguments("peace pact with").actors())).containsExactly("Hekmatyar/SOURCE/AF", "Rabbani/TARGET/AF");
  }
}
