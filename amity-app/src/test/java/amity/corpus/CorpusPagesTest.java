package amity.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusPagesTest {
  private static final Path DATA = Path.of("../../shared/data");

  @Test
  void detokenizerGluesPunctuationClitisAndQuotes() {
    assertThat(Detokenizer.join(List.of("Yeltsin", "'s", "aide", "said", ":", "\"", "We", "did", "n't", "agree", ".", "\"")))
        .isEqualTo("Yeltsin's aide said: \"We didn't agree.\"");
    assertThat(Detokenizer.join(List.of("El", "Cairo", ",", "23", "may", "(", "EFE", ")", ".")))
        .isEqualTo("El Cairo, 23 may (EFE).");
    assertThat(Detokenizer.join(List.of("¿", "Vendrá", "el", "rey", "?"))).isEqualTo("¿Vendrá el rey?");
    assertThat(Detokenizer.join(List.of("un", "\"", "sí", "\"", "y", "un", "\"", "no", "\""))).isEqualTo("un \"sí\" y un \"no\"");
  }

  @Test
  void lineFragmentsRunOnAndTableRowsDoNot() {
    StringBuilder b = new StringBuilder();
    ConllDocuments.appendParagraphs(b, List.of("The ministers will meet in", "Geneva next week, officials said.",
        "Schedule:", "May 13 Arrive in London", "May 14 Talks at the Foreign Office"));
    assertThat(b.toString()).isEqualTo("The ministers will meet in Geneva next week, officials said.\nSchedule:\n"
        + "May 13 Arrive in London\nMay 14 Talks at the Foreign Office\n");
  }

  @Test
  void spanishDocumentsOpenAtTheAgencyDatelineAndGetItsDay() throws Exception {
    String conll = "Lima O\n, O\n24 O\nmay O\n( O\nEFE B-ORG\n) O\n. O\n\n- O\n\nLa O\ncumbre O\nempezó O\n. O\n\n"
        + "Quito O\n25 O\nmay O\n( O\nEFE B-ORG\n) O\n. O\n\nOtra O\nnoticia O\n. O\n";
    List<CorpusPage> pages = new ArrayList<>();
    ConllDocuments.pages(new BufferedReader(new StringReader(conll)), "es", "es-x", "x", pages::add);
    assertThat(pages).extracting(CorpusPage::name).containsExactly("es-x-001.txt", "es-x-002.txt");
    assertThat(pages.get(0).text()).isEqualTo("2000-05-24\n\nLima, 24 may (EFE).\n\nLa cumbre empezó.\n");
    assertThat(pages.get(1).text()).startsWith("2000-05-25\n\nQuito 25 may (EFE).\n\n");
  }

  @Test
  void zhStoriesRunFromHeadlineToHeadline() throws Exception {
    String file = "甲乙会谈\n\n\n甲国总理会见乙国外长。\n\n\n双方签署协议。\n\n\n丙国地震\n\n\n地震造成损失。\n";
    List<CorpusPage> pages = new ArrayList<>();
    ZhNewsStories.pages(new BufferedReader(new StringReader(file)), Set.of(1, 4), "zh-x", "f", pages::add);
    assertThat(pages).extracting(CorpusPage::text)
        .containsExactly("甲乙会谈\n\n甲国总理会见乙国外长。\n双方签署协议。\n", "丙国地震\n\n地震造成损失。\n");
    assertThat(pages.get(1).source()).isEqualTo("f:S4-S5");
  }

  @Test
  void peoplesDailyPagesOpenAtDatelinesAndRunAtMostTwentySentences() throws Exception {
    StringBuilder file = new StringBuilder();
    for (String sentence : List.of("甲乙。", "新华社北京5月7日电丙丁。", "戊。", "●温家宝会见芬兰农林部长据新华社北京6月10日电己。")) {
      for (char c : sentence.toCharArray()) file.append(c).append(" O\n");
      file.append('\n');
    }
    for (int i = 0; i < 25; i++) file.append("庚 O\n。 O\n\n");
    List<CorpusPage> pages = new ArrayList<>();
    PeoplesDailyPages.pages(new BufferedReader(new StringReader(file.toString())), "zh-pd", "zh/p", pages::add);
    assertThat(pages).extracting(CorpusPage::name)
        .containsExactly("zh-pd-001.txt", "zh-pd-002.txt", "zh-pd-003.txt", "zh-pd-004.txt");
    assertThat(pages.get(0).text()).isEqualTo("甲乙。\n");
    assertThat(pages.get(1).text()).isEqualTo("1998-05-07\n\n新华社北京5月7日电丙丁。\n戊。\n");
    assertThat(pages.get(2).text()).startsWith("1998-06-10\n\n●温家宝会见芬兰农林部长据新华社北京6月10日电己。\n庚。\n");
    assertThat(pages.get(2).text().split("\n")).hasSize(2 + 20);
    assertThat(pages.get(3).source()).isEqualTo("zh/p:S24-S29");
    assertThat(PeoplesDailyPages.datelineDate("本报保定五月十五日电记者许立群报道")).isEqualTo("1998-05-15");
    assertThat(PeoplesDailyPages.datelineDate("厦门集美航天城开馆本报厦门五月三十日电")).isEqualTo("1998-05-30");
    assertThat(PeoplesDailyPages.datelineDate("新华社记者今天在北京报道")).isNull();
  }

  @Test
  void unknownSetIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CorpusPages.set("fr-test"));
    assertThat(e).hasMessageContaining("fr-test");
  }

  @Test
  void realCorporaGivePagesDeterministically() throws Exception {
    assumeTrue(Files.isDirectory(DATA), "../shared/data is absent: skipped");
    CorpusPages corpus = CorpusPages.of(DATA);
    Map<String, CorpusPage> en = corpus.pages("en-testa");
    assertThat(en).hasSize(216);
    // Reuters pages open with their headline, a byline maybe, and the dated dateline.
    long dated = en.values().stream().filter(p -> p.text().matches("(?s)([^\n]+\n\n){1,2}[A-Z][^\n]* \\d{4}-\\d{2}-\\d{2}\n\n.*")).count();
    assertThat(dated).isGreaterThan(200);
    assertThat(corpus.pages("en-testa")).isEqualTo(en);
    Map<String, CorpusPage> es = corpus.pages("es-testa");
    assertThat(es.values()).allSatisfy(p -> assertThat(p.lang()).isEqualTo("es"));
    assertThat(es.values().stream().filter(p -> p.text().startsWith("2000-05-")).count()).isGreaterThan(es.size() * 95L / 100);
    Map<String, CorpusPage> vi = corpus.pages("vi-world");
    assertThat(vi).hasSize(159);
    assertThat(vi.values()).allSatisfy(p -> assertThat(p.text()).matches("(?s)20[12]\\d-\\d\\d-\\d\\d\n\n.+"));
    Map<String, CorpusPage> pd = corpus.pages("zh-pd");
    assertThat(pd).hasSize(138).containsKey("zh-pd-002.txt");
    assertThat(pd.get("zh-pd-002.txt").text()).startsWith("1998-05-07\n\n新华社北京5月7日电");
    assertThat(pd.values().stream().filter(p -> p.text().startsWith("1998-0")).count()).isGreaterThanOrEqualTo(44);
    assertThat(corpus.pages("zh-pd")).isEqualTo(pd);
  }
}
