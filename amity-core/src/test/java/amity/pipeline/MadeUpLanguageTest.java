package amity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.kb.KnowledgeBase;
import amity.lang.LanguagePack;
import amity.lang.LanguagePacks;
import amity.lang.PackFile;
import amity.model.DocumentAnalysis;
import amity.model.Event;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding a language is a folder: a pack written here, in a language no one speaks, gives events. */
class MadeUpLanguageTest {
  /** Each file a full pack requires: a few lines where the sentence needs them, none elsewhere. */
  private static final Map<PackFile, String> FILES =
      Map.of(
          PackFile.LANGUAGE, "level\tfull\nspacing\tspaced\nplace_prepositions\tin\n",
          PackFile.PROFILE, "script\tLatn\nstopwords\tkaj la de\n",
          PackFile.TITLES, "Prezidanto\tpresident\n",
          PackFile.NAMES, "shape\tcapitalized\nstoppers\trenkontis kaj\n",
          PackFile.TRIGGERS, "renkontis\tCONSULT\tmeeting\t040\tin_person\n");

  @TempDir Path dir;

  @Test
  void aFolderWrittenHereIsALanguageThePipelineReads() throws IOException {
    writePack(dir);
    LanguagePacks packs = LanguagePacks.bundled().with(LanguagePack.load("xq", dir));
    Pipeline p = Pipeline.builder().defaults(PipelineConfig.of(KnowledgeBase.bundled()).withPacks(packs)).build();
    String text = "Prezidanto Tô Lâm renkontis Prezidanto Miguel Díaz-Canel Bermúdez en Havano.\n";
    SourceMeta meta = new SourceMeta(SourceMeta.TEXT, null, null, null, null, "xq");
    DocumentAnalysis a = p.process(new RawDocument("xq.txt", text.getBytes(StandardCharsets.UTF_8), meta));
    List<Event> events = a.stories().get(0).events();
    assertThat(a.stories().get(0).story().lang()).isEqualTo("xq");
    assertThat(events).extracting(Event::form).containsExactly("meeting");
    assertThat(events.get(0).countries()).containsExactlyInAnyOrder("VN", "CU");
  }

  @Test
  void aMisspeltOrMissingFileFailsWhenThePacksAreLoadedNamingIt() throws IOException {
    writePack(dir);
    Files.move(dir.resolve("triggers.tsv"), dir.resolve("trigger.tsv"));
    assertThat(assertThrows(IllegalStateException.class, () -> LanguagePack.load("xq", dir)))
        .hasMessage(dir + "/trigger.tsv: no reader declares this file (amity.lang.PackFile declares "
            + java.util.Arrays.stream(PackFile.values()).map(PackFile::fileName).toList() + ")");
    Files.delete(dir.resolve("trigger.tsv"));
    assertThat(assertThrows(IllegalStateException.class, () -> LanguagePack.load("xq", dir)))
        .hasMessage(dir + "/triggers.tsv: missing, and a pack of level full requires it (read by amity.event.extract.EventLexicon)");
  }

  private static void writePack(Path dir) throws IOException {
    for (PackFile f : PackFile.values()) {
      if (!f.requiredAt(LanguagePack.Level.FULL)) continue;
      Files.writeString(dir.resolve(f.fileName()), "# " + f.fileName() + " of a made-up language\n" + FILES.getOrDefault(f, ""));
    }
  }
}
