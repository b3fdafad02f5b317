package amity.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import amity.cli.IngestAccess;
import amity.kb.KnowledgeBase;
import amity.pipeline.PipelineConfig;
import amity.testkit.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline over the real corpora in {@code ../shared/data} (as {@code amity corpus
 * check} runs it) throws nowhere, and an ingest of the 2,114 vi-news articles adds every one.
 * Several minutes on two cores, so it runs only with {@code -Damity.realCorpora=true}:
 *
 * <pre>{@code
 * mvn -B verify -pl amity-app -am -Damity.realCorpora=true -Dit.test=RealCorporaIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 */
class RealCorporaIT {
  private Path shared;

  @TempDir Path tmp;

  /** Each test says why it is skipped (a class-level skip reports no tests at all). */
  @BeforeEach
  void enabled() {
    assumeTrue(Boolean.getBoolean("amity.realCorpora"),
        "real-corpora check skipped (several minutes): run with -Damity.realCorpora=true");
    shared = Seeds.shared().orElse(null);
    assumeTrue(shared != null && Files.isDirectory(shared.resolve("data")), "../shared/data is absent: real-corpora check skipped");
  }

  private static String report(CorpusCheck.Result r) {
    StringBuilder b = new StringBuilder(r.failures().size() + " failures:\n");
    r.failures().stream().limit(50).forEach(f -> b.append(f.line()).append('\n'));
    return b.toString();
  }

  @Test
  void everyCorpusSetAndTheSeedsGoThroughThePipelineWithoutAnException() throws IOException {
    CorpusPages corpora = CorpusPages.of(shared.resolve("data"));
    List<String> sets = CorpusPages.SETS.stream().filter(corpora::has).map(CorpusPages.Source::name).toList();
    assertThat(sets).as("corpus sets found in " + shared.resolve("data")).isNotEmpty();
    List<CorpusPage> pages = new ArrayList<>();
    corpora.write(sets, pages::add);
    List<Path> seeds = files(shared.resolve("seeds"));

    CorpusCheck.Result r = new CorpusCheck(PipelineConfig.of(KnowledgeBase.bundled()), Runtime.getRuntime().availableProcessors()).run(pages, seeds, f -> {}, d -> {});

    System.out.printf("corpus check, %s + %d seeds: %d pages, %d stories, %d mentions, %d events, %d failures, %.1f s%n",
        sets, seeds.size(), r.pages(), r.stories(), r.mentions(), r.events(), r.failures().size(), r.millis() / 1000.0);
    assertThat(r.failures()).as(report(r)).isEmpty();
    assertThat(r.pages()).isEqualTo(pages.size() + seeds.size());
    assertThat(r.stories()).isGreaterThanOrEqualTo(r.pages());
    assertThat(r.merged()).isPositive();
  }

  @Test
  void theWcxbHtmlPagesGoThroughThePipelineWithoutAnException() throws IOException {
    Path html = shared.resolve("data/extraction/wcxb-dev/html");
    assumeTrue(Files.isDirectory(html), html + " is absent: skipped");
    List<Path> files = files(html);

    CorpusCheck.Result r = new CorpusCheck(PipelineConfig.of(KnowledgeBase.bundled()), Runtime.getRuntime().availableProcessors()).run(List.of(), files, f -> {}, d -> {});

    System.out.printf("corpus check, WCXB dev: %d pages, %d stories, %d failures, %.1f s%n",
        r.pages(), r.stories(), r.failures().size(), r.millis() / 1000.0);
    assertThat(r.failures()).as(report(r)).isEmpty();
    assertThat(r.pages()).isEqualTo(files.size());
  }

  @Test
  void anIngestOfViNewsAddsEveryArticle() throws Exception {
    Path viNews = shared.resolve("data/text/vi-news");
    assumeTrue(Files.isDirectory(viNews), viNews + " is absent: skipped");
    long articles = files(viNews).size();

    IngestAccess.Result r = IngestAccess.ingest(KnowledgeBase.bundled(), viNews, tmp.resolve("store"));

    assertThat(r.errors()).isEmpty();
    assertThat(r.added()).isEqualTo(articles).isEqualTo(2114);
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }
}
