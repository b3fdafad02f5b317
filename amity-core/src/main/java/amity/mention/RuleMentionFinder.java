package amity.mention;

import amity.lang.LanguagePacks;
import amity.model.AnalyzedStory;
import amity.model.EntityType;
import amity.model.Mention;
import amity.model.Span;
import amity.stage.MentionFinder;
import amity.text.Scripts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rule-based mention finder: knowledge-base names from the {@link Gazetteer} in every
 * language, and people after titles from the story language's {@link TitleFinder}.
 *
 * <p>Where a titled name and a knowledge-base name cover the same words, one mention is kept with
 * the knowledge-base id and the title's roles. Thread-safe.
 */
public final class RuleMentionFinder implements MentionFinder {
  private final Gazetteer gazetteer;
  private final Map<String, Optional<TitleFinder>> titleFinders = new ConcurrentHashMap<>();

  private final LanguagePacks packs;

  /** Finds names of the gazetteer, and titled names in the languages of the bundled packs. */
  public RuleMentionFinder(Gazetteer gazetteer) {
    this(gazetteer, LanguagePacks.bundled());
  }

  /** Finds names of the gazetteer, and titled names in the languages of {@code packs}. */
  public RuleMentionFinder(Gazetteer gazetteer, LanguagePacks packs) {
    this.gazetteer = gazetteer;
    this.packs = packs;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  @Override
  public List<Mention> find(AnalyzedStory story) {
    String text = story.story().text();
    // Folded once for the three lookups of the story's text below.
    PhraseTrie.Text folded = PhraseTrie.Text.folded(text);
    List<PhraseTrie.Match<Gazetteer.Hit>> names = gazetteer.findNames(folded);
    List<Mention> out = new ArrayList<>(gazetteer.find(text, names, story.story().published().date()));
    out.removeIf(m -> insideDottedName(text, m));
    Optional<TitleFinder> tf =
        titleFinders.computeIfAbsent(story.lang(), l -> packs.get(l).flatMap(p -> TitleFinder.forLanguage(p, gazetteer)));
    if (tf.isPresent()) {
      List<Mention> titled =
          tf.get().find(text, story.sentences(), names, gazetteer.countryCues(folded));
      for (Mention t : titled) merge(out, t);
    }
    out.sort(Comparator.comparing(Mention::span));
    return List.copyOf(out);
  }

  /** Adds a titled mention; one that covers a gazetteer person keeps the person's id. */
  private static void merge(List<Mention> out, Mention titled) {
    for (int i = 0; i < out.size(); i++) {
      Mention g = out.get(i);
      if (!g.span().overlaps(titled.span())) continue;
      if (g.type() == titled.type()) {
        Span span = g.span().length() >= titled.span().length() ? g.span() : titled.span();
        String text = g.span().length() >= titled.span().length() ? g.text() : titled.text();
        out.set(
            i,
            new Mention(
                span,
                text,
                g.type(),
                g.finder() + "+title",
                g.kbId() != null && wholeWordsOf(titled, g) ? g.kbId() : titled.kbId(),
                titled.roles(),
                titled.country() != null ? titled.country() : g.country(),
                titled.titleSpan()));
        return;
      }
      // A place inside a titled person's name ("Lâm" in "Tô Lâm") is part of the name; the state
      // an office's title stands with ("美国总统") stays a name of its own, for the linker may find
      // no holder of the office.
      if (titled.span().contains(g.span()) && !stateBeforeOffice(titled, g) || acrossTitleEnd(titled, g)) {
        out.remove(i--);
      }
    }
    out.add(titled);
  }

  /**
   * {@return whether {@code m} is a known person's Han name standing inside a part of a longer
   * transliterated name, after its middle dot but not at its start} "科尔" (Kohl) in "迈伦·斯科尔斯"
   * (Myron Scholes): the letters between the dot and the match run on into it, so the match is a
   * piece of another foreigner's name. A name right after the dot ("约翰·克里") is whole.
   */
  static boolean insideDottedName(String text, Mention m) {
    if (m.type() != EntityType.PERSON || m.text().isEmpty() || !Scripts.isHan(m.text().charAt(0))) return false;
    int i = m.span().start();
    int han = 0;
    while (i > 0 && Scripts.isHan(text.charAt(i - 1)) && han <= 4) {
      i--;
      han++;
    }
    return han > 0 && han <= 4 && i > 0 && separates(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i - 1));
  }

  /**
   * Whether {@code place} begins inside the title of a titled name and runs into the name ("部长沙龙":
   * 长沙, Changsha, across 部长 and 沙龙): the title ends where it ends, so no such place is written.
   */
  private static boolean acrossTitleEnd(Mention titled, Mention place) {
    Span title = titled.titleSpan();
    if (title == null || place.type() == EntityType.PERSON || TitleFinder.NOMINAL.equals(titled.finder())) return false;
    Span name = titled.span();
    return place.span().start() >= title.start() && place.span().start() < name.start() && place.span().end() > name.start()
        && place.span().end() <= name.end();
  }

  /** Whether {@code place} is the state a Han office title stands with, no name after it ("美国" in "美国总统"). */
  private static boolean stateBeforeOffice(Mention titled, Mention place) {
    return TitleFinder.NOMINAL.equals(titled.finder()) && place.type() == EntityType.GPE && place.span().start() == titled.span().start()
        && !place.text().isEmpty() && Scripts.isHan(place.text().charAt(0));
  }

  /**
   * {@return whether {@code inner} stands in {@code outer} as whole words} "Milei" in "Javier Milei"
   * does; "米莱" (Milei) inside "卡莱维·海米莱" does not, and the longer name is someone else.
   */
  static boolean wholeWordsOf(Mention outer, Mention inner) {
    int from = inner.span().start() - outer.span().start();
    int to = inner.span().end() - outer.span().start();
    String text = outer.text();
    if (from < 0 || to > text.length()) return true;
    return (from == 0 || separates(text.charAt(from - 1))) && (to == text.length() || separates(text.charAt(to)));
  }

  private static boolean separates(char c) {
    return Character.isWhitespace(c) || c == '·' || c == '•' || c == '‧' || c == '-' || c == '・';
  }

  @Override
  public String toString() {
    return "RuleMentionFinder";
  }
}
