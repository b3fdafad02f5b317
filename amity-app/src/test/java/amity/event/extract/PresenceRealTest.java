package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Actor;
import amity.model.Event;
import amity.model.StoryAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A speaker in a place ({@code presence} in events.tsv, {@code TriggerFinder.presences}): "said in",
 * "manifestó en", "在开罗表示" a place abroad is a visit there, on the day it is said; at home, or by a speaker
 * of no known country, it is none. Real sentences of the tune half, and of pages in no gold split.
 */
class PresenceRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  private static List<Event> visitsTold(RealPages.RealPage page, String snippet) {
    return page.eventsTold(snippet).stream().filter(e -> e.form().equals("visit")).toList();
  }

  @Test
  void aRegionalPresidentSpeakingInBrusselsIsOnAVisitThere() {
    // "Sanz manifestó en Bruselas, después de una reunión con Monti, que …": Navarre's president
    // is in Brussels the day of the story.
    List<Event> v = visitsTold(RealPages.page("es-train-283.txt"), "Sanz manifestó en Bruselas");
    assertThat(v).singleElement().satisfies(e -> {
      assertThat(e.actors()).extracting(Actor::name).containsExactly("Miguel Sanz");
      assertThat(e.location()).isNotNull();
      assertThat(e.location().entity()).isEqualTo("city:be/brussels");
      assertThat(RealPages.iso(e.date())).isEqualTo("2000-05-23");
    });
  }

  @Test
  void aForeignSecretarySpeakingFromPakistanIsThereOnTheDayHeSpeaks() {
    // "Rifkind said on Tuesday from Pakistan his government would only take action against the
    // planned Islamists gathering in London": Pakistan, not London, is where he is, on Tuesday.
    List<Event> v = visitsTold(RealPages.page("en-train-936.txt"), "said on Tuesday from Pakistan");
    assertThat(v).singleElement().satisfies(e -> {
      assertThat(e.actors()).extracting(Actor::name).contains("Malcolm Rifkind");
      assertThat(e.countries()).contains("PK");
      assertThat(RealPages.iso(e.date())).isEqualTo("1996-08-27");
    });
  }

  @Test
  void aSpeakerInAForeignPlaceIsThePresenceTheWordOrderOfChineseTells() {
    // "以色列工党领袖巴拉克6月15日在开罗表示，…" (sixth People's Daily batch): the place before the word of
    // saying (presence_order place_first) is the same presence as "said in": Barak is in Cairo on the
    // day he speaks.
    var cairo = RealPages.page("zh-pd-129.txt").sentence("巴拉克6月15日在开罗表示");
    assertThat(cairo.reading("在").trigger().trigger().presence()).isTrue();
    List<Event> v = visitsTold(RealPages.page("zh-pd-129.txt"), "巴拉克6月15日在开罗表示");
    assertThat(v).singleElement().satisfies(e -> {
      assertThat(e.actors()).extracting(Actor::name).containsExactly("Ehud Barak");
      assertThat(e.location()).isNotNull();
      assertThat(e.location().entity()).isEqualTo("city:eg/cairo");
      assertThat(RealPages.iso(e.date())).isEqualTo("1998-06-15");
    });
  }

  @Test
  void aMinisterSpeakingInHisOwnCapitalIsNoVisitor() {
    // "…", dijo en El Cairo el ministro egipcio de Asuntos Exteriores, Amro Musa.
    List<Event> v = visitsTold(RealPages.page("es-train-151.txt"), "dijo en El Cairo el ministro egipcio");
    assertThat(v).noneMatch(e -> e.actors().stream().anyMatch(a -> a.name().contains("Mus")));
  }

  @Test
  void aSpokesmanOfNoKnownCountrySpeakingWhereHisMissionIsIsNoVisitor() {
    // A page in no gold split: "…," NATO spokesman Lieutenant-Colonel Max Marriner said in Sarajevo.
    assertThat(visitsTold(RealPages.page("en-testa-181.txt"), "Max Marriner said in Sarajevo")).isEmpty();
    // "Constand Viljoen, leader of the Freedom Front party, told a news conference in Pretoria …"
    assertThat(visitsTold(RealPages.page("en-testa-179.txt"), "told a news conference in Pretoria")).isEmpty();
  }

  @Test
  void aPresenceAtHomeDatesNoOtherEventOfTheStory() {
    // "Bertinotti denunció hoy en Florencia que la OTAN es …" is read, then dropped (no speaker of a
    // known other country): its day is not the day of the NATO ministers' meeting "que comienza
    // mañana" the story opened with.
    List<Event> told = new ArrayList<>();
    for (StoryAnalysis s : RealPages.page("es-train-493.txt").analysis().stories()) {
      for (Event e : s.events()) {
        if (e.sources().stream().anyMatch(v -> v.sentence().contains("de la Alianza Atlántica que comienza mañana"))) told.add(e);
      }
    }
    assertThat(told).isNotEmpty().noneMatch(e -> RealPages.iso(e.date()).equals("2000-05-23"));
  }

  @Test
  void saidInAStatementNamesNoPlace() {
    // "A foreign ministry spokesman said in a statement read on Algerian television that …"
    assertThat(RealPages.page("en-train-936.txt").sentence("said in a statement read on Algerian television").triggers())
        .noneMatch(t -> t.surface().startsWith("said"));
  }
}
