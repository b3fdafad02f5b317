package amity.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned migrations. Each step runs once, in order, in its own transaction, and records its
 * number in {@code schema_version}; a store written by an older amity is brought up to date when
 * opened. Steps are only ever added, never edited: a store in the field has run the old ones.
 * They are written for H2 and translated per {@link Dialect} (CLOB → TEXT for PostgreSQL).
 */
final class Schema {
  private Schema() {}

  static final List<List<String>> MIGRATIONS =
      List.of(
          List.of(
            "CREATE TABLE meta(k VARCHAR PRIMARY KEY, v VARCHAR)",
            "CREATE TABLE documents(id VARCHAR PRIMARY KEY, file VARCHAR NOT NULL, charset VARCHAR,"
                + " format VARCHAR, url VARCHAR, published VARCHAR, published_basis VARCHAR,"
                + " published_confidence DOUBLE, text CLOB NOT NULL, ingested_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP)",
            "CREATE TABLE stories(id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, idx INT NOT NULL,"
                + " kind VARCHAR NOT NULL, lang VARCHAR NOT NULL, title VARCHAR, date VARCHAR,"
                + " date_basis VARCHAR, dateline_place VARCHAR, dateline_agency VARCHAR,"
                + " text CLOB NOT NULL, alignment CLOB NOT NULL)",
            "CREATE INDEX stories_doc ON stories(doc_id)",
            "CREATE TABLE page_lines(doc_id VARCHAR NOT NULL, line_no INT NOT NULL, start_pos INT,"
                + " end_pos INT, kind VARCHAR, reason VARCHAR, PRIMARY KEY(doc_id, line_no))",
            "CREATE TABLE related_links(doc_id VARCHAR NOT NULL, idx INT NOT NULL, title VARCHAR,"
                + " stamp VARCHAR, section VARCHAR, start_pos INT, end_pos INT, PRIMARY KEY(doc_id, idx))",
            "CREATE TABLE mentions(story_id VARCHAR NOT NULL, idx INT NOT NULL, doc_id VARCHAR NOT NULL,"
                + " start_pos INT, end_pos INT, doc_start INT, doc_end INT, surface VARCHAR NOT NULL,"
                + " type VARCHAR NOT NULL, finder VARCHAR, kb_id VARCHAR, roles VARCHAR, country VARCHAR,"
                + " entity_id VARCHAR NOT NULL, entity_name VARCHAR NOT NULL, PRIMARY KEY(story_id, idx))",
            "CREATE INDEX mentions_entity ON mentions(entity_id)",
            "CREATE TABLE event_readings(id VARCHAR PRIMARY KEY, story_id VARCHAR NOT NULL,"
                + " doc_id VARCHAR NOT NULL, json CLOB NOT NULL)",
            "CREATE TABLE entities(id VARCHAR PRIMARY KEY, type VARCHAR NOT NULL, name VARCHAR NOT NULL,"
                + " country VARCHAR, mentions INT NOT NULL, aliases CLOB NOT NULL)",
            "CREATE TABLE entity_remap(local_id VARCHAR PRIMARY KEY, entity_id VARCHAR NOT NULL)",
            "CREATE TABLE events(id VARCHAR PRIMARY KEY, type VARCHAR, form VARCHAR, status VARCHAR,"
                + " date_start VARCHAR, date_end VARCHAR, sort_key VARCHAR, json CLOB NOT NULL)",
            "CREATE TABLE event_actors(event_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL,"
                + " role VARCHAR, PRIMARY KEY(event_id, entity_id))",
            "CREATE INDEX event_actors_entity ON event_actors(entity_id)",
            "CREATE TABLE event_countries(event_id VARCHAR NOT NULL, country VARCHAR NOT NULL,"
                + " PRIMARY KEY(event_id, country))",
            "CREATE INDEX event_countries_country ON event_countries(country)"),
          // 2: what queries at scale need. Derived tables only, so the refresh that the "dirty" flag
          // forces fills them; events get a date-sorted key and content hashes so that a refresh
          // rewrites only what changed.
          List.of(
            "ALTER TABLE events ADD COLUMN date_lo VARCHAR",
            "ALTER TABLE events ADD COLUMN date_hi VARCHAR",
            "ALTER TABLE events ADD COLUMN location VARCHAR",
            "ALTER TABLE events ADD COLUMN hash VARCHAR",
            "ALTER TABLE entities ADD COLUMN hash VARCHAR",
            "CREATE INDEX events_sort ON events(sort_key)",
            "CREATE INDEX events_date ON events(date_lo, date_hi)",
            "CREATE TABLE event_keys(event_id VARCHAR NOT NULL, k VARCHAR NOT NULL, PRIMARY KEY(event_id, k))",
            "CREATE INDEX event_keys_k ON event_keys(k)",
            "CREATE TABLE event_stories(event_id VARCHAR NOT NULL, story_id VARCHAR NOT NULL, PRIMARY KEY(event_id, story_id))",
            "CREATE INDEX event_stories_story ON event_stories(story_id)",
            "CREATE TABLE entity_aliases(folded VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, PRIMARY KEY(folded, entity_id))",
            "CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id)",
            "CREATE INDEX entity_remap_entity ON entity_remap(entity_id)",
            "CREATE INDEX event_readings_story ON event_readings(story_id)",
            "CREATE INDEX mentions_doc ON mentions(doc_id)",
            "DELETE FROM events",
            "DELETE FROM event_actors",
            "DELETE FROM event_countries",
            "DELETE FROM meta WHERE k = 'dirty'",
            "INSERT INTO meta(k, v) VALUES ('dirty', '1')"),
          // 3: JSON columns inline: H2 keeps CLOBs in a separate LOB store, slow to read and write
          // and slow to reclaim; these values are small (document and story text stay CLOB).
          List.of(
            "ALTER TABLE events ALTER COLUMN json SET DATA TYPE VARCHAR",
            "ALTER TABLE event_readings ALTER COLUMN json SET DATA TYPE VARCHAR",
            "ALTER TABLE entities ALTER COLUMN aliases SET DATA TYPE VARCHAR",
            "ALTER TABLE stories ALTER COLUMN alignment SET DATA TYPE VARCHAR"),
          // 4: event JSON in a table of its own, so that filtering and ordering events reads narrow
          // rows and only the page asked for reads JSON (events.json stays, empty).
          List.of(
            "CREATE TABLE event_json(id VARCHAR PRIMARY KEY, json VARCHAR NOT NULL)",
            "INSERT INTO event_json(id, json) SELECT id, json FROM events",
            "UPDATE events SET json = ''"),
          // 5: events are found by their fields of cooperation too (f:<field> in event_keys); the
          // derived event tables are emptied so that the refresh the "dirty" flag forces fills them.
          List.of(
            "DELETE FROM events",
            "DELETE FROM event_json",
            "DELETE FROM event_actors",
            "DELETE FROM event_countries",
            "DELETE FROM event_keys",
            "DELETE FROM event_stories",
            "DELETE FROM meta WHERE k = 'dirty'",
            "INSERT INTO meta(k, v) VALUES ('dirty', '1')"),
          // 6: incremental refresh. Stories saved since the last refresh (pending_stories); what
          // linking needs of each story-level entity, summed over its mentions (link_names: its
          // first mention and count; link_values: first use and count of each alias 'a', name 'n'
          // and country 'c'); each reading's merge blocks with its date bounds (reading_keys),
          // the corpus-wide entities it points at (reading_refs) and its component of same-event
          // pairs (reading_state); work a refresh has decided on (refresh_todo). Filled by the
          // full refresh that refresh_full asks for.
          List.of(
            "CREATE TABLE pending_stories(story_id VARCHAR PRIMARY KEY)",
            "CREATE TABLE link_names(id VARCHAR PRIMARY KEY, type VARCHAR NOT NULL, name VARCHAR NOT NULL,"
                + " first_story VARCHAR NOT NULL, first_idx INT NOT NULL, n INT NOT NULL)",
            "CREATE TABLE link_values(id VARCHAR NOT NULL, kind VARCHAR NOT NULL, v VARCHAR NOT NULL,"
                + " first_story VARCHAR NOT NULL, first_idx INT NOT NULL, n INT NOT NULL, PRIMARY KEY(id, kind, v))",
            "CREATE TABLE reading_keys(k VARCHAR NOT NULL, reading_id VARCHAR NOT NULL, lo INT NOT NULL, hi INT NOT NULL,"
                + " PRIMARY KEY(k, reading_id))",
            "CREATE INDEX reading_keys_reading ON reading_keys(reading_id)",
            "CREATE TABLE reading_refs(ref VARCHAR NOT NULL, reading_id VARCHAR NOT NULL, PRIMARY KEY(ref, reading_id))",
            "CREATE INDEX reading_refs_reading ON reading_refs(reading_id)",
            "CREATE TABLE reading_state(reading_id VARCHAR PRIMARY KEY, component VARCHAR NOT NULL)",
            "CREATE INDEX reading_state_component ON reading_state(component)",
            "CREATE TABLE refresh_todo(kind VARCHAR NOT NULL, id VARCHAR NOT NULL, PRIMARY KEY(kind, id))",
            "DELETE FROM meta WHERE k = 'refresh_full'",
            "INSERT INTO meta(k, v) VALUES ('refresh_full', '1')",
            "DELETE FROM meta WHERE k = 'dirty'",
            "INSERT INTO meta(k, v) VALUES ('dirty', '1')"),
          // 7: events found by who took part read only the index: (k, event_id) holds what the join
          // over event_keys needs, where (k) led to each row for its event_id.
          List.of(
            "CREATE INDEX event_keys_k_event ON event_keys(k, event_id)",
            "DROP INDEX event_keys_k"),
          // 8: the fields of cooperation the pipeline found in each story's text (keys joined by
          // ','), kept as given so that a reindex reads them; NULL for stories saved before.
          List.of(
            "ALTER TABLE stories ADD COLUMN fields VARCHAR"),
          // 9: events found by who took part in date order, one index range per pair of parties:
          // a row (a, b, sort_key) for each two of an event's party keys (entities and countries,
          // a country's entity key read as its country key, a < b) and a row (a, '', sort_key) for
          // each one, so that a timeline between two parties, or of one, reads its page and its
          // count from one range of the primary key rather than probing the smaller party's
          // events one by one. The derived event tables are emptied so that the full refresh
          // refresh_full asks for writes every event with its rows.
          refilled(List.of(
            "CREATE TABLE event_parties(a VARCHAR NOT NULL, b VARCHAR NOT NULL, sort_key VARCHAR NOT NULL,"
                + " PRIMARY KEY(a, b, sort_key))"),
            "events", "event_json", "event_actors", "event_countries", "event_keys", "event_stories"),
          // 10: entities found by the start of a name or of a word of one from one index range:
          // each folded name whole (whole = 1) and from each word on (whole = 0), with the
          // entity's type and mentions, so that only the page found reads the entities. Every
          // entity's hash is cleared so that the full refresh refresh_full asks for writes every
          // entity again, with its rows here.
          refilled(List.of(
            "CREATE TABLE entity_words(word VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, whole INT NOT NULL,"
                + " type VARCHAR NOT NULL, mentions INT NOT NULL, PRIMARY KEY(word, entity_id, whole))",
            "CREATE INDEX entity_words_entity ON entity_words(entity_id)",
            "UPDATE entities SET hash = NULL")),
          // 11: what counting fields by month and drawing a contact network read of a party's
          // events, on its event_parties rows: every row the event's fields (lines), a party's own
          // row (b = '') its form, first day and actors ("entity TAB role" lines), so that both
          // read one range of the primary key and no event. Emptied and refilled as for 9.
          refilled(List.of(
            "ALTER TABLE event_parties ADD COLUMN fields VARCHAR",
            "ALTER TABLE event_parties ADD COLUMN form VARCHAR",
            "ALTER TABLE event_parties ADD COLUMN date_start VARCHAR",
            "ALTER TABLE event_parties ADD COLUMN actors VARCHAR"),
            "events", "event_json", "event_actors", "event_countries", "event_keys", "event_stories", "event_parties"),
          // 12: document and story text inline, as the JSON columns went in 3: H2 wrote each text to
          // its LOB store through a stream of its own (a tenth of ingest's writing thread), and reads it
          // back the same way; pages are compressed either way. The tables are copied, so the
          // store is compacted when it next closes (every story counted as written since).
          List.of(
            "ALTER TABLE documents ALTER COLUMN text SET DATA TYPE VARCHAR",
            "ALTER TABLE stories ALTER COLUMN text SET DATA TYPE VARCHAR",
            "DELETE FROM meta WHERE k = '" + Database.WRITTEN + "'",
            "INSERT INTO meta(k, v) SELECT '" + Database.WRITTEN + "', CAST(COUNT(*) AS VARCHAR) FROM stories"));

