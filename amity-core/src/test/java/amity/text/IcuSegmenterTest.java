package amity.text;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Sentence;
import amity.model.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcuSegmenterTest {
  private static final String VI =
      "Chiều 7/11, Thủ tướng Phạm Minh Chính tiếp Đại sứ Cuba. Hai bên nhất trí tăng cường hợp tác toàn diện, thúc đẩy quan hệ Đối tác chiến lược toàn diện.";

  private static List<String> words(List<Sentence> sentences) {
    return sentences.stream().flatMap(s -> s.tokens().stream()).filter(Token::isWord).map(Token::text).toList();
  }

  @Test
  void vietnameseSyllablesBecomeWordsTheLexiconKnows() {
    List<Sentence> s = new IcuSegmenter().segment(VI, "vi");
    assertThat(s).hasSize(2);
    assertThat(words(s)).containsSubsequence("Thủ tướng", "tiếp", "Đại sứ", "Cuba")
        .containsSubsequence("Hai", "bên", "nhất trí", "tăng cường", "hợp tác", "toàn diện", "thúc đẩy", "quan hệ",
            "Đối tác chiến lược toàn diện");
    // Names the lexicon does not hold stay syllables.
    assertThat(words(s)).containsSubsequence("Phạm", "Minh", "Chính");
  }

  @Test
  void groupedTokensPointIntoTheTextAndNeverGoBackwards() {
    for (boolean group : new boolean[] {true, false}) {
      List<Sentence> s = new IcuSegmenter(new IcuSegmenter.Config(group)).segment(VI, "vi");
      int last = 0;
      for (Sentence sentence : s) {
        for (Token t : sentence.tokens()) {
          assertThat(t.span().start()).isGreaterThanOrEqualTo(last);
          assertThat(t.span().end()).isLessThanOrEqualTo(VI.length());
          assertThat(t.span().of(VI)).isEqualTo(t.text());
          last = t.span().end();
        }
      }
    }
  }

  @Test
  void matchingIgnoresToneMarkPlacementAndCaseButNotPunctuation() {
    assertThat(words(new IcuSegmenter().segment("Hai bên ký thoả thuận và thỏa thuận về hòa bình.", "vi")))
        .containsExactly("Hai", "bên", "ký", "thoả thuận", "và", "thỏa thuận", "về", "hòa bình");
    assertThat(words(new IcuSegmenter().segment("quan, hệ", "vi"))).containsExactly("quan", "hệ");
  }

  @Test
  void syllablesOnlyWhenAsked() {
    assertThat(words(new IcuSegmenter(new IcuSegmenter.Config(false)).segment("Thủ tướng tiếp Đại sứ.", "vi")))
        .containsExactly("Thủ", "tướng", "tiếp", "Đại", "sứ");
    assertThat(new IcuSegmenter(new IcuSegmenter.Config(false))).hasToString("IcuSegmenter[syllables]");
  }

  @Test
  void otherLanguagesAreUntouched() {
    assertThat(words(new IcuSegmenter().segment("The prime minister met the ambassador.", "en")))
        .containsExactly("The", "prime", "minister", "met", "the", "ambassador");
    assertThat(words(new IcuSegmenter().segment("越南政府总理会见古巴大使。", "zh"))).contains("越南", "政府", "总理");
  }

  @Test
  void aFullStopBetweenTwoCapitalisedWordsRunsOnInSpanishUnlessASentenceStartsThere() {
    // The Spanish corpus writes the "y" inside a name as a full stop (es-train-035: "el director de
    // Comercio. Consumo, Víctor Tello"); a starter after it opens a sentence of its own, and English
    // keeps ICU's break.
    List<Sentence> name = new IcuSegmenter().segment("Lo firmó el director de Comercio. Consumo, Víctor Tello, en Guimaraes.", "es");
    assertThat(name).hasSize(1);
    List<Sentence> two = new IcuSegmenter().segment("La reunión fue en Madrid. El ministro habló después.", "es");
    assertThat(two).hasSize(2);
    List<Sentence> acronym = new IcuSegmenter().segment("Lo dijo la ONU. Ginebra calla.", "es");
    assertThat(acronym).hasSize(2);
    assertThat(new IcuSegmenter().segment("He met them in Madrid. Aznar spoke later.", "en")).hasSize(2);
    // Initials run on into the name, in both languages; a starter after them still opens a sentence.
    assertThat(new IcuSegmenter().segment("Foreign Minister I.K. Gujral was asked about it.", "en")).hasSize(1);
    assertThat(new IcuSegmenter().segment("Lo escribió John H. Elliott en 1963.", "es")).hasSize(1);
    assertThat(new IcuSegmenter().segment("It came from the U.S. The talks went on.", "en")).hasSize(2);
  }

  @Test
  void theLexiconIsHandWrittenAndSmall() {
    amity.lang.LanguagePacks packs = amity.lang.LanguagePacks.bundled();
    assertThat(SyllableWords.of(packs.get("vi").orElseThrow())).hasValueSatisfying(l -> assertThat(l.size()).isBetween(300, 2000));
    assertThat(SyllableWords.of(packs.get("en").orElseThrow())).isEmpty();
    assertThat(packs.get("vi").orElseThrow().module()).isPresent();
    assertThat(packs.get("en").orElseThrow().module()).isEmpty();
  }
}
