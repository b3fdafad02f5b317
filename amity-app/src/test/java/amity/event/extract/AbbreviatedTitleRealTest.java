package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.kb.KnowledgeBase;
import amity.lang.LanguagePacks;
import amity.mention.Gazetteer;
import amity.mention.RuleMentionFinder;
import amity.mention.TitleFinder;
import amity.model.EntityType;
import amity.model.Mention;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A title abbreviated as wire copy writes it ("Gov.") is a title before the name as its full form
 * is ({@link TitleFinder}), even where the copy's line ends after it.
 */
class AbbreviatedTitleRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void aGovernorAbbreviatedBeforeANameUnknownToTheKnowledgeBaseHoldsOffice() {
    // A tune page: "after meeting Hong Kong Gov." / "Chris Patten last month". Without the knowledge
    // base's Patten, only the title can say he holds office: before, he had no role and the
    // meeting went to Hong Kong instead.
    KnowledgeBase noPeople = KnowledgeBase.builder().withholdPeople(100).addBundled().build();
    var story = RealPages.page("en-train-706.txt").story("said after meeting Hong Kong Gov.").story();
    List<Mention> found = new RuleMentionFinder(new Gazetteer(noPeople), LanguagePacks.bundled()).find(story);
    assertThat(found).anySatisfy(m -> {
      assertThat(m.text()).isEqualTo("Chris Patten");
      assertThat(m.type()).isEqualTo(EntityType.PERSON);
      assertThat(m.roles()).contains("governor");
    });
  }
}
