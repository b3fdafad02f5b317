package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import amity.kb.KnowledgeBase;
import amity.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches end at their count of documents or, for big pages, at their count of characters. */
class IngestBatchTest {
  private static final KnowledgeBase KB = KnowledgeBase.bundled();

  @TempDir Path tmp;

  /** {@return the transactions the ingest saved: the store's generation, less the one of its closing refresh} */
  private long savedTransactions(Path folder, String name, long batchChars) throws Exception {
    Path store = tmp.resolve(name);
    try (Store s = Store.open(store)) {
      Ingestion.Result r = new Ingestion(KB, 100, 1).savingAt(batchChars).run(List.of(folder.toString()), s, KB,
          InputStream.nullInputStream(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), true);
      assertThat(r.added()).isEqualTo(4);
    }
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + store.toAbsolutePath().resolve("amity"), "amity", "");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT v FROM meta WHERE k = 'generation'")) {
      assertThat(rs.next()).isTrue();
      return Long.parseLong(rs.getString(1)) - 1;
    }
  }

  @Test
  void pagesWhoseTextFillsABatchAreSavedBeforeItsCountIsReached() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("pages"));
    for (int i = 0; i < 4; i++) {
      Files.writeString(folder.resolve("page-" + i + ".txt"),
          "Foreign Minister number " + i + " of Vietnam met the Lao ambassador in Hà Nội on Monday to talk about trade.\n");
    }
    assertThat(savedTransactions(folder, "by-count", Ingestion.BATCH_CHARS)).isEqualTo(1);
    // Every page's text is longer than 50 characters: each fills a batch of its own.
    assertThat(savedTransactions(folder, "by-chars", 50)).isEqualTo(4);
  }
}
