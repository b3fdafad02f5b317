package amity.store;

import static org.assertj.core.api.Assertions.assertThat;

import amity.index.StoryIndex;
import amity.model.DocumentAnalysis;
import amity.model.StoryAnalysis;
import amity.query.Search;
import amity.testkit.Analyze;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexSyncTest {
  @TempDir Path dir;

  @Test
  void theIndexHoldsTheFieldsThePipelineGaveBeforeAndAfterAReindex() throws Exception {
    DocumentAnalysis a = Analyze.text(VaccineStories.EN);
    assertThat(a.stories().get(0).fields()).as("the pipeline names the field").containsExactly("vaccines");
    // The store analyses nothing: a field the text does not name is indexed when it is given.
    List<StoryAnalysis> given = new ArrayList<>();
    for (StoryAnalysis s : a.stories()) given.add(new StoryAnalysis(s.story(), s.mentions(), s.events(), List.of("energy")));
    try (Store s = Store.open(dir)) {
      s.writer().save(new DocumentAnalysis(a.page(), given, a.failures()));
      // Saved stories are searchable once the refresh that follows every save has run.
      s.writer().refresh(Analyze.kb());
      assertThat(hits(s, "energy")).isEqualTo(1);
      s.reindex();
      assertThat(hits(s, "energy")).isEqualTo(1);
    }
  }

  @Test
  void aStorySavedBeforeFieldsWereKeptIsIndexedWithTheFieldsItsTextNames() throws Exception {
    try (Store s = Store.open(dir)) {
      s.writer().save(Analyze.text(VaccineStories.EN));
    }
    // As a store written before schema 8 holds it: no fields.
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.toAbsolutePath().resolve("amity"), "amity", "");
        Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE stories SET fields = NULL");
    }
    try (Store s = Store.open(dir)) {
      s.reindex();
      assertThat(hits(s, "vaccines")).isEqualTo(1);
    }
  }

  @Test
  void storiesSavedAndNotYetRefreshedAreInTheIndexWhenTheStoreOpensAgain() throws Exception {
    try (Store s = Store.open(dir)) {
      s.writer().save(Analyze.text(VaccineStories.EN));
    }
    try (Store s = Store.open(dir)) {
      assertThat(hits(s, "vaccines")).isEqualTo(1);
    }
  }

  private static long hits(Store s, String field) throws StoreException {
    var f = new StoryIndex.Filter(null, Set.of(), Set.of(), Set.of(), null, null, Set.of(field));
    return new Search(s, Analyze.kb()).find("", f, 10, 0).total();
  }
}
