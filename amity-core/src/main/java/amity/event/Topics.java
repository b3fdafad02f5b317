package amity.event;

import amity.lexicon.Resources;
import amity.mention.PhraseTrie;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fields of cooperation named in a text, from each language's {@code fields.tsv}: "vaccine",
 * "vắc xin", "疫苗" and "vacuna" all name {@code vaccines}. Search uses it to find a topic in every
 * language. Thread-safe.
 */
public final class Topics {
  private final Map<String, Optional<PhraseTrie<String>>> byLang = new ConcurrentHashMap<>();
  private final List<String> languages =
      Resources.lines("amity/lang/languages.txt").orElseThrow().stream().map(String::strip).toList();

  /** {@return field keys named in {@code text}, read as {@code lang}} */
  public Set<String> in(String text, String lang) {
    Set<String> out = new LinkedHashSet<>();
    byLang.computeIfAbsent(lang, Topics::load)
        .ifPresent(t -> t.findAll(text).forEach(m -> out.addAll(m.values())));
    return out;
  }

  /** {@return field keys named in {@code text} in any language} (for queries) */
  public Set<String> inAnyLanguage(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String l : languages) out.addAll(in(text, l));
    return out;
  }

  private static Optional<PhraseTrie<String>> load(String lang) {
    List<String[]> rows = Resources.tsv("amity/lang/" + lang + "/fields.tsv", 2);
    if (rows.isEmpty()) return Optional.empty();
    PhraseTrie<String> t = PhraseTrie.keepingMarks();
    for (String[] r : rows) t.add(r[0], r[1]);
    return Optional.of(t);
  }
}
