package amity.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;

/**
 * A Lucene index of stories: title and text analysed with ICU word breaks (dictionary-based for
 * Chinese) and ICU folding (case and diacritics, so "Viet Nam" finds "Việt Nam"), plus the ids
 * of the entities each story names and the fields of cooperation it touches, for cross-language
 * search.
 *
 * <p>Derived from the store and rebuildable from it. One writer per process; searches open a
 * fresh reader on the last commit. Thread-safe.
 */
public final class StoryIndex implements Closeable {
  /** What the index holds of a story. */
  public record Entry(
      String id, String doc, String file, String lang, String title, String text, @Nullable String date,
      Collection<String> entities, Collection<String> fields, Collection<String> countries) {}

  /** A search hit. */
  public record Hit(String id, String doc, String file, String lang, String title, String text, double score) {}

  private final Directory dir;
  private final IndexWriter writer;
  private final Analyzer analyzer = analyzer();

  public StoryIndex(Path path) throws IOException {
    this.dir = FSDirectory.open(path);
    this.writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
  }

  /** The analyser for story text and queries: ICU word breaks, then ICU folding. */
  public static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer t = new ICUTokenizer();
        TokenStream s = new ICUFoldingFilter(t);
        return new TokenStreamComponents(t, s);
      }
    };
  }

  /** Adds or replaces stories; visible to searches after {@link #commit()}. */
  public void put(List<Entry> entries) throws IOException {
    for (Entry e : entries) {
      Document d = new Document();
      d.add(new StringField("id", e.id(), Field.Store.YES));
      d.add(new StringField("doc", e.doc(), Field.Store.YES));
      d.add(new StringField("file", e.file(), Field.Store.YES));
      d.add(new StringField("lang", e.lang(), Field.Store.YES));
      d.add(new TextField("title", e.title(), Field.Store.YES));
      d.add(new TextField("text", e.text(), Field.Store.YES));
      if (e.date() != null) d.add(new StringField("date", e.date(), Field.Store.YES));
      for (String x : Set.copyOf(e.entities())) d.add(new StringField("entity", x, Field.Store.NO));
      for (String x : Set.copyOf(e.fields())) d.add(new StringField("field", x, Field.Store.NO));
      for (String x : Set.copyOf(e.countries())) d.add(new StringField("country", x, Field.Store.NO));
      writer.updateDocument(new Term("id", e.id()), d);
    }
  }

  public void commit() throws IOException {
    writer.commit();
  }

  public void clear() throws IOException {
    writer.deleteAll();
    writer.commit();
  }

  public int size() throws IOException {
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      return r.numDocs();
    }
  }

  /**
   * Searches title and text for {@code text}, and stories naming any of {@code entities} or
   * touching any of {@code fields}.
   *
   * @throws IllegalArgumentException for a query Lucene cannot parse, with the reason
   */
  public List<Hit> search(String text, Set<String> entities, Set<String> fields, @Nullable String lang, int limit)
      throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    if (!text.isBlank()) {
      QueryParser p = new QueryParser("text", analyzer);
      p.setDefaultOperator(QueryParser.Operator.AND);
      try {
        Query q = p.parse(QueryParser.escape(text));
        Query t = new QueryParser("title", analyzer).parse(QueryParser.escape(text));
        any.add(q, BooleanClause.Occur.SHOULD);
        any.add(new BoostQuery(t, 1.5f), BooleanClause.Occur.SHOULD);
      } catch (ParseException e) {
        throw new IllegalArgumentException("bad query '" + text + "': " + e.getMessage(), e);
      }
    }
    for (String e : entities) any.add(new BoostQuery(new TermQuery(new Term("entity", e)), 2f), BooleanClause.Occur.SHOULD);
    for (String f : fields) any.add(new TermQuery(new Term("field", f)), BooleanClause.Occur.SHOULD);
    BooleanQuery anyQ = any.build();
    Query query = anyQ.clauses().isEmpty() ? new MatchAllDocsQuery() : anyQ;
    if (lang != null) {
      query = new BooleanQuery.Builder()
          .add(query, BooleanClause.Occur.MUST)
          .add(new TermQuery(new Term("lang", lang)), BooleanClause.Occur.FILTER)
          .build();
    }
    List<Hit> out = new ArrayList<>();
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      IndexSearcher s = new IndexSearcher(r);
      TopDocs top = s.search(query, Math.max(1, limit));
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = s.storedFields().document(sd.doc);
        out.add(new Hit(d.get("id"), d.get("doc"), d.get("file"), d.get("lang"), d.get("title"), d.get("text"), sd.score));
      }
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      dir.close();
    }
  }
}
