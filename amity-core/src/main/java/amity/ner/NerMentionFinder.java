package amity.ner;

import amity.lexicon.NameRules;
import amity.lang.LanguagePack;
import amity.lang.LanguagePacks;
import amity.lang.PackFile;
import amity.model.AnalyzedStory;
import amity.model.EntityType;
import amity.model.Mention;
import amity.model.Sentence;
import amity.model.Span;
import amity.ner.internal.NerLanguage;
import amity.stage.MentionFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds people, organisations and places with the statistical tagger. Each sentence is cut as the
 * model's corpus was (words with punctuation split off for English and Spanish, syllables for
 * Vietnamese, characters for Chinese), tagged, and each chunk becomes a {@link Mention} with finder
 * {@code ner}: PER → PERSON, ORG → ORG, LOC → GPE (places in news are mostly countries and cities;
 * the linker corrects the rest); MISC is dropped. Stories in a language without a model give no
 * mentions. Immutable and thread-safe.
 *
 * <p>Design decision: the sentence text is re-tokenised rather than taking the segmenter's tokens,
 * because ICU splits {@code Díaz-Canel} at the hyphen and Chinese into dictionary words, while the
 * models were trained on CoNLL tokens and single characters.
 *
 * <pre>{@code
 * MentionFinder ner = NerMentionFinder.withShippedModels();
 * List<Mention> found = ner.find(analyzedStory);
 * }</pre>
 */
public final class NerMentionFinder implements MentionFinder {
  /** The finder name in {@link Mention#finder()}. */
  public static final String NAME = "ner";

  private final Map<String, NerModel> models;
  private final LanguagePacks packs;

  /** Uses the given models, one per language, with the titles and names of the bundled packs. */
  public NerMentionFinder(List<NerModel> models) {
    this(models, LanguagePacks.bundled());
  }

  /** Uses the given models, one per language, with the titles and names of {@code packs}. */
  public NerMentionFinder(List<NerModel> models, LanguagePacks packs) {
    this.packs = packs;
    Map<String, NerModel> m = new HashMap<>();
    for (NerModel model : models) m.put(model.lang(), model);
    this.models = Map.copyOf(m);
  }

  /** {@return a finder with the shipped models (en, es, zh)} */
  public static NerMentionFinder withShippedModels() {
    return withModels(null);
  }

  /** {@return a finder as {@link #withModels(Path, LanguagePacks)} with the bundled packs} */
  public static NerMentionFinder withModels(@Nullable Path localModels) {
    return withModels(localModels, LanguagePacks.bundled());
  }

  /**
   * {@return a finder with a model for each language of {@code packs} that has one}: the one
   * trained locally in {@code localModels} where there is one, else the shipped one (en, es, zh)
   */
  public static NerMentionFinder withModels(@Nullable Path localModels, LanguagePacks packs) {
    List<NerModel> ms = new ArrayList<>();
    for (String lang : packs.tags()) Models.find(localModels, lang).ifPresent(ms::add);
    return new NerMentionFinder(ms, packs);
  }

  /** {@return the languages this finder has a model for} */
  public java.util.Set<String> languages() {
    return models.keySet();
  }

