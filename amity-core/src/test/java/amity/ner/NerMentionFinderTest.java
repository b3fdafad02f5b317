package amity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Alignment;
import amity.model.AnalyzedStory;
import amity.model.EntityType;
import amity.model.Mention;
import amity.model.PublicationDate;
import amity.model.Story;
import amity.model.StoryKind;
import amity.ner.train.NerTrainer;
import amity.testkit.TinyData;
import amity.text.IcuSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerMentionFinderTest {
  static AnalyzedStory story(String text, String lang) {
    Story s = new Story("d#0", "d", 0, StoryKind.MAIN, "", null, null, text, new Alignment(List.of()), PublicationDate.UNKNOWN);
    return new AnalyzedStory(s, lang, new IcuSegmenter().segment(text, lang));
  }

  @Test
  void mentionsPointIntoTheStoryText() {
    NerModel m = new NerTrainer(NerTrainer.Config.defaults().withEpochs(5)).train("en", TinyData.sentences(300, 1), List.of(), s -> {});
    NerMentionFinder finder = new NerMentionFinder(List.of(m));
    String text = "Mary Tran visited Havana.  Tom Kim praised Toyota in Lima.\nAna Lopez left Paris.";
    List<Mention> found = finder.find(story(text, "en"));
    assertThat(found).extracting(Mention::text).containsExactly("Mary Tran", "Havana", "Tom Kim", "Toyota", "Lima", "Ana Lopez", "Paris");
    assertThat(found)
        .extracting(Mention::type)
        .containsExactly(
            EntityType.PERSON, EntityType.GPE, EntityType.PERSON, EntityType.ORG, EntityType.GPE, EntityType.PERSON, EntityType.GPE);
    for (Mention x : found) {
      assertThat(x.span().of(text)).isEqualTo(x.text());
      assertThat(x.finder()).isEqualTo("ner");
    }
  }

  @Test
  void languagesWithoutAModelGiveNothing() {
    NerMentionFinder finder = new NerMentionFinder(List.of());
    assertThat(finder.find(story("Mary Tran visited Havana.", "en"))).isEmpty();
    assertThat(finder.find(story("Mary Tran visited Havana.", "und"))).isEmpty();
  }

  @Test
  void stormsAreNotPeopleWhetherTheirWordIsInsideTheNameOrBeforeIt() {
    NerMentionFinder finder = NerMentionFinder.withShippedModels();
    String text = "Typhoon Yagi hit the north and Hurricane Rafael struck Cuba, while Maria Lopez visited Hanoi.";
    List<Mention> people = finder.find(story(text, "en")).stream().filter(m -> m.type() == EntityType.PERSON).toList();
    assertThat(people).extracting(Mention::text).contains("Maria Lopez").noneMatch(t -> t.contains("Yagi") || t.contains("Rafael"));
  }

  @Test
  void chineseShortFormsOfCountriesAreThoseCountriesAndLoneCharactersNoPlaces() {
    NerMentionFinder finder = NerMentionFinder.withShippedModels();
    String text = "中古两国建交65周年之际，中方愿同古方深化中古关系，越古友谊源远流长。";
    List<Mention> places = finder.find(story(text, "zh")).stream().filter(m -> m.type() == EntityType.GPE).toList();
    for (Mention m : places) {
      if (m.text().codePointCount(0, m.text().length()) == 1) assertThat(m.kbId()).as(m.text()).startsWith("country:");
    }
    assertThat(places).filteredOn(m -> m.text().equals("古")).isNotEmpty().allMatch(m -> "country:CU".equals(m.kbId()));
  }

  @Test
  void aTitleTheTaggerReadsIntoAPersonIsLeftOut() {
    NerMentionFinder finder = NerMentionFinder.withShippedModels();
    // The English model reads "Mr Díaz-Canel" as one name.
    String text = "General Secretary To Lam met Mr Díaz-Canel.";
    List<Mention> people = finder.find(story(text, "en")).stream().filter(m -> m.type() == EntityType.PERSON).toList();
    assertThat(people).extracting(Mention::text).contains("Díaz-Canel").noneMatch(t -> t.startsWith("Mr"));
    for (Mention m : people) assertThat(m.span().of(text)).isEqualTo(m.text());
  }

  @Test
  void namesInsideATreatysTitleAreNoBodiesOrPlaces() {
    NerMentionFinder finder = NerMentionFinder.withShippedModels();
    // The shipped models tag "Cybercrime", "Corrupción" and the lone "Convention" as organisations.
    String en = "Ministers of both countries backed the Convention against Cybercrime and the Treaty on Open Skies, and Chile hosted the talks.";
    assertThat(finder.find(story(en, "en"))).extracting(Mention::text).contains("Chile").doesNotContain("Cybercrime", "Convention", "Open Skies");
    String es = "El ministro apoyó la Convención contra la Corrupción y el Tratado sobre Armas, y Chile acogió la reunión.";
    assertThat(finder.find(story(es, "es"))).extracting(Mention::text).contains("Chile").doesNotContain("Corrupción", "Armas");
  }
}
