package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A place name running across the end of a Han title into the name after it ("部长沙龙": 长沙 is
 * Changsha) is no place: the title ends where it ends, and the name after it is the person's
 * ({@link amity.mention.RuleMentionFinder}). Found by the name swap ({@code tools/name-swap.py}): a
 * minister's name beginning with 沙 after "商务部长" became Changsha and the meeting lost him.
 */
class TitleNameBoundaryRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void aPlaceAcrossTheEndOfATitleGivesWayToTheNameAfterIt() {
    // Unlabelled MSRA text (People's Daily): "以色列国家基础设施部长沙龙强调…".
    var s = RealPages.msra("设施部长沙龙强").sentence("设施部长沙龙强");
    assertThat(s.mentions()).noneSatisfy(m -> assertThat(m.mention().text()).isEqualTo("长沙"));
    assertThat(s.mentions()).anySatisfy(m -> {
      assertThat(m.mention().type()).isEqualTo(EntityType.PERSON);
      assertThat(m.mention().text()).startsWith("沙龙");
    });
  }
}
