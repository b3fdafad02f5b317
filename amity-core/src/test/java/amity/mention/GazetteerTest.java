package amity.mention;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DateValue;
import amity.model.Mention;
import amity.testkit.Analyze;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Gazetteer GAZETTEER = new Gazetteer(Analyze.kb());

  private static List<String> ids(String text) {
    return GAZETTEER.find(text).stream().map(Mention::kbId).toList();
  }

  private static List<String> ids(String text, String date) {
    return GAZETTEER.find(text, DateValue.parse(date)).stream().map(Mention::kbId).toList();
  }

  @Test
  void aNameSeveralPeopleShareIsTheOneInOfficeOnTheStorysDate() {
    // 罗斯 is Dennis Ross, the Middle East envoy, in 1996 and Wilbur Ross, the commerce secretary, in 2018.
    assertThat(ids("美国中东和平特使罗斯抵达开罗。", "1996-08-20")).contains("person:us/dennis-ross");
    assertThat(ids("美国商务部长罗斯表示。", "2018-06-02")).contains("person:us/wilbur-ross");
    // 卡拉: Jusuf Kalla was Indonesia's vice president to 2019; Niger's foreign minister in 2020.
    assertThat(ids("尼日尔外长卡拉出席会议。", "2020-09-25")).contains("person:ne/kalla-ankourao");
    assertThat(ids("印尼副总统卡拉出席会议。", "2016-05-03")).contains("person:id/jusuf-kalla");
  }

  @Test
  void aNameOpeningALongerNameItsAcronymSpellsIsNotThatName() {
    assertThat(ids("El comité de la Unión Europea de Fútbol (UEFA) se reunió hoy en Madrid."))
        .doesNotContain("org:eu");
    // The name's own acronym, or a name closing the longer one: the name stands.
    assertThat(ids("La Unión Europea (UE) y Chile firmaron hoy un acuerdo.")).contains("org:eu");
    assertThat(ids("El Banco de México (BM) y la Unión Europea de Pagos firmaron.")).contains("country:MX");
  }

  @Test
  void aTerritoryKnownOnlyByItsCldrNameInsideALongerNameIsNotThatPlace() {
    assertThat(ids("Los obispos se reúnen en el Real Monasterio de Guadalupe desde hoy."))
        .doesNotContain("country:GP");
    assertThat(ids("El líder de la organización Reunión de Ciudadanos Patriotas habló hoy."))
        .doesNotContain("country:RE");
    // Standing alone it is the territory; a country inside a longer name stays the country.
    assertThat(ids("El ministro viajó hoy a Guadalupe y Martinica.")).contains("country:GP");
    assertThat(ids("La Universidad de Chile y el Banco de España firmaron.")).contains("country:CL", "country:ES");
  }

  @Test
  void aCitysNameOpeningAPersonsNameIsHisFirstName() {
    // The pipeline: the recogniser's person wins over a one-word city at its start.
    List<String> ids = amity.testkit.Analyze.mentions(amity.testkit.Analyze.text(
            "A la reunión asistió el consejero de Medio Rural y Pesca del Principado, Santiago Menéndez de Luarca."))
        .stream().map(l -> l.entityId()).toList();
    assertThat(ids).doesNotContain("city:cl/santiago");
    List<String> city = amity.testkit.Analyze.mentions(amity.testkit.Analyze.text("El ministro viajó hoy a Santiago para reunirse con su colega chileno."))
        .stream().map(l -> l.entityId()).toList();
    assertThat(city).contains("city:cl/santiago");
  }
}
