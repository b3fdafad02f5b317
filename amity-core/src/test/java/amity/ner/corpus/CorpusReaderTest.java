package amity.ner.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void conll2003Iob1WithDocstartAnywhere() throws IOException {
    Path f =
        write(
            "eng.train",
            "EU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n\n"
                + "-DOCSTART- -X- O O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nB NNP I-NP B-PER\n");
    List<TaggedSentence> s = CorpusReader.read(f, "en");
    assertThat(s).hasSize(2);
    assertThat(s.get(0).tags()).containsExactly("B-ORG", "O", "B-MISC");
    assertThat(s.get(1).tokens()).containsExactly("Peter", "Blackburn", "B");
    assertThat(s.get(1).tags()).containsExactly("B-PER", "I-PER", "B-PER");
  }

  @Test
  void phonerSyllablesMapTheirTypes() throws IOException {
    Path f = write("train_syllable.conll", "Bộ B-ORGANIZATION\nY I-ORGANIZATION\ntế I-ORGANIZATION\nở O\nHà B-LOCATION\nNội I-LOCATION\n15 B-AGE\n");
    assertThat(CorpusReader.read(f, "vi").get(0).tags())
        .containsExactly("B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "I-LOC", "O");
  }

  @Test
  void peoplesDailyCharacters() throws IOException {
    Path f = write("peoples-daily.dev", "中 B-ORG\n共 I-ORG\n\n在 O\n北 B-LOC\n京 I-LOC\n");
    List<TaggedSentence> s = CorpusReader.read(f, "zh");
    assertThat(s).hasSize(2);
    assertThat(s.get(1).tags()).containsExactly("O", "B-LOC", "I-LOC");
  }

  @Test
  void msraParallelFiles() throws IOException {
    write("msra/sentences.txt", "在 北 京\n王 小 明 说\n");
    Path tags = write("msra/tags.txt", "O B-LOC I-LOC\nB-PER I-PER I-PER O\n");
    List<TaggedSentence> s = CorpusReader.read(tags, "zh");
    assertThat(s).hasSize(2);
    assertThat(s.get(1).tokens()).containsExactly("王", "小", "明", "说");
    assertThat(CorpusReader.read(dir.resolve("msra"), "zh")).isEqualTo(s);
  }

  @Test
  void cluenerJsonWithItsMapping() throws IOException {
    Path f =
        write(
            "cluener.train.json",
            "{\n  \"text\": \"浙商银行叶老桂在北京看《变形金刚》\",\n  \"label\": {\n    \"name\": {\"叶老桂\": [[4, 6]]},\n"
                + "    \"company\": {\"浙商银行\": [[0, 3]]},\n    \"address\": {\"北京\": [[8, 9]]},\n"
                + "    \"movie\": {\"《变形金刚》\": [[11, 16]]}\n  }\n}\n{\n  \"text\": \"没有 实体\",\n  \"label\": {}\n}\n");
    List<TaggedSentence> s = CorpusReader.read(f, "zh");
    assertThat(s).hasSize(2);
    assertThat(s.get(0).tags())
        .containsExactly(
            "B-ORG", "I-ORG", "I-ORG", "I-ORG", "B-PER", "I-PER", "I-PER", "O", "B-LOC", "I-LOC", "O", "O", "O", "O", "O", "O", "O");
    assertThat(s.get(1).tokens()).containsExactly("没", "有", "实", "体");
  }

  @Test
  void sliceOfAFile() throws IOException {
    Path f = write("pd.dev", "a O\n\nb O\n\nc O\n\nd O\n");
    List<TaggedSentence> s = CorpusReader.read(Path.of(f + "#1-3"), "zh");
    assertThat(s).extracting(t -> t.tokens().get(0)).containsExactly("b", "c");
  }

  @Test
  void malformedLinesAreReported() throws IOException {
    Path f = write("bad.conll", "token_without_tag\n");
    assertThrows(UncheckedIOException.class, () -> CorpusReader.read(f, "en"));
  }
}
