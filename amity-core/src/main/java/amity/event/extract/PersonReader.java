package amity.event.extract;

import amity.kb.KbEntry;
import amity.model.LinkedMention;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a story says of a person it names: whether they hold office — the knowledge base knows an
 * office of theirs, a title or descriptor beside the name says so ({@link TitleReader}), they head
 * a delegation or an invited party ({@link Delegations}) — or another trade, whether they are a
 * rebel, a head of state or government, an international body's official ({@link BodyOfficials}),
 * and of which country. One mention at a time; {@link ActorGate} joins them per entity.
 *
 * <p>Thread-safe: holds only its readers.
 */
final class PersonReader {
  /**
   * What one mention says of a person: of office ({@code political}), of another trade ({@code
   * other}), a rebel, their country, titled by the mention itself, a head of state or government,
   * an international body's official.
   */
  record Person(boolean political, boolean other, boolean insurgent, @Nullable String country, boolean titled, boolean leader,
      boolean serving) {}

  /** Roles of a head of state or government. */
  private static final Set<String> LEADER_ROLES = Set.of("president", "head_of_state", "head_of_government", "prime_minister", "monarch", "chancellor");

  private final TitleReader titles;
  private final Delegations delegations;
  private final BodyOfficials bodyOfficials;

  PersonReader(TitleReader titles, Delegations delegations, BodyOfficials bodyOfficials) {
    this.titles = titles;
    this.delegations = delegations;
    this.bodyOfficials = bodyOfficials;
  }

  /**
   * {@return what the mention {@code l} of a person says of them} {@code e}: their knowledge-base
   * entry, if any; {@code c}: the country known so far, kept if not null.
   */
  Person read(LinkedMention l, @Nullable KbEntry e, @Nullable String c, String text, ActorWords w, @Nullable EventLexicon lex) {
    boolean pol = e != null && !e.roles().isEmpty() || l.mention().roles().stream().anyMatch(r -> !r.equals("-"));
    boolean titled = l.mention().roles().stream().anyMatch(r -> !r.equals("-"));
    boolean leader = l.mention().roles().stream().anyMatch(LEADER_ROLES::contains)
        || e != null && e.roles().stream().anyMatch(r -> LEADER_ROLES.contains(r.role()));
    boolean no = false;
    boolean rebel = false;
    // A title standing for its holder ("the president") after "of" is what a word of another trade
    // before it heads, not a description of its holder: "the director of the president's office"
    // is the director, and the president no less an official for it.
    boolean ofNominal = amity.mention.TitleFinder.NOMINAL.equals(l.mention().finder())
        && TitleReader.OF_BEFORE.matcher(text.substring(Math.max(0, l.mention().span().start() - 20), l.mention().span().start())).find();
    TitleReader.Descriptor before = titles.descriptor(text, l.mention().span().start(), w);
    if (ofNominal) before = new TitleReader.Descriptor(before.political(), false, before.insurgent(), before.country());
    for (TitleReader.Descriptor d : List.of(before, titles.apposition(text, l.mention().span(), w, lex))) {
      pol |= d.political();
      no |= d.other();
      if (d.insurgent()) rebel = true;
      if (c == null) c = d.country();
    }
    if (c == null) c = titles.countryAfter(text, l.mention().span());
    TitleReader.Descriptor led = delegations.leadsDelegation(text, l.mention().span(), w);
    if (!led.political()) led = delegations.ledBy(text, l.mention().span(), w);
    if (led.political()) {
      pol = true;
      if (c == null) c = led.country();
    }
    if (Delegations.invitedParty(text, l.mention().span(), w)) pol = true;
    if (visitsByShortForm(text, l.mention().span().end(), lex)) pol = true;
    if (officeAfter(text, l.mention().span().end(), w)) pol = true;
    boolean serving = bodyOfficials.serves(text, l.mention().span());
    return new Person(pol, no, rebel, c, titled, leader, serving);
  }

  /**
   * {@return whether the name ending at {@code end} is the subject of a word for visiting or
   * arriving written with a country's one-character short form right after it ("在金大中访美期间",
   * "胡锦涛访韩活动")} The short-form compound ({@code arrival_prefix} and a short form of
   * abbreviations.tsv) is the register of official visits between states: whoever it tells of
   * travels as an official, whether or not a title stands beside the name.
   */
  static boolean visitsByShortForm(String text, int end, @Nullable EventLexicon lex) {
    if (lex == null || end + 2 > text.length()) return false;
    return lex.arrivalCountry(text.substring(end, end + 2), text, end + 2) != null;
  }

  /**
   * {@return whether a word of office stands right after the name ending at {@code end}, as unspaced
   * scripts write a title after the name ("江泽民主席去年访美后", "蔡方柏大使和…")} The office is the
   * name's own, whoever holds it, unless a word of another trade holds it ("董事长").
   */
  static boolean officeAfter(String text, int end, ActorWords w) {
    if (end >= text.length() || !amity.text.Scripts.isUnspacedScript(text.charAt(end))) return false;
    String after = text.substring(end, Math.min(text.length(), end + OFFICE_REACH));
    var others = w.other().findAll(after);
    return w.political().findAll(after).stream()
        .anyMatch(o -> o.span().start() == 0 && others.stream().noneMatch(x -> x.span().overlaps(o.span())));
  }

  /** How far after a name a title written after it is looked for ("外交部长"). */
  private static final int OFFICE_REACH = 6;
}
