package amity.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * A Lucene index of stories: title and text analysed with ICU word breaks (dictionary-based for
 * Chinese) and ICU folding (case and diacritics, so "Viet Nam" finds "Việt Nam"), plus the ids
 * of the entities each story names, the countries, the fields of cooperation it touches and the
 * event types and forms read from it, for cross-language search and filters.
 *
 * <p>Derived from the store and rebuildable from it; each commit records {@link #VERSION}, and an
 * index of another version is rebuilt by the store. One writer per process; searches use
 * near-real-time readers refreshed after each commit. Story text is searched but not stored: the
 * store holds it. Thread-safe.
 */
public final class StoryIndex implements Closeable {
  /** The layout of documents in the index; bump when fields change. */
  public static final String VERSION = "3";

  private static final String VERSION_KEY = "amity.index.version";

  /** What the index holds of a story. {@code date} is ISO with honest precision. */
  public record Entry(
      String id, String doc, String file, String lang, String title, String text, @Nullable String date,
      Collection<String> entities, Collection<String> fields, Collection<String> countries, Collection<String> types) {}

  /** A search hit. */
  public record Hit(String id, String doc, String file, String lang, String title, @Nullable String date, double score) {}

  /** Hits of one page and how many matched in all. */
  public record Hits(List<Hit> hits, long total) {}

  /**
   * Restrictions every hit must meet; empty sets and nulls restrict nothing.
   *
   * @param lang language tag
   * @param countries ISO alpha-2 codes, any of
   * @param types event types or forms read from the story, any of
   * @param entities local entity ids, any of
   * @param from yyyymmdd: the story's date must reach it
   * @param to yyyymmdd: the story's date must start by it
   * @param fields fields of cooperation of events read from the story, any of
   */
  public record Filter(
      @Nullable String lang, Set<String> countries, Set<String> types, Set<String> entities,
      @Nullable Integer from, @Nullable Integer to, Set<String> fields) {
    public static final Filter NONE = new Filter(null, Set.of(), Set.of(), Set.of(), null, null);

    public Filter {
      countries = Set.copyOf(countries);
      types = Set.copyOf(types);
      entities = Set.copyOf(entities);
      fields = Set.copyOf(fields);
    }

    /** A filter on everything but fields. */
    public Filter(
        @Nullable String lang, Set<String> countries, Set<String> types, Set<String> entities,
        @Nullable Integer from, @Nullable Integer to) {
      this(lang, countries, types, entities, from, to, Set.of());
    }
  }

  private final Directory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer = analyzer();

  public StoryIndex(Path path) throws IOException {
    this.dir = FSDirectory.open(path);
    this.writer = new IndexWriter(dir, new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(64));
    this.searchers = new SearcherManager(writer, null);
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

  /** {@return whether the last commit was written with this layout} (false for an empty folder) */
  public boolean isCurrentVersion() throws IOException {
    if (!DirectoryReader.indexExists(dir)) return false;
    return VERSION.equals(SegmentInfos.readLatestCommit(dir).getUserData().get(VERSION_KEY));
  }

  /** Adds or replaces stories; visible to searches after {@link #commit()}. */
  public void put(List<Entry> entries) throws IOException {
    for (Entry e : entries) {
      Document d = new Document();
      d.add(new StringField("id", e.id(), Field.Store.YES));
      d.add(new StringField("doc", e.doc(), Field.Store.YES));
      d.add(new StringField("file", e.file(), Field.Store.YES));
      d.add(new StringField("lang", e.lang(), Field.Store.YES));
      d.add(new SortedSetDocValuesField("lang", new BytesRef(e.lang())));
      d.add(new TextField("title", e.title(), Field.Store.YES));
      // Searched, not stored: the store holds the text (hits read it from there), and storing it
      // here too had ingest compress and merge every text a second time.
      d.add(new TextField("text", e.text(), Field.Store.NO));
      if (e.date() != null) {
        d.add(new StringField("date", e.date(), Field.Store.YES));
        int[] range = DayRange.of(e.date());
        if (range != null) {
          d.add(new IntPoint("dlo", range[0]));
          d.add(new IntPoint("dhi", range[1]));
          d.add(new SortedSetDocValuesField("year", new BytesRef(Integer.toString(range[0] / 10000))));
        }
      }
      for (String x : Set.copyOf(e.entities())) d.add(new StringField("entity", x, Field.Store.NO));
      for (String x : Set.copyOf(e.fields())) {
        d.add(new StringField("field", x, Field.Store.NO));
        d.add(new SortedSetDocValuesField("field", new BytesRef(x)));
      }
      for (String x : Set.copyOf(e.countries())) {
        d.add(new StringField("country", x, Field.Store.NO));
        d.add(new SortedSetDocValuesField("country", new BytesRef(x)));
      }
      for (String x : Set.copyOf(e.types())) {
        d.add(new StringField("etype", x, Field.Store.NO));
        d.add(new SortedSetDocValuesField("etype", new BytesRef(x)));
      }
      writer.updateDocument(new Term("id", e.id()), d);
    }
  }

  /** Removes stories by id; visible after {@link #commit()}. */
  public void delete(Collection<String> ids) throws IOException {
    for (String id : ids) writer.deleteDocuments(new Term("id", id));
  }

  /** Makes what was put durable and visible, recording the layout version. */
  public void commit() throws IOException {
    writer.setLiveCommitData(Map.of(VERSION_KEY, VERSION).entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /** Removes every story; visible after {@link #commit()}. */
  public void clear() throws IOException {
    writer.deleteAll();
  }

  public int size() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  /** {@return the ids of every indexed story} */
  public Set<String> ids() throws IOException {
    Set<String> out = new HashSet<>();
    IndexSearcher s = searchers.acquire();
    try {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms("id");
        if (terms == null) continue;
        var live = leaf.reader().getLiveDocs();
        var postings = (org.apache.lucene.index.PostingsEnum) null;
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          postings = te.postings(postings, org.apache.lucene.index.PostingsEnum.NONE);
          for (int doc = postings.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
              out.add(t.utf8ToString());
              break;
            }
          }
        }
      }
    } finally {
      searchers.release(s);
    }
    return out;
  }

  /** Searches as {@link #search(String, Set, Set, Filter, int, int)} with no filter, first page. */
  public List<Hit> search(String text, Set<String> entities, Set<String> fields, @Nullable String lang, int limit)
      throws IOException {
    Filter f = new Filter(lang, Set.of(), Set.of(), Set.of(), null, null);
    return search(text, entities, fields, f, limit, 0).hits();
  }

  /**
   * Searches title and text for {@code text}, and stories naming any of {@code entities} or
   * touching any of {@code fields}; every hit meets {@code filter}. An empty query with no
   * entities or fields matches every story that meets the filter.
   *
   * @throws IllegalArgumentException for a query Lucene cannot parse, with the reason
   */
  public Hits search(String text, Set<String> entities, Set<String> fields, Filter filter, int limit, int offset)
      throws IOException {
    Query query = query(text, entities, fields, filter);
    List<Hit> out = new ArrayList<>();
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs top = s.search(query, Math.max(1, offset + limit));
      ScoreDoc[] docs = top.scoreDocs;
      for (int i = offset; i < docs.length; i++) {
        Document d = s.storedFields().document(docs[i].doc);
        out.add(new Hit(d.get("id"), d.get("doc"), d.get("file"), d.get("lang"), d.get("title"), d.get("date"), docs[i].score));
      }
      return new Hits(out, top.totalHits.value);
    } finally {
      searchers.release(s);
    }
  }

  /** The facets counted over every hit: language, country, event type or form, field, year. */
  public static final List<String> FACETS = List.of("lang", "country", "etype", "field", "year");

  /**
   * {@return for each of {@link #FACETS}, how many hits of the search carry each value, most
   * frequent first, at most {@code top} values a facet; and the number of hits}
   */
  public Facets facets(String text, Set<String> entities, Set<String> fields, Filter filter, int top) throws IOException {
    Query query = query(text, entities, fields, filter);
    IndexSearcher s = searchers.acquire();
    try {
      FacetCounter counts = s.search(query, new FacetCounter.Manager());
      return counts.result(top);
    } finally {
      searchers.release(s);
    }
  }

  /** Facet counts and the number of hits they were counted over. */
  public record Facets(long hits, Map<String, Map<String, Integer>> counts) {}

  private Query query(String text, Set<String> entities, Set<String> fields, Filter filter) {
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
    if (!entities.isEmpty()) any.add(new BoostQuery(scored("entity", entities), 2f), BooleanClause.Occur.SHOULD);
    if (!fields.isEmpty()) any.add(scored("field", fields), BooleanClause.Occur.SHOULD);
    BooleanQuery anyQ = any.build();
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(anyQ.clauses().isEmpty() ? new MatchAllDocsQuery() : anyQ, BooleanClause.Occur.MUST);
    if (filter.lang() != null) all.add(new TermQuery(new Term("lang", filter.lang())), BooleanClause.Occur.FILTER);
    if (!filter.countries().isEmpty()) all.add(terms("country", filter.countries()), BooleanClause.Occur.FILTER);
    if (!filter.types().isEmpty()) all.add(terms("etype", filter.types()), BooleanClause.Occur.FILTER);
    if (!filter.entities().isEmpty()) all.add(terms("entity", filter.entities()), BooleanClause.Occur.FILTER);
    if (!filter.fields().isEmpty()) all.add(terms("field", filter.fields()), BooleanClause.Occur.FILTER);
    if (filter.from() != null) all.add(IntPoint.newRangeQuery("dhi", filter.from(), Integer.MAX_VALUE), BooleanClause.Occur.FILTER);
    if (filter.to() != null) all.add(IntPoint.newRangeQuery("dlo", Integer.MIN_VALUE, filter.to()), BooleanClause.Occur.FILTER);
    return all.build();
  }

  /** Each value scores as a term of its own (as rare names should), up to a few hundred values. */
  private static Query scored(String field, Collection<String> values) {
    if (values.size() > 256) return terms(field, values);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String v : values) b.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD);
    return b.build();
  }

  private static Query terms(String field, Collection<String> values) {
    if (values.size() == 1) return new TermQuery(new Term(field, values.iterator().next()));
    return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
  }

  @Override
  public void close() throws IOException {
    try {
      try {
        // What was put since the last commit, committed with the layout version as commit() does.
        if (writer.hasUncommittedChanges()) commit();
      } finally {
        searchers.close();
        writer.close();
      }
    } finally {
      dir.close();
    }
  }
}