  @Override
  public List<Mention> find(AnalyzedStory story) {
    if (story.lang().isEmpty() || story.lang().equals("und")) return List.of();
    NerModel model = models.get(NerLanguage.primary(story.lang()));
    if (model == null) return List.of();
    NerLanguage nl = NerLanguage.of(model.lang());
    List<Mention> out = new ArrayList<>();
    // The story is the document: a name tagged in one sentence leans the others its way.
    List<Sentence> sents = new ArrayList<>();
    List<List<Span>> sentSpans = new ArrayList<>();
    List<List<String>> sentTokens = new ArrayList<>();
    for (Sentence s : story.sentences()) {
      String text = s.text();
      List<Span> spans = nl.tokenizer().tokenize(text);
      if (spans.isEmpty()) continue;
      List<String> tokens = new ArrayList<>(spans.size());
      for (Span sp : spans) tokens.add(sp.of(text));
      sents.add(s);
      sentSpans.add(spans);
      sentTokens.add(tokens);
    }
    List<List<String>> allTags = new ArrayList<>(sentTokens.size());
    for (int from = 0; from < sentTokens.size(); from += NerModel.MAX_DOCUMENT_SENTENCES) {
      allTags.addAll(model.tagDocument(sentTokens.subList(from, Math.min(sentTokens.size(), from + NerModel.MAX_DOCUMENT_SENTENCES))));
    }
    for (int si = 0; si < sents.size(); si++) {
      Sentence s = sents.get(si);
      String text = s.text();
      int sentenceFrom = out.size();
      List<Span> spans = sentSpans.get(si);
      List<String> tags = allTags.get(si);
      for (Bio.Chunk c : Bio.chunks(tags)) {
        Optional<EntityType> type = entityType(c.type());
        if (type.isEmpty()) continue;
        int from = spans.get(c.start()).start();
        int to = spans.get(c.end() - 1).end();
        if (type.get() == EntityType.PERSON) from += leadingTitle(text.substring(from, to), model.lang());
        // "Yeltsin's envoy": the possessive ending is no part of the name.
        String tail = text.substring(Math.max(from, to - 2), to);
        if (to - from > 3 && (tail.equals("'s") || tail.equals("’s") || tail.equals("'S"))) to -= 2;
        Span span = new Span(from, to).shift(s.span().start());
        if (type.get() == EntityType.PERSON && (afterNonPersonWord(text, from, story.lang()) || startsWithNonPersonWord(text.substring(from, to), story.lang()))) continue;
        String name = text.substring(from, to);
        if (insideDocumentTitle(text, spans.get(c.start()).start(), model.lang()) || data(model.lang()).documentWords().contains(name)) continue;
        Map<String, String> shortForms = data(model.lang()).shortForms();
        if (type.get() == EntityType.GPE && !shortForms.isEmpty()) {
          // "中方", "美方": a short form and the word for a side are that country's side, one name.
          NameRules rules = data(model.lang()).rules();
          for (int cut = 1; rules != null && cut < name.length() && !shortForms.containsKey(name); cut++) {
            if (shortForms.containsKey(name.substring(0, cut)) && rules.sideWordAt(name, cut) == name.length() - cut) {
              out.add(new Mention(span, name, EntityType.GPE, NAME, shortForms.get(name.substring(0, cut)), List.of(), null, null));
              name = null;
              break;
            }
          }
          if (name == null) continue;
          if (shortForms.containsKey(name)) {
            int side = rules == null ? 0 : rules.sideWordAt(text, to);
            Span named = side == 0 ? span : new Span(span.start(), span.end() + side);
            out.add(new Mention(named, text.substring(from, to + side), EntityType.GPE, NAME, shortForms.get(name), List.of(), null, null));
            continue;
          }
          if (name.codePoints().allMatch(cp -> shortForms.containsKey(Character.toString(cp)))) {
            // "中古", "越古": two countries' short forms side by side, each its own place.
            for (int i = 0; i < name.length(); ) {
              String one = Character.toString(name.codePointAt(i));
              Span at = new Span(span.start() + i, span.start() + i + one.length());
              out.add(new Mention(at, one, EntityType.GPE, NAME, shortForms.get(one), List.of(), null, null));
              i += one.length();
            }
            continue;
          }
          // One character that is no short form is no name ("大", "日" of a date).
          if (name.codePointCount(0, name.length()) == 1) continue;
        }
        out.add(new Mention(span, name, type.get(), NAME, null, List.of(), null, null));
      }
      shortFormPairs(text, s.span().start(), data(model.lang()).pairs(), out, sentenceFrom);
    }
    return List.copyOf(out);
  }

  /**
   * "巴以双方", "印巴两国", "巴阿边境": two one-character short forms side by side, one of them
   * ambiguous alone (巴: Brazil, Pakistan, Palestine, Panama …), read by its partner in the pair
   * ({@code abbreviations.tsv} rows with two ids): each character is its own country. The
   * sentence's mentions inside the pair (the partner alone) give way; a pair inside a longer name
   * ("古巴以…", "巴以色列…": a mention reaching out of it) is none.
   */
  private static void shortFormPairs(String text, int offset, Map<String, List<String>> pairs, List<Mention> out, int from) {
    for (Map.Entry<String, List<String>> p : pairs.entrySet()) {
      String pair = p.getKey();
      for (int at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) {
        Span whole = new Span(offset + at, offset + at + pair.length());
        boolean crossed = false;
        for (int i = from; i < out.size(); i++) {
          Span m = out.get(i).span();
          if (m.overlaps(whole) && (m.start() < whole.start() || m.end() > whole.end())) crossed = true;
        }
        if (crossed) continue;
        for (int i = out.size() - 1; i >= from; i--) if (whole.contains(out.get(i).span())) out.remove(i);
        int first = pair.offsetByCodePoints(0, 1);
        out.add(new Mention(new Span(whole.start(), whole.start() + first), pair.substring(0, first), EntityType.GPE, NAME,
            p.getValue().get(0), List.of(), null, null));
        out.add(new Mention(new Span(whole.start() + first, whole.end()), pair.substring(first), EntityType.GPE, NAME,
            p.getValue().get(1), List.of(), null, null));
      }
    }
  }

