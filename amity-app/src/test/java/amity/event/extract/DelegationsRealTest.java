package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.lang.LanguagePacks;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Delegations} on real sentences: heads of delegations and invited parties. */
class DelegationsRealTest {
  private static final Delegations DELEGATIONS = new Delegations(RealPages.gazetteer());

  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  private static ActorWords words(RealPages.RealSentence s) {
    return ActorWords.of(LanguagePacks.bundled(), s.story().story().lang());
  }

  @Test
  void theHeadOfAHanoiDelegationIsAVietnameseOfficialInChinese() {
    // "阮德钟先生将率领河内市工作代表团": whose the delegation is stands before the word for it.
    var s = RealPages.page("zh-2020-114.txt").sentence("阮德钟先生将率领河内市工作代表团");
    var led = DELEGATIONS.leadsDelegation(s.story().story().story().text(), s.mention("阮德钟").mention().span(), words(s));
    assertThat(led).isEqualTo(new TitleReader.Descriptor(true, false, false, "VN"));
  }

  @Test
  void theOneANationalDelegationIsLedByIsOfItsCountryThoughTheKnowledgeBaseKnowsHimNot() {
    // "de una delegación noruega encabezada por Raymond Johansen, viceministro de Asuntos Exteriores":
    // the leading words before the name, the delegation's nationality before them.
    var s = RealPages.page("es-train-052.txt").sentence("delegación noruega encabezada por");
    String text = s.story().story().story().text();
    var led = DELEGATIONS.ledBy(text, s.mention("Raymond Johansen").mention().span(), words(s));
    assertThat(led).isEqualTo(new TitleReader.Descriptor(true, false, false, "NO"));
    // The Tamil Tigers named later in the sentence lead nothing.
    assertThat(DELEGATIONS.ledBy(text, s.mention("Colombo").mention().span(), words(s)).political()).isFalse();
  }

  @Test
  void aPartyThatCameAtAnInvitationIsAnOfficialGuest() {
    // MSRA: "布克莱斯一行是应傅全有邀请于７日上午抵京…".
    var s = RealPages.msra("布克莱斯一行是应傅全有邀请").sentence("布克莱斯");
    assertThat(Delegations.invitedParty(s.story().story().story().text(), s.mention("布克莱斯").mention().span(), words(s))).isTrue();
  }

  private static List<String> names(Reading r) {
    return r.actors().stream().map(p -> p.mention().mention().text()).toList();
  }

  @Test
  void aDelegationItsHeadIsNamedWithIsToldByTheHead() {
    // "la presencia en Colombo … de una delegación noruega encabezada por Raymond Johansen,
    // viceministro de Asuntos Exteriores": the visit is the deputy minister's, the most specific
    // name the page gives; before, the visit had the delegation and not him.
    var s = RealPages.page("es-train-052.txt").sentence("delegación noruega encabezada por");
    List<Reading> read = s.readings();
    assertThat(read).isNotEmpty();
    assertThat(names(read.get(0))).contains("delegación noruega").doesNotContain("Raymond Johansen");
    List<Reading> headed = Delegations.headed(s.view(), read, words(s));
    assertThat(names(headed.get(0))).contains("Raymond Johansen").doesNotContain("delegación noruega");
  }

  @Test
  void aDelegationWithNoHeadNamedStays() {
    // "俄滨海边疆区政府代表团访问中国时签署了…框架性协议": no one leads it here.
    var s = RealPages.page("zh-2019-046.txt").sentence("俄滨海边疆区政府代表团访问中国时");
    List<Reading> read = s.readings();
    assertThat(Delegations.headed(s.view(), read, words(s))).isEqualTo(read);
  }
}
