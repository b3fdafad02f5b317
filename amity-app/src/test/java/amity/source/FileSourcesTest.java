package amity.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourcesTest {
  @TempDir Path dir;

  private List<String> names(List<Path> paths) {
    return paths.stream().map(p -> dir.relativize(p).toString()).toList();
  }

  @Test
  void inputsAreEveryFormatAmityIngestsAndExpandIsPagesOnly() throws Exception {
    for (String f : List.of("a.txt", "b.html", "c.jsonl", "d.warc.gz", "e.rss", "f.xml", "g.html.gz", "h.pdf", "sub/i.htm", ".hidden.txt")) {
      Files.createDirectories(dir.resolve(f).getParent());
      Files.writeString(dir.resolve(f), "x");
    }
    List<SourceError> errors = new ArrayList<>();
    assertThat(names(FileSources.inputs(List.of(dir.toString()), errors::add)))
        .containsExactly("a.txt", "b.html", "c.jsonl", "d.warc.gz", "e.rss", "f.xml", "g.html.gz", "sub/i.htm");
    assertThat(errors).extracting(SourceError::reason).containsExactly("skipped: not a supported format (.pdf)");
    errors.clear();
    assertThat(names(FileSources.expand(List.of(dir.toString()), errors::add))).containsExactly("a.txt", "b.html", "sub/i.htm");
    assertThat(errors).hasSize(6);
    FileSources.inputs(List.of(dir.resolve("nothing-here").toString()), errors::add);
    assertThat(errors.get(errors.size() - 1).reason()).isEqualTo("no such file or folder");
  }

  @Test
  void aFileIsNamedRelativeToTheFolderOrFileItWasFoundUnder() throws Exception {
    Path news = dir.resolve("news");
    Files.createDirectories(news.resolve("2025"));
    Path page = Files.writeString(news.resolve("2025/a.html"), "x");
    List<String> roots = List.of(news.toAbsolutePath().toString());
    assertThat(FileSources.nameUnder(roots, page.toAbsolutePath())).isEqualTo("news/2025/a.html");
    assertThat(FileSources.nameUnder(List.of(page.toAbsolutePath().toString()), page.toAbsolutePath())).isEqualTo("a.html");
    // A relative root, as typed, finds the same file.
    Path cwd = Path.of("").toAbsolutePath();
    if (page.toAbsolutePath().startsWith(cwd)) {
      assertThat(FileSources.nameUnder(List.of(cwd.relativize(news.toAbsolutePath()).toString()), page)).isEqualTo("news/2025/a.html");
    }
    assertThat(FileSources.nameUnder(List.of("-"), Path.of("-"))).isEqualTo("-");
    assertThat(FileSources.nameUnder(roots, page.toAbsolutePath())).doesNotStartWith("/");
  }

  @Test
  void readGivesOnePageAndStdinIsLeftOpen() throws Exception {
    Files.writeString(dir.resolve("p.html"), "<p>Hai bên ký kết.</p>");
    assertThat(FileSources.read(dir.resolve("p.html"), noStdin()).meta().format()).isEqualTo("html");
    var stdin = new ByteArrayInputStream("Hai bên ký kết.".getBytes(StandardCharsets.UTF_8)) {
      boolean closed;

      @Override
      public void close() {
        closed = true;
      }
    };
    assertThat(FileSources.read(Path.of("-"), stdin).file()).isEqualTo("-");
    assertThat(stdin.closed).isFalse();
  }

  private static java.io.InputStream noStdin() {
    return java.io.InputStream.nullInputStream();
  }
}
