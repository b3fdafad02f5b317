package amity.event.extract;

import static amity.event.extract.RealPages.iso;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dates of events on real sentences of the tune half, in all four languages: the date phrases of
 * {@code amity/lang/<lang>/dates.tsv} and how {@link EventDater} reads them.
 */
class EventDatingRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void aMeetingAtTheBeginningOfSeptemberIsOfSeptember() {
    var s = RealPages.page("en-train-299.txt").sentence("at the beginning of September at a NATO meeting");
    assertThat(iso(s.date("meeting"))).isEqualTo("1996-09");
  }

  @Test
  void aSummitAtTheEndOf1999IsOf1999InSpanish() {
    // "la cumbre de la Organización Mundial del Comercio en Seattle (EEUU), a fines de 1999": not
    // the "enero pasado" of Davos told after it.
    var s = RealPages.page("es-train-493.txt").sentence("a fines de 1999");
    assertThat(iso(s.date("cumbre"))).isEqualTo("1999");
  }

  @Test
  void aWorkingVisitPlannedForEarly2020IsOf2020InChinese() {
    var s = RealPages.page("zh-2020-114.txt").sentence("预计2020年初");
    assertThat(iso(s.date("工作访问"))).isEqualTo("2020");
  }
}
