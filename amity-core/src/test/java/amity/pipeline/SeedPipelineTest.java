package amity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Actor;
import amity.model.DocumentAnalysis;
import amity.model.Event;
import amity.model.Evidence;
import amity.model.LineKind;
import amity.model.Mode;
import amity.model.PageLine;
import amity.testkit.Analyze;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facts issue 2 names, read from the real pages in ../shared/seeds. */
class SeedPipelineTest {

  private static List<String> actorIds(Event e) {
    return e.actors().stream().map(Actor::entity).toList();
  }

  @Test
  void phoneCallOf27July2021BetweenTrongAndDiazCanel() {
    List<Event> es = Analyze.events(Analyze.seed("004"));
    assertThat(es).anySatisfy(e -> {
      assertThat(e.form()).isEqualTo("phone_call");
      assertThat(e.mode()).isEqualTo(Mode.PHONE);
      assertThat(e.date()).isNotNull();
      assertThat(e.date().start().iso()).isEqualTo("2021-07-27");
      assertThat(actorIds(e)).contains("person:vn/nguyen-phu-trong", "person:cu/miguel-diaz-canel");
    });
  }

  @Test
  void talksInSeed001BetweenChinhAndAlvarezCasas() {
    List<Event> es = Analyze.events(Analyze.seed("001"));
    assertThat(es).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("CONSULT");
      assertThat(e.form()).isIn("talks", "meeting", "reception");
      assertThat(actorIds(e)).contains("person:vn/pham-minh-chinh", "person:cu/lazaro-alberto-alvarez-casas");
      assertThat(e.date()).isNotNull();
      assertThat(e.date().start().iso()).isEqualTo("2023-05-30");
      assertThat(e.location()).isNotNull();
      assertThat(e.location().name()).isEqualTo("Hà Nội");
    });
  }

  @Test
  void stateVisitOfSeed000IsDatedFromItsRange() {
    List<Event> es = Analyze.events(Analyze.seed("000"));
    assertThat(es).anySatisfy(e -> {
      assertThat(e.form()).isEqualTo("state_visit");
      assertThat(e.date()).isNotNull();
      assertThat(e.date().start().iso()).isEqualTo("2025-08-31");
      assertThat(e.date().end().iso()).isEqualTo("2025-09-02");
      assertThat(actorIds(e)).contains("person:cu/miguel-diaz-canel");
    });
    assertThat(es).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("AGREE");
      assertThat(e.quantities()).anyMatch(q -> q.value() == 5 && q.unit().equals("document"));
      assertThat(e.fields()).contains("food_security", "health", "archives");
    });
  }

  @Test
  void meetingsOfTheTeaserList003() {
    List<Event> es = Analyze.events(Analyze.seed("003"));
    assertThat(es).anySatisfy(e -> {
      assertThat(actorIds(e)).contains("person:vn/luong-cuong");
      assertThat(e.form()).isIn("farewell_call", "reception");
      assertThat(e.date()).isNotNull();
      assertThat(e.date().start().iso()).isEqualTo("--11-07");
    });
    assertThat(es).anySatisfy(e -> {
      assertThat(actorIds(e)).contains("person:vn/to-lam", "person:cu/esteban-lazo");
      assertThat(e.form()).isEqualTo("reception");
      assertThat(e.date()).isNotNull();
      assertThat(e.date().start().iso()).isEqualTo("--11-02");
    });
    assertThat(es).anySatisfy(e -> {
      assertThat(e.form()).isEqualTo("joint_committee");
      assertThat(e.date()).isNotNull();
      assertThat(e.date().start().iso()).isEqualTo("--09-24");
      assertThat(actorIds(e)).contains("person:cu/esteban-lazo");
    });
  }

  @Test
  void nothingIsReadFromRelatedListsOrCaptions() {
    for (String seed : new String[] {"000", "001", "002", "003", "004"}) {
      DocumentAnalysis a = Analyze.seed(seed);
      List<PageLine> excluded = a.page().lines().stream()
          .filter(l -> l.kind() == LineKind.RELATED || l.kind() == LineKind.CAPTION || l.kind() == LineKind.NAVIGATION)
          .toList();
      for (Event e : Analyze.events(a)) {
        for (Evidence s : e.sources()) {
          assertThat(excluded).noneMatch(l -> l.span().contains(s.span()));
        }
      }
    }
  }

  @Test
  void everyEvidenceSpanPointsAtItsSentenceInTheDocument() {
    for (String seed : new String[] {"000", "001", "002", "003", "004"}) {
      DocumentAnalysis a = Analyze.seed(seed);
      String doc = a.document().text();
      for (Event e : Analyze.events(a)) {
        for (Evidence s : e.sources()) {
          assertThat(s.span().end()).isLessThanOrEqualTo(doc.length());
          assertThat(s.span().of(doc)).isEqualTo(s.sentence());
        }
      }
      for (var m : Analyze.mentions(a)) {
        assertThat(m.mention().span().start()).isLessThanOrEqualTo(m.mention().span().end());
      }
    }
  }
}
