package amity.parse;

import amity.model.ParsedSentence;
import amity.model.Sentence;
import amity.parse.internal.ParseLanguage;
import amity.stage.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parts of speech and dependency trees for the tokens of amity's segmenter, by a model per
 * language: the shipped ones ({@code amity/parse/<lang>.bin} on the class path: en, es, zh, vi),
 * each loaded once, on first use, or ones given in the config. Stateless and thread-safe: models
 * are immutable and each call keeps its own state.
 *
 * <pre>{@code
 * Parser parser = new DependencyParser();
 * for (Sentence s : new IcuSegmenter().segment(text, "en")) {
 *   ParsedSentence p = parser.parse(s, "en");
 * }
 * }</pre>
 *
 * <p>A language without a model gets {@link ParsedSentence#flat}: every token at the root with
 * relation {@code dep} and part of speech {@code X}, so callers can test {@link #supports} or
 * read the flat tree as "nothing known".
 */
public final class DependencyParser implements Parser {
  /**
   * How the parser finds its models.
   *
   * @param models models by primary language subtag, before the shipped ones
   * @param shipped whether to load the shipped models for other languages
   */
  public record Config(Map<String, ParserModel> models, boolean shipped) {
    /** The shipped models only. */
    public static final Config DEFAULT = new Config(Map.of(), true);

    public Config {
      models = Map.copyOf(Objects.requireNonNull(models, "models must not be null"));
    }
  }

  private final Config config;
  private final Map<String, Optional<ParserModel>> loaded = new ConcurrentHashMap<>();

  /** A parser with the shipped models. */
  public DependencyParser() {
    this(Config.DEFAULT);
  }

  /** A parser with the models of {@code config}. */
  public DependencyParser(Config config) {
    this.config = Objects.requireNonNull(config, "config must not be null");
  }

  @Override
  public ParsedSentence parse(Sentence sentence, String lang) {
    Optional<ParserModel> m = model(lang);
    return m.isPresent() ? m.get().parse(sentence) : ParsedSentence.flat(sentence);
  }

  /** {@return whether there is a model for {@code lang}} */
  public boolean supports(String lang) {
    return model(lang).isPresent();
  }

  /**
   * {@return the model for {@code lang}, if any}
   *
   * @throws UncheckedIOException when a shipped model cannot be read
   */
  public Optional<ParserModel> model(String lang) {
    String l = ParseLanguage.primary(lang);
    ParserModel given = config.models().get(l);
    if (given != null) return Optional.of(given);
    if (!config.shipped()) return Optional.empty();
    return loaded.computeIfAbsent(l, DependencyParser::shipped);
  }

  /** {@return the model shipped for {@code lang}, if any, freshly read} */
  public static Optional<ParserModel> shipped(String lang) {
    String path = "amity/parse/" + ParseLanguage.primary(lang) + ".bin";
    try (InputStream in = DependencyParser.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) return Optional.empty();
      return Optional.of(ParserModel.load(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read shipped parser model " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "DependencyParser" + (config.models().isEmpty() ? "" : config.models().keySet()) + (config.shipped() ? "[shipped]" : "");
  }
}
