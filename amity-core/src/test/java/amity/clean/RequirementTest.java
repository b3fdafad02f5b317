package amity.clean;

import static org.assertj.core.api.Assertions.assertThat;

import amity.testkit.Docs;
import amity.testkit.RealText;
import amity.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequirementTest {
  @Test
  void aGroupOfWordsAClassAndACaseInsensitiveWordAreRequired() {
    assertThat(Requirement.of("\\s+(?:EFE|\\(EFE\\)|\\(PL\\))\\s*$").anyOf()).containsExactly("EFE", "(EFE)", "(PL)");
    assertThat(Requirement.of("\\b(?:VNA|VNS|AP)(?:/VNS)?\\s+(?i:photo)\\b")).isEqualTo(new Requirement(List.of("photo"), true));
    assertThat(Requirement.of("(?i)\\ball rights reserved\\b")).isEqualTo(new Requirement(List.of("all rights reserved"), true));
    assertThat(Requirement.of("^[^.!?。>»›]{1,40}+(?:\\s*(?:>>?|»|›)\\s*[^.!?。>»›]{1,40}+){1,8}$").anyOf()).containsExactly(">", "»", "›");
  }

  @Test
  void nothingIsClaimedForWhatAMatchMayLack() {
    assertThat(Requirement.of("EFE|AFP")).isEqualTo(Requirement.NONE);
    assertThat(Requirement.of("\\s(?:EFE|AFP)?\\s*$")).isEqualTo(Requirement.NONE);
    assertThat(Requirement.of("(?<![\\d.,/])(19|20)")).isEqualTo(new Requirement(List.of("19", "20"), false));
    assertThat(Requirement.of("[a-z]+\\d")).isEqualTo(Requirement.NONE);
    assertThat(Requirement.of("(?:\\d+|x)y")).isEqualTo(new Requirement(List.of("y"), false));
  }

  @Test
  void aCaseInsensitiveWordIsFoundAsThePatternFindsIt() {
    var r = Requirement.of("(?i)\\ball rights reserved\\b");
    assertThat(r.isMetBy(new Requirement.Text("© 2024 ALL RIGHTS RESERVED."))).isTrue();
    assertThat(r.isMetBy(new Requirement.Text("All rights are reserved"))).isFalse();
    // U+0130 folds to i as Pattern.UNICODE_CASE folds it.
    var photo = Requirement.of("\\s(?i:image)\\b");
    assertThat(Pattern.compile("\\s(?i:image)\\b", Pattern.UNICODE_CASE).matcher(" \u0130MAGE").find()).isTrue();
    assertThat(photo.isMetBy(new Requirement.Text(" \u0130MAGE"))).isTrue();
  }

  /** Every rule of every language, on every line of the seeds and of 20 WCXB pages: a line a rule matches meets its requirement. */
  @Test
  void noLineARuleMatchesIsTurnedAway() {
    List<String> lines = new ArrayList<>();
    for (var raw : RealText.seeds()) lines.addAll(Docs.decode(raw).text().lines().toList());
    for (var raw : RealText.wcxbPages(20)) lines.addAll(Docs.decode(raw).text().lines().toList());
    amity.lang.LanguagePacks packs = amity.lang.LanguagePacks.bundled();
    List<List<String[]>> files = new ArrayList<>(List.of(packs.commonCleaning()));
    for (amity.lang.LanguagePack p : packs.all()) files.add(p.rows(amity.lang.PackFile.CLEANING));
    int rules = 0;
    int matched = 0;
    for (List<String[]> file : files) {
      for (String[] row : file) {
        String regex = Fold.placeTones(row[1]);
        Pattern p = Pattern.compile(regex, Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        Requirement r = Requirement.of(regex);
        rules++;
        for (String line : lines) {
          String t = CleaningRules.normalize(line.strip());
          if (p.matcher(t).find()) {
            matched++;
            assertThat(r.isMetBy(new Requirement.Text(t))).as("%s on %s", regex, t).isTrue();
          }
        }
      }
    }
    assertThat(rules).isGreaterThan(100);
    assertThat(matched).isGreaterThan(100);
  }

  @Test
  void aLineIsAskedForWordsItHoldsOrNotAsContainsAnswers() {
    Requirement.Text t = new Requirement.Text("Ảnh: TTXVN, Hà Nội (ảnh minh họa)");
    for (String w : List.of("Ảnh:", "TTXVN", "Nội (", "", "ảnh minh", "TTXVNN", "Photo", "Ảnh :", "\u0100", "ĀĀ", "ả")) {
      assertThat(t.contains(w)).as(w).isEqualTo(t.text().contains(w));
      String f = Requirement.fold(w);
      assertThat(t.foldedContains(f)).as(w).isEqualTo(t.folded().contains(f));
    }
    // Chars 1,024 apart share a bit: the words still come out as contains says.
    Requirement.Text u = new Requirement.Text("a\u0461");
    assertThat(u.contains("\u0461")).isTrue();
    assertThat(u.contains("\u0061\u0461")).isTrue();
    assertThat(u.contains("\u0861")).isFalse();
  }
}
