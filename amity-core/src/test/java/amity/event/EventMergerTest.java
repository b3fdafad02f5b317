package amity.event;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Event;
import amity.testkit.Analyze;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventMergerTest {
  private final EventMerger merger = new EventMerger();

  @Test
  void oneCallReportedInThreeLanguagesIsOneEvent() {
    List<Event> all = new ArrayList<>();
    all.addAll(Analyze.events(Analyze.text("Ngày 8/1/2025, Tổng Bí thư Tô Lâm điện đàm với Chủ tịch Cuba Miguel Díaz-Canel.")));
    all.addAll(Analyze.events(Analyze.text("2025年1月8日，越共中央总书记苏林同古巴国家主席迪亚斯-卡内尔通电话。")));
    all.addAll(Analyze.events(Analyze.text("El 8 de enero de 2025, el presidente Miguel Díaz-Canel sostuvo una conversación telefónica con To Lam.")));
    List<Event> merged = merger.merge(all);
    List<Event> calls = merged.stream().filter(e -> e.form().equals("phone_call")).toList();
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).sources()).extracting(s -> s.lang()).containsExactlyInAnyOrder("vi", "zh", "es");
  }

  @Test
  void meetingsOfTheSamePeopleOnDifferentDaysStayApart() {
    List<Event> all = new ArrayList<>();
    all.addAll(Analyze.events(Analyze.text("On March 3, 2025, President Lương Cường met Cuban President Miguel Díaz-Canel in Havana.")));
    all.addAll(Analyze.events(Analyze.text("On September 2, 2025, President Lương Cường met Cuban President Miguel Díaz-Canel in Hanoi.")));
    assertThat(merger.merge(all)).hasSize(2);
  }

  @Test
  void undatedReportsFromDifferentStoriesAreNotMerged() {
    List<Event> all = new ArrayList<>();
    all.addAll(Analyze.events(Analyze.text("President Lương Cường met Cuban President Miguel Díaz-Canel.")));
    all.addAll(Analyze.events(Analyze.text("President Lương Cường met Cuban President Miguel Díaz-Canel again.")));
    assertThat(merger.merge(all)).hasSize(2);
  }

  @Test
  void visitsOfOnePersonToTwoCountriesStayApartWhereNoPlaceOrHostTellsThem() {
    // A tour told in two stories, each naming the visitor and the country visited but neither a
    // place the merger reads nor a host: the countries alone tell the visits apart.
    Event mexico = visit("e1", "story-1", List.of("JP", "MX"));
    Event brazil = visit("e2", "story-2", List.of("JP", "BR"));
    assertThat(merger.merge(List.of(mexico, brazil))).hasSize(2);
    // One report naming the host country and one naming only the visitor's are one visit.
    Event bare = visit("e3", "story-3", List.of("JP"));
    assertThat(merger.merge(List.of(mexico, bare))).hasSize(1);
  }

  private static Event visit(String id, String story, List<String> countries) {
    var span = new amity.model.Span(0, 10);
    return new Event(id, "visit", "visit", "042", amity.model.Mode.IN_PERSON, amity.model.Status.REPORTED,
        amity.model.DateRange.of(amity.model.DateValue.parse("1996-08")),
        List.of(new amity.model.Actor("person:jp/ryutaro-hashimoto", "Ryutaro Hashimoto", amity.model.Role.SOURCE)),
        countries, null, List.of(), List.of(),
        List.of(new amity.model.Evidence(story, story, story + ".txt", "en", "Hashimoto visited.", span)), 0.9);
  }
}
