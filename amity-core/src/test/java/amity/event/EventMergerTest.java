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
}
