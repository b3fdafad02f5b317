package amity.event.extract;

import amity.model.ParsedSentence;
import amity.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a sentence's dependency parse says about a trigger: the predicate it belongs to (the verb
 * of "held talks", "paid a visit", "sostuvo una conversación", "举行会谈"), that predicate's
 * subjects (inherited through "planned to meet", "went into talks", "flew … and met"), and which
 * words stand in its clause. Token numbers are 1-based, as {@link ParsedSentence} counts them; 0
 * is none.
 *
 * <p>Immutable and thread-safe.
 */
public final class Syntax {
  /** Relations that start a clause of its own: what is said, why, when, who (relative). */
  private static final Set<String> CLAUSE = Set.of("root", "ccomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "csubj:pass");
  /** Relations through which a verb shares its governor's subject. */
  private static final Set<String> SHARES_SUBJECT = Set.of("xcomp", "conj", "advcl");
  /** Relations by which a noun trigger is the event of its verb ("held talks", "pay a visit", "talks were held"). */
  private static final Set<String> LIGHT = Set.of("obj", "nsubj:pass", "nsubj");

  private final ParsedSentence parse;

  public Syntax(ParsedSentence parse) {
    this.parse = parse;
  }

  /** {@return whether the parse says anything: a flat parse (no model) does not} */
  public boolean informative() {
    for (int i = 1; i <= parse.size(); i++) if (!parse.relation(i).equals("dep") || parse.head(i) != 0) return true;
    return false;
  }

  /** {@return the token heading {@code span}: the one inside it whose head is outside, or 0} */
  public int headOf(Span span) {
    int best = 0;
    for (int i = 1; i <= parse.size(); i++) {
      Span t = parse.token(i).span();
      if (!span.overlaps(t)) continue;
      int h = parse.head(i);
      boolean outside = h == 0 || !span.overlaps(parse.token(h).span());
      if (outside && (best == 0 || depth(i) < depth(best))) best = i;
    }
    return best;
  }

  private int depth(int i) {
    return parse.pathToRoot(i).size();
  }

  /** {@return the verb a noun trigger is the event of ("held talks"), or the trigger itself} */
  public int predicate(int trigger) {
    if (trigger == 0) return 0;
    String pos = parse.upos(trigger);
    int h = parse.head(trigger);
    if ((pos.equals("NOUN") || pos.equals("PROPN")) && h != 0 && parse.upos(h).equals("VERB") && LIGHT.contains(parse.relation(trigger))) {
      return h;
    }
    return trigger;
  }

  /**
   * {@return the subjects of a predicate}: its own ({@code nsubj}, the agent of a passive), or,
   * when it has none, those of the verb it shares a subject with ("Ruehe planned to meet …").
   */
  public List<Integer> subjects(int predicate) {
    List<Integer> out = new ArrayList<>();
    for (int v = predicate, hops = 0; v != 0 && hops < 4; hops++) {
      for (int c : parse.children(v)) {
        String r = parse.relation(c);
        if (r.equals("nsubj") || r.equals("obl:agent")) out.add(c);
      }
      if (!out.isEmpty() || !SHARES_SUBJECT.contains(parse.relation(v))) break;
      v = parse.head(v);
    }
    return out;
  }

  /** {@return whether the token stands in a subject of the trigger's predicate} */
  public boolean inSubject(int token, int trigger) {
    if (token == 0 || trigger == 0) return false;
    for (int s : subjects(predicate(trigger))) if (parse.dominates(s, token)) return true;
    return false;
  }

  /** {@return the head of the clause {@code token} stands in} */
  public int clauseOf(int token) {
    int k = token;
    while (k != 0 && !CLAUSE.contains(parse.relation(k)) && parse.head(k) != 0) k = parse.head(k);
    return k;
  }

  /**
   * {@return whether a mention headed by {@code token} is an argument of the trigger headed by
   * {@code trigger}}: in the subtree of the trigger or of its predicate within their clause, or a
   * subject of the predicate.
   */
  public boolean argument(int token, int trigger) {
    if (token == 0 || trigger == 0) return false;
    if (inSubject(token, trigger)) return true;
    int pred = predicate(trigger);
    for (int top : new int[] {trigger, pred}) {
      if (!parse.dominates(top, token)) continue;
      // Not inside a clause of its own below the trigger ("talks with X, who said …").
      boolean nested = false;
      for (int k = token; k != top && k != 0; k = parse.head(k)) {
        // The trigger's own relative clause holds its parties ("an agreement Iraq reached with the
        // United Nations"); another clause below it does not.
        boolean own = parse.relation(k).startsWith("acl") && parse.head(k) == trigger;
        if (!own && (CLAUSE.contains(parse.relation(k)) || parse.relation(k).equals("xcomp") && k != trigger)) {
          nested = true;
          break;
        }
      }
      if (!nested) return true;
    }
    return false;
  }

  /**
   * {@return whether the mention headed by {@code token} stands in a relative clause the trigger
   * is not in} ("Lebed, who met Yeltsin on Monday, flew to …": Yeltsin has no part in the flight)
   */
  public boolean inOtherRelative(int token, int trigger) {
    return inOtherRelative(token, trigger, null);
  }

  /**
   * As {@link #inOtherRelative(int, int)}, the trigger written over {@code words}: a relative clause
   * inside them is its own ("có cuộc gặp với Tổng thống Mỹ Joe Biden": the parse makes "gặp" a
   * relative clause of "cuộc", the head "có"; Biden is met all the same).
   */
  public boolean inOtherRelative(int token, int trigger, @org.jspecify.annotations.Nullable Span words) {
    if (token == 0 || trigger == 0) return false;
    for (int k = token; k != 0; k = parse.head(k)) {
      if (words != null && k != token && words.overlaps(parse.token(k).span())) return false;
      String r = parse.relation(k);
      // The trigger's own relative clause ("las conversaciones que Johansen mantuvo con …") holds
      // its arguments, also where the parse hangs it on another word of the trigger ("克林顿即将对
      // 中国进行的国事访问将推动…": "进行的" on "国事", the head "访问").
      if ((r.equals("acl:relcl") || r.equals("acl"))
          && (parse.head(k) == trigger || words != null && parse.head(k) != 0 && words.overlaps(parse.token(parse.head(k)).span()))) {
        return false;
      }
      if ((r.equals("acl:relcl") || r.equals("acl")) && !parse.dominates(k, trigger)) return true;
      if (parse.dominates(k, trigger)) return false;
    }
    return false;
  }

  /**
   * {@return the case marker of the noun a name describes ("to the Caribbean island of
   * Montserrat": "to"), the name standing as its {@code nmod} or {@code appos}; null for none}
   */
  public @org.jspecify.annotations.Nullable Span describedCase(int token) {
    if (token == 0) return null;
    String r = parse.relation(token);
    int h = parse.head(token);
    if (!(r.equals("nmod") || r.equals("appos")) || h == 0 || !parse.upos(h).equals("NOUN")) return null;
    for (int c : parse.children(h)) if (parse.relation(c).equals("case")) return parse.token(c).span();
    return null;
  }

  /**
   * {@return whether {@code gap} holds words and they are all adjectives or adverbs before a noun
   * trigger}: "a public, if unofficial visit" is conceded, not supposed ("if they met" has a
   * subject and a verb).
   */
  public boolean modifiesOnly(Span gap, Span trigger) {
    int head = headOf(trigger);
    if (head == 0 || !parse.upos(head).equals("NOUN")) return false;
    int words = 0;
    for (int i = 1; i <= parse.size(); i++) {
      if (!gap.contains(parse.token(i).span())) continue;
      String pos = parse.upos(i);
      if (pos.equals("PUNCT")) continue;
      if (!pos.equals("ADJ") && !pos.equals("ADV")) return false;
      words++;
    }
    return words > 0;
  }

  /** {@return whether the parse puts the mention headed by {@code token} in another clause than the trigger's predicate} */
  public boolean elsewhere(int token, int trigger) {
    if (token == 0 || trigger == 0) return false;
    return !argument(token, trigger) && clauseOf(token) != clauseOf(predicate(trigger)) && !parse.dominates(predicate(trigger), token);
  }
}
