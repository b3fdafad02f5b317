package amity.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguagePackTest {
  @TempDir Path dir;

  @Test
  void theBundledPacksAreTheLanguagesOfLanguagesTxtInItsOrder() {
    LanguagePacks packs = LanguagePacks.bundled();
    assertThat(packs.tags()).containsExactly("en", "vi", "zh", "es", "fr", "de", "pt", "it", "id");
    assertThat(packs.get("vi").orElseThrow().level()).isEqualTo(LanguagePack.Level.FULL);
    assertThat(packs.get("de").orElseThrow().level()).isEqualTo(LanguagePack.Level.IDENTIFY);
    assertThat(packs.get("zh").orElseThrow().spaced()).isFalse();
    assertThat(packs.get("zh").orElseThrow().script()).isEqualTo("Hani");
    assertThat(packs.get("vi").orElseThrow().script()).isEqualTo("Latn");
    assertThat(packs.tags(LanguagePack.Level.FULL)).containsExactly("en", "vi", "zh", "es");
    assertThat(packs.get("vi").orElseThrow().words("place_prepositions")).containsExactlyInAnyOrder("tại", "ở");
    assertThat(packs.get("xx")).isEmpty();
    assertThat(packs.commonCleaning()).isNotEmpty();
    assertThat(packs.scripts()).isNotEmpty();
  }

  @Test
  void aFolderIsReadWithItsProperties() throws IOException {
    write("language.tsv", "level\tidentify\nspacing\tunspaced\n");
    write("profile.tsv", "script\tLatn\n");
    LanguagePack p = LanguagePack.load("xx", dir);
    assertThat(p.tag()).isEqualTo("xx");
    assertThat(p.spaced()).isFalse();
    assertThat(p.has(PackFile.TRIGGERS)).isFalse();
    assertThat(p.rows(PackFile.TRIGGERS)).isEmpty();
    assertThat(p.rows(PackFile.PROFILE)).hasSize(1);
  }

  @Test
  void aMisspeltFileFailsNamingIt() throws IOException {
    write("language.tsv", "level\tidentify\nspacing\tspaced\n");
    write("profile.tsv", "script\tLatn\n");
    write("trigers.tsv", "visit\tvisit\tCONSULT\t042\tin_person\n");
    assertLoadFails(dir + "/trigers.tsv: no reader declares this file");
  }

  @Test
  void aMissingRequiredFileFailsNamingIt() throws IOException {
    write("language.tsv", "level\tfull\nspacing\tspaced\n");
    write("profile.tsv", "script\tLatn\n");
    assertLoadFails(dir + "/cleaning.tsv: missing, and a pack of level full requires it");
  }

  @Test
  void anUnknownPropertyOrAShortLineFailsNamingTheFile() throws IOException {
    write("language.tsv", "level\tidentify\nspacing\tspaced\nplace_preposition\tin\n");
    write("profile.tsv", "script\tLatn\n");
    assertThat(assertThrows(IllegalStateException.class, () -> LanguagePack.load("xx", dir)))
        .hasMessageStartingWith(dir + "/language.tsv: Unknown parameters: place_preposition");
    write("language.tsv", "level\tidentify\nspacing\tspaced\n");
    write("topics.tsv", "one field only\n");
    assertThat(assertThrows(IllegalStateException.class, () -> LanguagePack.load("xx", dir)))
        .hasMessageStartingWith(dir + "/topics.tsv: expected at least 2 tab-separated fields");
  }

  @Test
  void aBadValueFailsNamingTheFileTheKeyAndWhatItTakes() throws IOException {
    write("profile.tsv", "script\tLatn\n");
    write("language.tsv", "level\tidentify\nspacing\tspaced\nner_scheme\tbilou\n");
    assertLoadFails(dir + "/language.tsv: ner_scheme must be one of bio, bioes: 'bilou'");
    write("language.tsv", "level\tidentify\nspacing\tspaced\nner_cluster_ngrams\t1,2\n");
    assertLoadFails(dir + "/language.tsv: ner_cluster_ngrams must be orders 1 to 3 between spaces: '1,2'");
    write("language.tsv", "level\tidentify\nspacing\tspaced\nner_gazetteer_max_len\t0\n");
    assertLoadFails(dir + "/language.tsv: ner_gazetteer_max_len must be a whole number from 1 to 100: '0'");
    write("language.tsv", "level\tidentify\nspacing\tspaced\nparse_splitter\tfr-elisions\n");
    assertLoadFails(dir + "/language.tsv: parse_splitter must be one of none, en-clitics, es-contractions: 'fr-elisions'");
    write("language.tsv", "level\tidentify\nspacing\tdense\n");
    assertLoadFails(dir + "/language.tsv: spacing must be one of spaced, unspaced: 'dense'");
  }

  /** Loading the folder fails with one line that starts with {@code message}. */
  private void assertLoadFails(String message) {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> LanguagePack.load("xx", dir));
    assertThat(e).hasMessageStartingWith(message);
    assertThat(e.getMessage()).doesNotContain("\n");
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }
}
