package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.lang.LanguagePack;
import amity.model.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLexiconModeTest {
  @TempDir Path dir;

  private LanguagePack pack(String triggers) throws IOException {
    Files.writeString(dir.resolve("language.tsv"), "level\tidentify\nspacing\tspaced\n");
    Files.writeString(dir.resolve("profile.tsv"), "script\tLatn\n");
    Files.writeString(dir.resolve("triggers.tsv"), triggers);
    return LanguagePack.load("xx", dir);
  }

  @Test
  void aTriggersModeIsReadAsAModeAndAPhraseThatIsNoEventHasNone() throws IOException {
    EventLexicon lexicon =
        EventLexicon.of(pack("telephoned\tCONSULT\tphone_call\t040\tphone\nvisit our website\t-\t-\t-\t-\n")).orElseThrow();
    assertThat(lexicon.triggers.findAll("He telephoned her.")).singleElement()
        .satisfies(m -> assertThat(m.values()).singleElement().extracting(Trigger::mode).isEqualTo(Mode.PHONE));
    assertThat(lexicon.triggers.findAll("Please visit our website.")).singleElement()
        .satisfies(m -> assertThat(m.values()).singleElement().extracting(Trigger::mode).isNull());
  }

  @Test
  void anUnknownModeFailsNamingTheFileAndThePhrase() throws IOException {
    LanguagePack p = pack("wrote\tCONSULT\tletter\t040\tby_pigeon\n");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> EventLexicon.of(p));
    assertThat(e.getMessage()).startsWith(dir.resolve("triggers.tsv") + ": 'wrote': unknown mode 'by_pigeon'");
  }
}
