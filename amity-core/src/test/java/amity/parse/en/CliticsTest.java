package amity.parse.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CliticsTest {
  private final Clitics clitics = new Clitics();

  @Test
  void cutsAsTheTreebankWrites() {
    assertThat(clitics.split("Kohl's")).containsExactly("Kohl", "'s");
    assertThat(clitics.split("Kohl’s")).containsExactly("Kohl", "’s");
    assertThat(clitics.split("didn't")).containsExactly("did", "n't");
    assertThat(clitics.split("can't")).containsExactly("ca", "n't");
    assertThat(clitics.split("They'll")).containsExactly("They", "'ll");
    assertThat(clitics.split("we've")).containsExactly("we", "'ve");
    assertThat(clitics.split("I'M")).containsExactly("I", "'M");
  }

  @Test
  void leavesOtherWordsAndItsOwnPiecesWhole() {
    for (String w : List.of("visit", "O'Neil", "rock'n'roll", "'s", "n't", "'", "s", "", "3's")) {
      assertThat(clitics.split(w)).as(w).containsExactly(w);
    }
  }
}