  /**
   * What the finder reads of a language's folder, once: titles ({@code titles.tsv}), the words
   * that make a name no person's ({@link NameRules#notPersonAfter()}) and short forms of
   * place names with their knowledge-base ids ({@code abbreviations.tsv}), and the endings of a
   * treaty's title before a name inside it ({@link NameRules#documentWords()} followed by a
   * {@link NameRules#documentLinks()} word: "Convention against", "Treaty on the"; a treaty word
   * alone is no name either).
   */
  private record LanguageData(
      List<String> titles,
      List<String> notPersonWords,
      Map<String, String> shortForms,
      Set<String> documentWords,
      List<String> documentTitleEnds,
      @Nullable NameRules rules,
      Map<String, List<String>> pairs) {
    static final LanguageData NONE = new LanguageData(List.of(), List.of(), Map.of(), Set.of(), List.of(), null, Map.of());

    static LanguageData load(LanguagePack pack) {
      List<String> titles = new ArrayList<>();
      for (String[] row : pack.rows(PackFile.TITLES)) titles.add(row[0].toLowerCase(Locale.ROOT));
      titles.sort(Comparator.comparingInt(String::length).reversed());
      Optional<NameRules> rules = NameRules.of(pack);
      List<String> notPerson = rules.map(r -> List.copyOf(r.notPersonAfter())).orElse(List.of());
      Set<String> documentWords = rules.map(NameRules::documentWords).orElse(Set.of());
      List<String> titleEnds = new ArrayList<>();
      for (String w : documentWords) for (String l : rules.get().documentLinks()) titleEnds.add(w + " " + l);
      Map<String, String> shortForms = new HashMap<>();
      Map<String, List<String>> pairs = new HashMap<>();
      for (String[] row : pack.rows(PackFile.ABBREVIATIONS)) {
        if (row.length > 2) pairs.put(row[0], List.of(row[1], row[2]));
        else shortForms.put(row[0], row[1]);
      }
      return new LanguageData(List.copyOf(titles), notPerson, Map.copyOf(shortForms), documentWords, List.copyOf(titleEnds), rules.orElse(null),
          Map.copyOf(pairs));
    }
  }

  private LanguageData data(String lang) {
    return packs.get(lang).map(p -> p.<LanguageData>derived(NerMentionFinder.class, LanguageData::load)).orElse(LanguageData.NONE);
  }

  /**
   * {@return whether {@code text} starts with the word {@code w} as a whole word, leaving at least
   * {@code rest} characters after it} Han script has no spaces, so there the word need not be
   * followed by one.
   */
  private static boolean startsWithWord(String text, String w, int rest) {
    if (!text.startsWith(w) || text.length() - w.length() < rest) return false;
    return Character.isWhitespace(text.charAt(w.length())) || Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.HAN;
  }

  /**
   * {@return how many characters of a person chunk are a title before the name ("Minister Trịnh
   * Minh Khoa"): the title finder gives the role, the name is what links} A Han name keeps at least
   * two characters ("主席习近平").
   */
  private int leadingTitle(String chunk, String lang) {
    String lower = chunk.toLowerCase(Locale.ROOT);
    for (String t : data(lang).titles()) {
      boolean han = Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.HAN;
      if (!startsWithWord(lower, t, han ? 2 : 1)) continue;
      int skip = t.length();
      while (skip < chunk.length() && Character.isWhitespace(chunk.charAt(skip))) skip++;
      return skip;
    }
    return 0;
  }

  /** "Hurricane Rafael", "bão Yagi": the word before makes the name a storm, not a person. */
  private boolean afterNonPersonWord(String text, int from, String lang) {
    String before = text.substring(0, from).stripTrailing();
    for (String w : data(lang).notPersonWords()) if (before.endsWith(w)) return true;
    return false;
  }

  /**
   * "UN Convention against Cybercrime": a name right after a treaty word and its link word is part
   * of the treaty's title, not a body, place or person of its own.
   */
  private boolean insideDocumentTitle(String text, int from, String lang) {
    String before = text.substring(0, from).stripTrailing();
    for (String end : data(lang).documentTitleEnds()) {
      if (before.endsWith(end) && (before.length() == end.length() || Character.isWhitespace(before.charAt(before.length() - end.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** "Typhoon Yagi" tagged whole: the name's own first word makes it a storm. */
  private boolean startsWithNonPersonWord(String name, String lang) {
    for (String w : data(lang).notPersonWords()) if (startsWithWord(name, w, 1)) return true;
    return false;
  }

  /** {@return the entity type of a tagger type: PER, ORG, LOC; empty for MISC} */
  public static Optional<EntityType> entityType(String nerType) {
    return switch (nerType) {
      case "PER" -> Optional.of(EntityType.PERSON);
      case "ORG" -> Optional.of(EntityType.ORG);
      case "LOC" -> Optional.of(EntityType.GPE);
      default -> Optional.empty();
    };
  }

  @Override
  public String toString() {
    return "NerMentionFinder" + new java.util.TreeSet<>(models.keySet());
  }
}
