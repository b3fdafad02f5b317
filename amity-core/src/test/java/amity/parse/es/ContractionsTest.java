package amity.parse.es;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContractionsTest {
  private final Contractions contractions = new Contractions();

  @Test
  void cutsDelAndAl() {
    assertThat(contractions.split("del")).containsExactly("de", "el");
    assertThat(contractions.split("Del")).containsExactly("De", "el");
    assertThat(contractions.split("AL")).containsExactly("A", "el");
    assertThat(contractions.split("al")).containsExactly("a", "el");
  }

  @Test
  void leavesOtherWordsWhole() {
    for (String w : new String[] {"de", "el", "a", "dela", "alto", "Alí", "l"}) assertThat(contractions.split(w)).containsExactly(w);
  }
}
