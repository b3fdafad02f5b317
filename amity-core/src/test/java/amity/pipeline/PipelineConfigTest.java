package amity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import amity.ner.NerMentionFinder;
import amity.ner.NerModel;
import amity.ner.NerModelFormat;
import amity.ner.train.NerTrainer;
import amity.testkit.TinyData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the pipeline is built from is its configuration, not where or in what environment it runs. */
class PipelineConfigTest {
  @Test
  void locallyTrainedModelsComeFromTheFolderTheConfigurationNames(@TempDir Path dir) throws IOException {
    NerModel vi = new NerTrainer(NerTrainer.Config.defaults().withEpochs(2)).train("vi", TinyData.sentences(60, 4), List.of(), s -> {});
    try (OutputStream out = Files.newOutputStream(dir.resolve("vi.bin"))) {
      NerModelFormat.write(vi, out);
    }
    assertThat(NerMentionFinder.withModels(dir).languages()).containsExactlyInAnyOrder("en", "es", "zh", "vi");
    assertThat(NerMentionFinder.withShippedModels().languages()).containsExactlyInAnyOrder("en", "es", "zh");
    assertThat(NerMentionFinder.withModels(dir.resolve("absent")).languages()).containsExactlyInAnyOrder("en", "es", "zh");
  }

  @Test
  void theCoreReadsNoEnvironmentVariableOrWorkingDirectory() throws IOException {
    Path main = Path.of("src/main/java");
    List<Path> sources;
    try (Stream<Path> files = Files.walk(main)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).toList();
    }
    assertThat(sources).as("the core's sources, read from its module folder").hasSizeGreaterThan(100);
    List<String> readers = sources.stream()
        .filter(f -> {
          try {
            String s = Files.readString(f);
            return s.contains("System.getenv(") || s.contains("\"user.dir\"");
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        })
        .map(f -> main.relativize(f).toString())
        .toList();
    assertThat(readers).as("amity-core classes that read the environment").isEmpty();
  }
}
