package amity.store;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DateValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What event_parties rows carry besides their keys: the first day in the sort key, and the fields. */
class EventPartiesTest {
  @Test
  void theFirstDayComesBackFromTheSortKeyAsIsoWritesIt() {
    for (String iso : List.of("2024-03-12", "2024-03", "2024", "--03-12")) {
      DateValue d = DateValue.parse(iso);
      assertThat(EventParties.startIso(d.sortKey() + " ev-1")).as(iso).isEqualTo(d.iso());
    }
    assertThat(EventParties.startIso("~ ev-1")).isNull();
  }

  @Test
  void fieldsAreTheFieldKeysAlone() {
    assertThat(EventParties.fields(List.of("e:person:vn/to-lam", "f:agriculture", "c:CU", "f:energy"))).isEqualTo("agriculture\nenergy");
    assertThat(EventParties.fields(List.of("e:person:vn/to-lam", "c:CU"))).isNull();
  }
}
