package amity.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CleaningRulesTest {
  @Test
  void theRequiredRunIsPlainTextOutsideGroupsClassesAndOptionalCharacters() {
    assertThat(CleaningRules.requiredRun("\\s*(?:—|–|-)\\s?TTXVN\\s*$")).isEqualTo("TTXVN");
    assertThat(CleaningRules.requiredRun("^(?<agency>新华社)(?<m>\\d{1,2})月(?<d>\\d{1,2})日电\\s*")).isEqualTo("日电");
    assertThat(CleaningRules.requiredRun("^[(（](?<agency>中央社)記者?[^)）]{0,20}[)）]\\s*")).isEqualTo("記");
    assertThat(CleaningRules.requiredRun("^(?<title>\\S.{6,200}?)\\s*\\((?<d>\\d{1,2})/(?<m>\\d{1,2})")).isEqualTo("(");
    assertThat(CleaningRules.requiredRun("^(?:Monday|Sunday),? (?<mon>\\p{L}+) (?<d>\\d{1,2})")).isEqualTo(" ");
  }

  @Test
  void noRunIsClaimedWhereTheTextMayVary() {
    assertThat(CleaningRules.requiredRun("(?i)\\ball rights reserved\\b")).isEmpty();
    assertThat(CleaningRules.requiredRun("EFE|AFP")).isEmpty();
    assertThat(CleaningRules.requiredRun("\\u00a0Photo")).isEmpty();
    assertThat(CleaningRules.requiredRun("^[^.!?]{1,40}+(?:\\s*(?:>>?|»)\\s*[^.!?]{1,40}+){1,8}$")).isEmpty();
  }

  @Test
  void everyRulesRunIsInEveryTextItMatches() {
    String[][] cases = {
      {"\\s*(?:—|–|-)\\s?TTXVN\\s*$", "Hai nước ký thỏa thuận hợp tác. — TTXVN"},
      {"\\b(?:EFE|PL)/[\\p{L} ]{2,40}$", "El ministro llega a Lima. EFE/Juan Pérez"},
      {"\\s[ảẢ]nh \\d+\\S", "Toàn cảnh hội nghị ảnh 1:"},
    };
    for (String[] c : cases) {
      assertThat(Pattern.compile(c[0]).matcher(c[1]).find()).isTrue();
      assertThat(c[1]).contains(CleaningRules.requiredRun(c[0]));
    }
  }
}
