package amity.event;

import amity.lang.LanguagePack;
import amity.lang.LanguagePacks;
import amity.lang.PackFile;
import amity.mention.PhraseTrie;
import amity.model.Story;
import amity.stage.FieldFinder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Fields of cooperation named in a text, from each language's {@code fields.tsv}: "vaccine",
 * "vắc xin", "疫苗" and "vacuna" all name {@code vaccines}. The pipeline's field stage: a story's
 * fields are those its title and text name; search uses it to find a topic in every language.
 * Thread-safe.
 */
public final class Topics implements FieldFinder {
  private final LanguagePacks packs;

  /** The fields of every pack in {@code packs} that has a {@code fields.tsv}. */
  public Topics(LanguagePacks packs) {
    this.packs = Objects.requireNonNull(packs, "packs must not be null");
  }

  /** {@return field keys named in the story's title and text, read in its language} */
  @Override
  public List<String> fields(Story story, String lang) {
    // A null language would read as one without data and hide the caller's bug.
    Objects.requireNonNull(lang, "lang must not be null");
    return List.copyOf(in(story.title() + "\n" + story.text(), lang));
  }

  @Override
  public String toString() {
    return "Topics" + packs.tags();
  }

  /** {@return field keys named in {@code text}, read as {@code lang}} */
  public Set<String> in(String text, String lang) {
    Set<String> out = new LinkedHashSet<>();
    packs.get(lang).ifPresent(p -> out.addAll(in(PhraseTrie.Text.keepingMarks(text), p)));
    return out;
  }

  /** {@return field keys named in {@code text} in any language} (for queries) */
  public Set<String> inAnyLanguage(String text) {
    Set<String> out = new LinkedHashSet<>();
    PhraseTrie.Text folded = PhraseTrie.Text.keepingMarks(text);
    for (LanguagePack p : packs.all()) out.addAll(in(folded, p));
    return out;
  }

  private static Set<String> in(PhraseTrie.Text text, LanguagePack pack) {
    if (!pack.has(PackFile.FIELDS)) return Set.of();
    PhraseTrie<String> t = pack.derived(Topics.class, p -> {
      PhraseTrie<String> trie = PhraseTrie.keepingMarks();
      for (String[] r : p.rows(PackFile.FIELDS)) trie.add(r[0], r[1]);
      return trie;
    });
    Set<String> out = new LinkedHashSet<>();
    t.findAll(text).forEach(m -> out.addAll(m.values()));
    return out;
  }
}
