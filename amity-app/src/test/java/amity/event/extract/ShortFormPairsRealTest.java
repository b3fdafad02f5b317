package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pairs of one-character short forms with an ambiguous one (巴: Brazil, Pakistan, Palestine,
 * Panama …), read by its partner ({@code zh/abbreviations.tsv} rows with two ids).
 */
class ShortFormPairsRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void baBesideYiIsPalestine() {
    // People's Daily: "巴以双方就加沙机场和海港的建设问题已举行过多次谈判，…" — Palestine and Israel.
    var s = RealPages.page("zh-pd-071.txt").sentence("巴以双方就加沙机场");
    assertThat(s.mention("巴").entityId()).isEqualTo("country:PS");
    assertThat(s.mention("以").entityId()).isEqualTo("country:IL");
  }

  @Test
  void baBesideYinIsPakistanAndBothArePartiesToTheTalks() {
    // MSRA sample: "去年３月至今年１月，巴印两国举行了三次外秘级会谈" — Pakistan and India.
    var s = RealPages.msra("巴印两国举行了三次外秘级会谈").sentence("巴印两国");
    assertThat(s.arguments("会谈").actors()).extracting(p -> p.entity())
        .contains("country:PK", "country:IN");
  }

  @Test
  void luoBeforeGovernmentIsRomaniaAPartyToTheTalks() {
    // MSRA sample (and the tune page zh-pd-003): "这项法案是罗政府同国际货币基金组织和世界银行的代表经过
    // 反复磋商…制定的": 罗, a short form of one country only, is Romania, whose government held the talks.
    var s = RealPages.msra("罗政府同国际货币基金组织和世界银行的代表经过反复磋商").sentence("罗政府");
    assertThat(s.arguments("磋商").actors()).extracting(p -> p.entity()).contains("country:RO");
  }

  @Test
  void biFangForExampleIsNoBelgium() {
    // CLUENER: "比方说银行贷款" (for example, bank loans): 比方 is a word of its own, so 比 (Belgium's
    // short form elsewhere) is kept out of the short forms.
    var s = RealPages.cluener("其它监管部门的监管指标对行业持续发展和结构调整的作用。比方说银行贷款").sentence("比方说");
    assertThat(s.mentions()).extracting(m -> m.entityId()).doesNotContain("country:BE");
  }
}