  /**
   * {@return {@code statements}, then every row of the derived {@code tables} deleted and a full
   * refresh asked for (refresh_full and dirty set), which fills them again}
   */
  private static List<String> refilled(List<String> statements, String... tables) {
    List<String> out = new java.util.ArrayList<>(statements);
    for (String t : tables) out.add("DELETE FROM " + t);
    out.addAll(List.of(
        "DELETE FROM meta WHERE k = 'refresh_full'",
        "INSERT INTO meta(k, v) VALUES ('refresh_full', '1')",
        "DELETE FROM meta WHERE k = 'dirty'",
        "INSERT INTO meta(k, v) VALUES ('dirty', '1')"));
    return List.copyOf(out);
  }

  static void migrate(Connection c, Dialect dialect) throws SQLException {
    int current = currentVersion(c);
    if (current > MIGRATIONS.size()) {
      throw new SQLException("the store has schema version " + current + ", newer than this amity knows ("
          + MIGRATIONS.size() + "); use a newer amity");
    }
    for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        for (String sql : MIGRATIONS.get(v - 1)) st.execute(dialect.ddl(sql));
        st.execute("CREATE TABLE IF NOT EXISTS schema_version(version INT PRIMARY KEY)");
        st.execute("INSERT INTO schema_version VALUES (" + v + ")");
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw new SQLException("migration " + v + " failed: " + e.getMessage(), e);
      }
    }
    c.setAutoCommit(true);
  }

  static int currentVersion(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version(version INT PRIMARY KEY)");
      try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
