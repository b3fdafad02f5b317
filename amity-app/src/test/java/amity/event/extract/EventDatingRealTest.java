package amity.event.extract;

import static amity.event.extract.RealPages.iso;
import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DateRange;
import amity.model.DateValue;
import java.time.LocalDate;
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

  @Test
  void aJointCommissionAtWhoseEndAMinisterSpokeIsOfTheStorysDayInSpanish() {
    var s = RealPages.page("es-train-396.txt").sentence("al término de la décima Comisión mixta");
    assertThat(iso(s.date("Comisión mixta"))).isEqualTo("2000-05-23");
  }

  @Test
  void aSummitAtWhoseEndAznarSpokeIsOfTheStorysDayInSpanish() {
    var s = RealPages.page("es-train-675.txt").sentence("dijo Aznar al término de la cumbre");
    assertThat(iso(s.date("cumbre"))).isEqualTo("2000-05-23");
  }

  @Test
  void aSummitClosedByAPressConferenceIsNotOfADayNamedAfterItInSpanish() {
    // "…con la que concluyó la XIII Cumbre …, a quien no ha recibido … desde el 3 de junio de 1996"
    var s = RealPages.page("es-train-625.txt").sentence("con la que concluyó la XIII Cumbre");
    assertThat(iso(s.date("Cumbre"))).isEqualTo("2000-05-23");
  }

  @Test
  void aSummitDuringWhichChiracSpokeTodayIsOfTodayInSpanish() {
    // "mostró hoy durante la XII Cumbre bilateral": a gathering in session on the day of what is done during it.
    var s = RealPages.page("es-train-074.txt").sentence("mostró hoy durante la XII Cumbre bilateral");
    assertThat(iso(s.date("Cumbre bilateral"))).isEqualTo("2000-05-23");
  }

  @Test
  void anInaugurationUponWhichVujanovicSpokeIsOfTheStorysDayInSpanish() {
    // "afirmó Vujanovic al inaugurar en Shkodra": the telling is upon it, on the day the story carries.
    var s = RealPages.page("es-train-433.txt").sentence("afirmó Vujanovic al inaugurar en Shkodra");
    assertThat(iso(s.dateCarrying("inaugurar", DateRange.of(DateValue.of(LocalDate.of(2000, 5, 23)))))).isEqualTo("2000-05-23");
    assertThat(iso(s.date("inaugurar"))).isEqualTo("2000-05-23");
  }


  @Test
  void aDayOfAMonthCalledPastIsThatDayNotTheMonthInSpanish() {
    // "desde el 9 de diciembre pasado": "de diciembre pasado", longer than "9 de diciembre", took
    // the match and lost the day.
    var s = RealPages.page("es-train-614.txt").sentence("desde el 9 de diciembre pasado");
    assertThat(s.datePhrases()).containsExactly("9 de diciembre pasado=1999-12-09");
  }

  @Test
  void aWeekdayAfterDelPasadoIsReadWithItsWordOfDirectionInSpanish() {
    // "la intentona golpista del pasado jueves": "del pasado", like "el pasado", says which
    // Thursday; "del próximo viernes" is next week's on a Friday, not that day.
    var s = RealPages.page("es-train-414.txt").sentence("intentona golpista del pasado jueves");
    assertThat(s.datePhrases()).contains("del pasado jueves=2000-05-18");
  }

  @Test
  void aDateAfterHastaElProximoIsADeadlineInSpanish() {
    // "que acoge hasta el próximo 30 de septiembre": an end, not when anything told happened.
    var s = RealPages.page("es-train-261.txt").sentence("hasta el próximo 30 de septiembre");
    var d = s.view().dates().get(0);
    assertThat(d.span().of(s.view().text())).isEqualTo("30 de septiembre");
    assertThat(s.view().lexicon().endsBefore("not_when", s.view().text(), d.span().start(), EventDater.NOT_WHEN_REACH)).isTrue();
  }

  @Test
  void whatWasDoneAtTheWeekendInAMondayStoryFallsOnTheSaturdayAndSundayJustPast() {
    var s = RealPages.page("en-train-452.txt").sentence("Chernomyrdin took pains at the weekend");
    assertThat(s.datePhrases()).contains("at the weekend=1996-08-24..1996-08-25");
  }
}
