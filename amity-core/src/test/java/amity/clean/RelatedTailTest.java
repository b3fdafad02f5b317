package amity.clean;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DateValue;
import amity.model.LineKind;
import amity.model.StoryKind;
import org.junit.jupiter.api.Test;

class RelatedTailTest {
  private final RelatedTail relatedTail = new RelatedTail(SeedLines.DATELINES);

  @Test
  void aHeadlineFollowedByItsTimestampIsARelatedLink() {
    var tail = SeedLines.tail(SeedLines.of("001"));
    RelatedTail.Result r = relatedTail.read(tail);
    assertThat(r.teasers()).isEmpty();
    assertThat(r.related()).isNotEmpty().allMatch(l -> l.timestamp() != null);
    var first = r.related().get(0);
    assertThat(first.title()).isEqualTo("Vietnam, RoK step up trade, locality-to-locality cooperation");
    assertThat(first.timestamp()).isEqualTo(DateValue.parse("2023-05-31"));
    assertThat(first.section()).isEqualTo("Vietnam and other regions");
    assertThat(r.lines()).filteredOn(l -> l.span().equals(first.span())).singleElement()
        .satisfies(l -> assertThat(l.kind() + "/" + l.reason()).isEqualTo(LineKind.RELATED + "/headline"));
  }

  @Test
  void aParagraphOfProseIsATeaserTitledByTheLineBeforeIt() {
    var tail = SeedLines.tail(SeedLines.of("002"));
    RelatedTail.Result r = relatedTail.read(tail);
    assertThat(r.teasers()).isNotEmpty().allMatch(t -> t.kind() == StoryKind.TEASER && t.body().size() == 1);
    Line title = r.teasers().get(0).headline();
    assertThat(title.text()).isEqualTo("进一步深化越南与白俄罗斯之间的友谊");
    assertThat(r.lines().get(title.index() - tail.get(0).index()).reason()).isEqualTo("teaser-title");
  }
}
