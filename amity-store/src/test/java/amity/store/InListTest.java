package amity.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InListTest {
  @Test
  void writesLiteralsQuotedAndFallsBackToParameters() {
    assertThat(Database.in(List.of("ev-1", "o'brien")).sql()).isEqualTo("'ev-1','o''brien'");
    assertThat(Database.in(List.of("ev-1", "o'brien")).params()).isEmpty();
    Database.InList odd = Database.in(List.of("a", "back\\slash"));
    assertThat(odd.sql()).isEqualTo("?,?");
    assertThat(odd.params()).containsExactly("a", "back\\slash");
    assertThat(Database.in(List.of("tab\there")).params()).hasSize(1);
  }

  @Test
  void findsTheSameRowsAsParameters() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:inlist", "sa", "")) {
      try (Statement st = c.createStatement()) {
        st.execute("CREATE TABLE t(id VARCHAR PRIMARY KEY)");
      }
      List<String> ids = List.of("x", "o'brien", "''", "back\\slash", "越南", "line\nbreak", "%_");
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?)")) {
        for (String id : ids) {
          ps.setString(1, id);
          ps.executeUpdate();
        }
      }
      List<String> wanted = new ArrayList<>(ids);
      wanted.add("absent");
      for (List<String> part : List.of(wanted, wanted.subList(0, 3), List.of("o'brien", "越南"))) {
        List<String> found = new ArrayList<>();
        Database.eachRowIn(c, part, in -> "SELECT id FROM t WHERE id IN (" + in + ") ORDER BY id", rs -> found.add(rs.getString(1)));
        assertThat(found).containsExactlyInAnyOrderElementsOf(part.stream().filter(ids::contains).toList());
      }
    }
  }
}
