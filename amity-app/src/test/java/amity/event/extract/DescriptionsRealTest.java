package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.lang.LanguagePacks;
import amity.model.LinkedMention;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Descriptions} on real sentences of the tune half: descriptions that stand for a person. */
class DescriptionsRealTest {
  private static final Descriptions DESCRIPTIONS = new Descriptions(RealPages.gazetteer(), LanguagePacks.bundled());

  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  /** The story's descriptions, found again from its mentions without them. */
  private static List<LinkedMention> described(RealPages.RealSentence s) {
    List<LinkedMention> plain = s.storyMentions().stream().filter(l -> !ActorGate.DESCRIPTION.equals(l.mention().finder())).toList();
    return DESCRIPTIONS.withDescriptions(s.story().story(), plain, s.actors()).stream()
        .filter(l -> ActorGate.DESCRIPTION.equals(l.mention().finder())).toList();
  }

  @Test
  void theSwissForeignMinisterIsCottiWhomTheStoryNamedBefore() {
    var s = RealPages.page("en-testa-088.txt").sentence("who is also the Swiss foreign minister");
    // The knowledge base knows Cotti as Switzerland's foreign minister of 1993-99 and links the title
    // itself; without that link the description still finds him, named before it.
    List<LinkedMention> plain = s.storyMentions().stream()
        .filter(l -> !ActorGate.DESCRIPTION.equals(l.mention().finder()) && !l.mention().text().equals("Swiss foreign minister"))
        .toList();
    List<LinkedMention> found = DESCRIPTIONS.withDescriptions(s.story().story(), plain, s.actors()).stream()
        .filter(l -> ActorGate.DESCRIPTION.equals(l.mention().finder())).toList();
    assertThat(found).filteredOn(l -> l.mention().text().equals("the Swiss foreign minister"))
        .singleElement().extracting(LinkedMention::entityId).isEqualTo("person:ch/flavio-cotti");
  }

  @Test
  void aTitleFollowedByACommaAndANameIsNoDescription() {
    // "the U.S. special envoy to Burundi, Howard Wolpe": a title in apposition.
    var s = RealPages.page("en-testa-211.txt").sentence("held talks with the U.S. special envoy to Burundi, Howard Wolpe");
    assertThat(described(s)).noneMatch(l -> l.mention().text().contains("special envoy"));
  }
}
