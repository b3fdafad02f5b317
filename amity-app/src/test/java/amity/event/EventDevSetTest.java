package amity.event;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DocumentAnalysis;
import amity.model.Event;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import amity.pipeline.Corpus;
import amity.testkit.Analyze;
import amity.testkit.Docs;
import amity.testkit.Seeds;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Floors on the events dev sets, so a change that loses events, dates or merges fails the build.
 * The figures these floors sit under are in the README; raise them as extraction improves.
 */
class EventDevSetTest {

  private static EventEvaluation.Report score(Map<String, byte[]> pages, BufferedReader gold, String source) throws Exception {
    Map<String, DocumentAnalysis> byName = new HashMap<>();
    Map<String, List<Event>> predicted = new HashMap<>();
    for (Map.Entry<String, byte[]> p : pages.entrySet()) {
      DocumentAnalysis a = Analyze.pipeline().analyze(Docs.decode(new RawDocument(p.getKey(), p.getValue(), SourceMeta.text())));
      byName.put(p.getKey(), a);
      predicted.put(p.getKey(), a.stories().stream().flatMap(s -> s.events().stream()).toList());
    }
    List<EventEvaluation.Gold> golds = EventEvaluation.readGold(gold, source, byName, w -> {});
    List<Event> merged = new Corpus(Analyze.kb()).combine(new ArrayList<>(byName.values())).events();
    return new EventEvaluation(Analyze.kb(), byName.values()).evaluate(golds, predicted, merged);
  }

  private static BufferedReader resource(String path) {
    InputStream in = EventDevSetTest.class.getClassLoader().getResourceAsStream(path);
    assertThat(in).as(path).isNotNull();
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  @Test
  void sampleCorpus() throws Exception {
    Map<String, byte[]> pages = new HashMap<>();
    for (String f : Analyze.class.getClassLoader().resources("amity/sample/sample.list").findFirst().map(u -> {
      try (var s = u.openStream()) {
        return new String(s.readAllBytes(), StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).orElseThrow().split("\n")) {
      if (f.isBlank()) continue;
      try (InputStream in = EventDevSetTest.class.getClassLoader().getResourceAsStream("amity/sample/" + f.strip())) {
        pages.put(f.strip(), in.readAllBytes());
      }
    }
    EventEvaluation.Report r = score(pages, resource("amity/sample-gold/events.jsonl"), "sample gold");
    // Floors as measured on the gold revised to ../shared/EVENTS-GUIDE.md (2026-12-06), a little
    // below the figures, so a change that loses events on our own pages fails here.
    assertThat(r.gold()).isEqualTo(139);
    assertThat(r.f1()).as(r.format()).isGreaterThan(0.77);
    assertThat(r.dateAccuracy()).as(r.format()).isGreaterThan(0.85);
    assertThat(r.mergeRecall()).as(r.format()).isGreaterThan(0.58);
    assertThat(r.mergePrecision()).as(r.format()).isGreaterThan(0.88);
  }

  @Test
  void aMemorandumOfTwoCitiesSignedByBothSidesIsTheirLeadersNotTheSecondCitysAlone() throws Exception {
    // Sample page 13: "双方签署了胡志明市与哈瓦那省…合作备忘录": the "与" joins the two cities inside the
    // memorandum's name; it is no "with" of the signing, whose sides are the talks' two leaders.
    byte[] page;
    try (InputStream in = EventDevSetTest.class.getClassLoader().getResourceAsStream("amity/sample/13_zh_hcmc-havana.txt")) {
      page = in.readAllBytes();
    }
    DocumentAnalysis a = Analyze.pipeline().analyze(Docs.decode(new RawDocument("13_zh_hcmc-havana.txt", page, SourceMeta.text())));
    List<Event> signings = a.stories().stream().flatMap(s -> s.events().stream()).filter(e -> e.form().equals("agreement_signing")).toList();
    assertThat(signings).hasSize(1);
    assertThat(signings.get(0).actors()).extracting(amity.model.Actor::name).containsExactlyInAnyOrder("阮友心", "Ernesto Lorenzo Pujol");
  }

  @Test
  void seeds() throws Exception {
    Path dir = Seeds.dir();
    Map<String, byte[]> pages = new HashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) pages.put(p.getFileName().toString(), Files.readAllBytes(p));
    }
    EventEvaluation.Report r = score(pages, resource("amity/seeds-gold/events.jsonl"), "seeds gold");
    assertThat(r.f1()).as(r.format()).isGreaterThan(0.80);
    // 0.84 until 2026-12-06: the visit 'The PM noted that the visit is of great significance'
    // (seed 001) is now found (a visit told with officials of two countries and no destination),
    // dated with the day of the talks where the gold leaves it undated: 26 of 31 dates right
    // (0.839) where 26 of 30 were before.
    assertThat(r.dateAccuracy()).as(r.format()).isGreaterThan(0.83);
    assertThat(r.actorRecall()).as(r.format()).isGreaterThan(0.70);
  }
}
