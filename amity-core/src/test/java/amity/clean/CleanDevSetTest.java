package amity.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The cleaning dev set is complete and its provenance README lists exactly what is there. */
class CleanDevSetTest {
  private static Path dir() throws URISyntaxException {
    return Path.of(CleanDevSetTest.class.getClassLoader().getResource("amity/clean-dev/README.md").toURI()).getParent();
  }

  private static List<Path> files() throws Exception {
    try (Stream<Path> s = Files.list(dir())) {
      return s.sorted().toList();
    }
  }

  @Test
  void everyPageHasAGoldAndEveryGoldAPage() throws Exception {
    Set<String> names = new TreeSet<>();
    files().forEach(p -> names.add(p.getFileName().toString()));
    Set<String> pages = new TreeSet<>();
    for (String n : names) {
      if (n.equals("README.md") || n.equals("seeds.gold")) continue;
      if (n.endsWith(".gold")) {
        assertThat(names).as("page for " + n).contains(n.substring(0, n.length() - 5));
      } else {
        assertThat(names).as("gold for " + n).contains(n + ".gold");
        pages.add(n);
      }
    }
    assertThat(pages).hasSizeGreaterThanOrEqualTo(30);
    Set<String> langs = new TreeSet<>();
    pages.forEach(p -> langs.add(p.substring(0, 2)));
    assertThat(langs).containsExactly("en", "es", "vi", "zh");
  }

  @Test
  void theReadmeListsEveryPageAndNoOther() throws Exception {
    String readme = Files.readString(dir().resolve("README.md"), StandardCharsets.UTF_8);
    Set<String> listed = new TreeSet<>();
    readme.lines().filter(l -> l.startsWith("| `")).forEach(l -> listed.add(l.substring(3, l.indexOf('`', 3))));
    Set<String> pages = new TreeSet<>();
    for (Path p : files()) {
      String n = p.getFileName().toString();
      if (!n.endsWith(".gold") && !n.equals("README.md")) pages.add(n);
    }
    assertThat(listed).isEqualTo(pages);
  }

  @Test
  void goldFilesAreWellFormed() throws Exception {
    for (Path p : files()) {
      String n = p.getFileName().toString();
      if (!n.endsWith(".gold") || n.equals("seeds.gold")) continue;
      List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
      assertThat(lines.get(0)).as(n).matches("# lang: (en|vi|zh|es)");
      assertThat(lines.get(1)).as(n).matches("# stories: [1-9]\\d*");
      assertThat(lines.stream().filter(l -> !l.startsWith("#"))).as(n + " body lines").isNotEmpty();
      assertThat(n.substring(0, 2)).as(n).isEqualTo(lines.get(0).substring(8));
    }
    for (String row : Files.readAllLines(dir().resolve("seeds.gold"), StandardCharsets.UTF_8)) {
      if (row.startsWith("#")) continue;
      assertThat(row.split("\t")).as(row).hasSize(5);
    }
  }

  @Test
  void noSeedTextIsCopiedIntoTheDevSet() throws IOException, Exception {
    Path seeds = amity.testkit.Seeds.dir(); // skips, saying so, where ../shared is absent
    List<Path> seedFiles;
    try (var listed = Files.list(seeds)) {
      seedFiles = listed.toList();
    }
    assertThat(seedFiles).as("seed files in " + seeds).isNotEmpty();
    for (Path seed : seedFiles) {
      for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
        if (line.strip().length() < 40) continue;
        for (Path p : files()) {
          if (p.getFileName().toString().equals("README.md")) continue;
          String content = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
          assertThat(content).as(p.getFileName() + " copies " + seed.getFileName()).doesNotContain(line.strip());
        }
      }
    }
  }
}
