package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DocumentAnalysis;
import amity.model.StoryAnalysis;
import amity.pipeline.Pipeline;
import amity.pipeline.PipelineConfig;
import amity.testkit.Analyze;
import amity.testkit.Docs;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class EventTraceTest {
  private static List<String> events(DocumentAnalysis a) {
    return a.stories().stream().map(StoryAnalysis::events).flatMap(List::stream).map(e -> e.form() + " " + e.actors()).toList();
  }

  @Test
  void aTracedPipelineTellsEachReadingAndFindsTheSameEvents() {
    // Seed 000, an English wire story: its readings are told with the sentence they come from.
    List<String> lines = new CopyOnWriteArrayList<>();
    EventTrace collect = lines::add;
    Pipeline traced = Pipeline.builder().defaults(PipelineConfig.of(Analyze.kb()).withEventTrace(collect)).build();
    DocumentAnalysis withTrace = traced.analyze(Docs.seed("000"));
    DocumentAnalysis without = Analyze.seed("000");

    assertThat(events(withTrace)).isNotEmpty().isEqualTo(events(without));
    assertThat(lines).anyMatch(l -> l.startsWith("PAGE "));
    assertThat(lines).anyMatch(l -> l.startsWith("SENT "));
    assertThat(lines).filteredOn(l -> l.startsWith("READ\t")).hasSizeGreaterThanOrEqualTo(events(without).size());
    assertThat(lines).anyMatch(l -> l.startsWith("KEEP "));
  }

  @Test
  void theTraceOfNormalRunsTakesNothing() {
    assertThat(EventTrace.OFF.on()).isFalse();
    EventTrace.OFF.line("ignored");
    assertThat(((EventTrace) l -> {}).on()).as("a trace given wants lines").isTrue();
  }
}
