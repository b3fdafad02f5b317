package amity.mention;

import amity.lang.LanguagePack;
import amity.lang.PackFile;
import amity.kb.KbEntry;
import amity.lexicon.NameRules;
import amity.model.EntityIds;
import amity.model.EntityType;
import amity.model.Mention;
import amity.model.Sentence;
import amity.model.Span;
import amity.text.Scripts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds people by the titles before their names, in one language: "Prime Minister Phạm Minh
 * Chính", "Chủ tịch Quốc hội Cuba Esteban Lazo Hernández", "古巴国务委员会主席兼部长会议主席迪亚斯-卡内尔".
 *
 * <p>A title may be followed by its complement ("of the Communist Party of Cuba Central
 * Committee"), by further titles ("and President of Cuba"), and then by the name. The roles of
 * every title in the chain and the country the chain names (a demonym before it, a country inside
 * it) come with the mention. Titles and name shapes come from the language's {@code titles.tsv}
 * and {@code names.tsv}. Immutable and thread-safe.
 */
public final class TitleFinder {
  /** The finder name of a title standing alone for a person ("the Cuban leader"). */
  public static final String NOMINAL = "nominal";

  private static final int MAX_SKIP = 14;

  private final String lang;
  private final PhraseTrie<String> titles = PhraseTrie.keepingMarks();
  private final NameRules rules;
  private final @Nullable PhraseTrie<Boolean> stopTrie;
  private final Gazetteer gazetteer;
  /** Words before a place that name where someone is posted, not whose title it is ("Đại sứ tại Hà Nội"). */
  private final Set<String> placePrepositions;
  /**
   * One-character short forms of country names ({@code abbreviations.tsv}: "叙" Syria, "俄"
   * Russia) to ISO codes: the press writes a foreign office as the short form and the title ("叙总统",
   * "俄总理"), which no gazetteer name covers.
   */
  private final Map<String, String> shortForms = new HashMap<>();

  private TitleFinder(LanguagePack pack, NameRules rules, Gazetteer gazetteer) {
    this.lang = pack.tag();
    this.rules = rules;
    this.gazetteer = gazetteer;
    this.placePrepositions = pack.words("place_prepositions");
    if (pack.has(PackFile.ABBREVIATIONS)) {
      for (String[] r : pack.rows(PackFile.ABBREVIATIONS)) {
        // A pair of short forms ("巴以": both countries) is no one country's short form.
        if (r.length == 2 && EntityIds.isCountry(r[1])) shortForms.put(r[0], EntityIds.countryCode(r[1]));
      }
    }
    for (String[] row : pack.rows(PackFile.TITLES)) {
      titles.add(row[0], row[1]);
    }
    if (rules.shape().equals(NameRules.HAN)) {
      PhraseTrie<Boolean> t = PhraseTrie.keepingMarks();
      for (String s : rules.stoppers()) t.add(s, Boolean.TRUE);
      stopTrie = t;
    } else {
      stopTrie = null;
    }
  }

  /** {@return a finder for the language of {@code pack}, if it has titles and name rules} */
  public static Optional<TitleFinder> forLanguage(LanguagePack pack, Gazetteer gazetteer) {
    if (!pack.has(PackFile.TITLES)) return Optional.empty();
    return NameRules.of(pack).map(r -> new TitleFinder(pack, r, gazetteer));
  }

  public String lang() {
    return lang;
  }

  /**
   * {@return people named after titles in the sentences of {@code text}}
   *
   * @param places knowledge-base matches already found in {@code text}
   * @param cues demonyms found in {@code text}
   */
  public List<Mention> find(
      String text,
      List<Sentence> sentences,
      List<PhraseTrie.Match<Gazetteer.Hit>> places,
      List<Gazetteer.CountryCue> cues) {
    List<Mention> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<PhraseTrie.Match<String>> ts = new ArrayList<>();
      for (PhraseTrie.Match<String> m :
          PhraseTrie.longestNonOverlapping(titles.findAll(s.text()))) {
        ts.add(new PhraseTrie.Match<>(m.span().shift(s.span().start()), m.values()));
      }
      if (ts.isEmpty()) continue;
      if (rules.shape().equals(NameRules.HAN)) {
        findHan(text, s.span(), ts, places, out);
      } else {
        findCapitalized(text, s, ts, places, cues, out);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ capitalised names

  private void findCapitalized(
      String text,
      Sentence sentence,
      List<PhraseTrie.Match<String>> ts,
      List<PhraseTrie.Match<Gazetteer.Hit>> places,
      List<Gazetteer.CountryCue> cues,
      List<Mention> out) {
    List<Tokens.Tok> toks = Tokens.of(sentence);
    int consumedUntil = -1;
    for (PhraseTrie.Match<String> t : ts) {
      if (t.span().start() < consumedUntil) continue;
      // A lower-case title ("the president") names no one unless a name follows directly.
      List<String> roles = new ArrayList<>();
      addRole(roles, t.values());
      String country = cueBefore(text, t.span().start(), cues, places);
      Span titleSpan = t.span();
      int p = indexAfter(toks, t.span().end());
      int skipped = 0;
      boolean inOrg = false;
      boolean complement = false;
      // Whether all that stands between the title and here is one country's name ("Tổng thống Nga Putin").
      boolean countryOnly = false;
      int countryEnd = -1;
      // Where the title and its country end when a place preposition follows them ("Ngoại trưởng Nga
      // tại Reykjavik"): the office holder, unless a name follows the place after all.
      int linkedCountryEnd = -1;
      Mention found = null;
      while (p < toks.size() && skipped <= MAX_SKIP) {
        Tokens.Tok tok = toks.get(p);
        PhraseTrie.Match<String> next = startingAt(ts, tok.span().start());
        if (next != null) {
          addRole(roles, next.values());
          titleSpan = new Span(titleSpan.start(), next.span().end());
          p = indexAfter(toks, next.span().end());
          inOrg = false;
          continue;
        }
        PhraseTrie.Match<Gazetteer.Hit> place = startingAtPlace(places, tok.span().start());
        PhraseTrie.Match<Gazetteer.Hit> covering = covering(places, tok.span().start());
        if (place == null && covering != null && covering.values().get(0).entry().type() != EntityType.PERSON) {
          // A name that began inside the title ("Chủ tịch [Quốc hội Lào]") still names the country.
          countryOnly = false;
          if (country == null) country = covering.values().get(0).entry().country();
          p = indexAfter(toks, covering.span().end());
          complement = true;
          continue;
        }
        if (place != null && place.values().get(0).entry().type() != EntityType.PERSON) {
          KbEntry e = place.values().get(0).entry();
          if (country == null && !isPosting(toks, p)) country = e.country();
          p = indexAfter(toks, place.span().end());
          countryOnly = skipped == 0 && !complement && EntityIds.isCountry(e.id());
          if (countryOnly) countryEnd = place.span().end();
          skipped++;
          complement = true;
          inOrg = e.type() == EntityType.ORG;
          continue;
        }
        if (place != null) {
          // A known person after the title: the gazetteer has the name, the title adds the role.
          KbEntry e = place.values().get(0).entry();
          found = person(text, place.span(), e.id(), roles, country != null ? country : e.country(), titleSpan);
          break;
        }
        if (tok.text().equals("(")) {
          while (p < toks.size() && !toks.get(p).text().equals(")")) p++;
          p++;
          skipped++;
          continue;
        }
        String lower = tok.text().toLowerCase(Locale.ROOT);
        // "Massoud Barzani, leader of the Kurdistan Democratic Party (KDP), and Jalal Talabani": a
        // comma and a word opening a list's next item end the title; the next name is another's.
        if (tok.text().equals(",") && p + 1 < toks.size() && rules.listJoiners().contains(toks.get(p + 1).text().toLowerCase(Locale.ROOT))) break;
        if (countryOnly && skipped == 1 && placePrepositions.contains(lower)) {
          // "đã gặp Ngoại trưởng Nga tại Reykjavik", "đón Tổng thống Ai Cập tại Điện Elysee": after an
          // office and its country, "tại" opens a posting only when a known place follows it ("Đại sứ
          // Việt Nam tại Mỹ Hà Kim Ngọc"); else it tells where the event is, and no name follows.
          linkedCountryEnd = countryEnd;
          PhraseTrie.Match<Gazetteer.Hit> posting = p + 1 < toks.size() ? startingAtPlace(places, toks.get(p + 1).span().start()) : null;
          if (posting == null || posting.values().get(0).entry().type() == EntityType.PERSON) break;
        }
        if (rules.connectors().contains(lower) || rules.connectors().contains(tok.text())) {
          p++;
          skipped++;
          continue;
        }
        // A capitalised word that ends names starts none ("Chủ tịch Hội đồng", "Bộ trưởng, Chủ
        // nhiệm", a headline's "EL PRESIDENTE DEL CONGRESO"): it is read as the word it is, below.
        int end = tok.isWord() && tok.capitalized() ? runEnd(toks, p) : p;
        if (end > p) {
          List<Tokens.Tok> run = toks.subList(p, end);
          // "Interior Lázaro Alberto Álvarez Casas": the organisation words end where the name starts.
          List<String> words = run.stream().map(Tokens.Tok::text).toList();
          int lastOrg = rules.lastOrgWord(words);
          // "Phùng Đức Hải", "Nguyễn Thị Nga": a surname and up to three syllables is a name,
          // though a syllable alone also names a country; a phrase ("Trung Quốc") still is not.
          if (!rules.surnames().isEmpty() && rules.surnames().contains(words.get(0)) && words.size() >= 2 && words.size() <= 4
              && !rules.hasOrgPhrase(words)) {
            lastOrg = -1;
          }
          boolean orgish = lastOrg >= 0;
          if (orgish && lastOrg + 1 < run.size()) {
            List<Tokens.Tok> rest = run.subList(lastOrg + 1, run.size());
            // "Deputy Health Minister Trịnh Minh Khoa": a title after the organisation words is
            // more title, not the start of the name.
            PhraseTrie.Match<String> inner = startingAt(ts, rest.get(0).span().start());
            if (inner != null) {
              int after = 0;
              while (after < rest.size() && rest.get(after).span().start() < inner.span().end()) after++;
              if (after < rest.size()) {
                // Its role is not taken: "Deputy … Minister" is no minister.
                titleSpan = new Span(titleSpan.start(), inner.span().end());
                rest = rest.subList(after, rest.size());
              }
            }
            if (acceptable(rest, toks, end, false) && rest.size() >= 2) {
              run = rest;
              orgish = false;
            }
          }
          // A one-word name may follow the title's country as it follows the title ("Tổng thống
          // Nga Putin và Tổng thống Belarus Lukashenko", as "Tổng thống Putin").
          if (!orgish && acceptable(run, toks, end, skipped == 0 && !complement || countryOnly && skipped == 1)) {
            Span name = new Span(run.get(0).span().start(), run.get(run.size() - 1).span().end());
            found = person(text, name, null, roles, country, titleSpan);
            break;
          }
          p = end;
          skipped += run.size();
          inOrg = true;
          complement = true;
          continue;
        }
        if (inOrg && tok.isWord() && !rules.surnames().isEmpty()) {
          // Vietnamese organisation names mix cases: "Ban Chấp hành Trung ương Đảng".
          p++;
          skipped++;
          continue;
        }
        break;
      }
      if (found != null) {
        out.add(found);
        consumedUntil = found.span().end();
      } else if (!roles.isEmpty() && !complement && !rules.pluralBefore(text, nominalStart(text, t.span().start(), cues))) {
        // "the Prime Minister noted", "the Cuban leader", "el presidente vietnamita": a title
        // standing for a person, with the demonym before or after it.
        int start = nominalStart(text, t.span().start(), cues);
        int end = titleSpan.end();
        for (Gazetteer.CountryCue c : cues) {
          if (c.span().start() >= end && c.span().start() - end <= 1) {
            if (country == null) country = c.country();
            end = c.span().end();
          }
        }
        out.add(nominal(text, new Span(start, end), roles, country));
        consumedUntil = end;
      } else if (!roles.isEmpty() && (countryOnly && skipped == 1 && countryEnd > 0 || linkedCountryEnd > 0)
          && !roles.contains("leader") && !rules.pluralBefore(text, t.span().start())) {
        if (!(countryOnly && skipped == 1 && countryEnd > 0)) countryEnd = linkedCountryEnd;
        // "Thủ tướng Nhật Bản đã thăm Việt Nam", "tiếp người đồng cấp Hàn Quốc": an office's title
        // and its country with no name after it stand for the one who holds the office, as "the
        // Japanese prime minister" does; a word of leading alone ("Nhà lãnh đạo Indonesia") is
        // the state's leadership, a group.
        out.add(nominal(text, new Span(t.span().start(), countryEnd), roles, country));
        consumedUntil = countryEnd;
      }
    }
  }

  private static int nominalStart(String text, int titleStart, List<Gazetteer.CountryCue> cues) {
    for (Gazetteer.CountryCue c : cues) {
      if (c.span().end() <= titleStart && titleStart - c.span().end() <= 2) return c.span().start();
    }
    return titleStart;
  }

  private static Mention nominal(String text, Span span, List<String> roles, @Nullable String country) {
    return new Mention(span, span.of(text), EntityType.PERSON, NOMINAL, null, roles, country, null);
  }

  /** Where a capitalised run ends: capitalised words, with particles inside ("Luis de la Fuente"). */
  private int runEnd(List<Tokens.Tok> toks, int from) {
    int end = from;
    int i = from;
    while (i < toks.size()) {
      Tokens.Tok t = toks.get(i);
      if (t.isWord() && t.capitalized() && !rules.stoppers().contains(t.text().toLowerCase(Locale.ROOT))) {
        i++;
        end = i;
      } else if (t.isWord() && rules.particles().contains(t.text()) && i + 1 < toks.size()
          && toks.get(i + 1).isWord() && toks.get(i + 1).capitalized() && i > from) {
        i++;
      } else {
        break;
      }
    }
    return end;
  }

  private boolean acceptable(List<Tokens.Tok> run, List<Tokens.Tok> toks, int end, boolean directly) {
    if (run.size() > 6) return false;
    boolean vietnameseStyle = !rules.surnames().isEmpty();
    if (vietnameseStyle && rules.surnames().contains(run.get(0).text()) && run.size() >= 2) return true;
    if (run.size() == 1) {
      if (!directly) return false;
      if (!vietnameseStyle) return true;
      // "Thủ tướng Chính nhấn mạnh": a one-syllable name must be followed by a verb or punctuation.
      if (end >= toks.size()) return true;
      Tokens.Tok next = toks.get(end);
      return !next.isWord() || rules.stoppers().contains(next.text().toLowerCase(Locale.ROOT));
    }
    return true;
  }

  private boolean isPosting(List<Tokens.Tok> toks, int p) {
    if (p == 0) return false;
    return placePrepositions.contains(toks.get(p - 1).text().toLowerCase(Locale.ROOT));
  }

  // ------------------------------------------------------------------ Han names

  private void findHan(
      String text,
      Span sentence,
      List<PhraseTrie.Match<String>> ts,
      List<PhraseTrie.Match<Gazetteer.Hit>> places,
      List<Mention> out) {
    for (int k = 0; k < ts.size(); k++) {
      PhraseTrie.Match<String> t = ts.get(k);
      int p = t.span().end();
      if (p >= sentence.end()) continue;
      if (k + 1 < ts.size() && ts.get(k + 1).span().start() == p) continue; // chain goes on
      int chainStart = chainStart(text, sentence, t.span().start());
      List<String> roles = new ArrayList<>();
      String country = null;
      for (PhraseTrie.Match<String> o : ts) {
        if (o.span().start() >= chainStart && o.span().end() <= p) addRole(roles, o.values());
      }
      // The place or body nearest the title gives its country ("古巴革命领袖" after "梁强拜会"),
      // never a person named earlier in the chain.
      for (PhraseTrie.Match<Gazetteer.Hit> pl : places) {
        if (pl.span().start() >= chainStart && pl.span().end() <= t.span().start()
            && pl.values().get(0).entry().type() != EntityType.PERSON) {
          boolean posted = pl.span().start() > 0 && text.charAt(pl.span().start() - 1) == '驻';
          if (!posted && pl.values().get(0).entry().country() != null) country = pl.values().get(0).entry().country();
        }
      }
      if (country == null) country = shortFormBefore(text, chainStart, p, ts);
      PhraseTrie.Match<Gazetteer.Hit> known = startingAtPlace(places, p);
      if (known != null && known.values().get(0).entry().type() == EntityType.PERSON) {
        KbEntry e = known.values().get(0).entry();
        out.add(person(text, known.span(), e.id(), roles, country != null ? country : e.country(),
            new Span(chainStart, t.span().end())));
        continue;
      }
      int end = hanNameEnd(text, p, sentence.end());
      if (end - p >= 2 && !followedBySuffix(text, end)) {
        out.add(person(text, new Span(p, end), null, roles, country, new Span(chainStart, t.span().end())));
      } else if (!roles.isEmpty() && !rules.pluralBefore(text, t.span().start())) {
        // "美国总统访华", "李瑞环主席同法国总统、总理…会见": a state's name running straight into an
        // office's title with no name after it stands for the one who holds the office, as "the
        // French president" does; the mention is the state and the title, as the page writes it.
        Span state = stateRunningInto(text, chainStart, t.span().end(), ts, places);
        boolean verb = followedByVerb(text, p);
        if (state != null && (verb || rules.bareTitleBefore(text, p))) {
          out.add(nominal(text, new Span(state.start(), t.span().end()), roles, country));
        } else if (verb) {
          // 古巴领导人表示…: the title stands for a person when a verb follows it; the mention is
          // the title alone, the organisation before it is a name of its own.
          out.add(nominal(text, t.span(), roles, country));
        }
      }
    }
  }

  /**
   * {@return the span of the state's name that the chain of titles ending at {@code titleEnd} opens
   * with and is made of, titles alone after it ("美国总统", "墨西哥外长", "法国国防部长"), or null}
   */
  private static @Nullable Span stateRunningInto(String text, int chainStart, int titleEnd, List<PhraseTrie.Match<String>> ts,
      List<PhraseTrie.Match<Gazetteer.Hit>> places) {
    for (PhraseTrie.Match<Gazetteer.Hit> pl : places) {
      if (pl.span().start() != chainStart || !EntityIds.isCountry(pl.values().get(0).entry().id())) continue;
      int at = pl.span().end();
      while (at < titleEnd) {
        PhraseTrie.Match<String> next = null;
        for (PhraseTrie.Match<String> o : ts) if (o.span().start() == at && (next == null || o.span().end() > next.span().end())) next = o;
        if (next == null) return null;
        at = next.span().end();
      }
      return at == titleEnd ? pl.span() : null;
    }
    return null;
  }

  /** A stop word that is a verb or preposition, not a list mark or a conjunction inside a chain. */
  private boolean followedByVerb(String text, int p) {
    if (stopTrie == null) return false;
    PhraseTrie.Match<Boolean> m = stopTrie.longestAt(text, p);
    if (m == null) return false;
    String w = m.span().of(text);
    return !(w.equals("、") || w.equals("兼") || w.equals("和") || w.equals("与") || w.equals("的") || w.equals("及")
        || w.length() == 1 && !Character.isLetter(w.charAt(0)));
  }

  private boolean followedBySuffix(String text, int end) {
    for (String suffix : rules.suffixes()) if (text.startsWith(suffix, end)) return true;
    return false;
  }

  /**
   * {@return the country of a short form that alone opens the chain of titles ending at {@code
   * end} ("叙总统", "俄总理": the chain is the short form, then its titles), or null}
   */
  private @Nullable String shortFormBefore(String text, int chainStart, int end, List<PhraseTrie.Match<String>> ts) {
    if (shortForms.isEmpty()) return null;
    int first = end;
    for (PhraseTrie.Match<String> o : ts) {
      if (o.span().start() >= chainStart && o.span().end() <= end) first = Math.min(first, o.span().start());
    }
    return first > chainStart ? shortForms.get(text.substring(chainStart, first)) : null;
  }

  /** The chain of titles and organisations before a title starts after the last hard stop. */
  private int chainStart(String text, Span sentence, int titleStart) {
    int i = titleStart;
    while (i > sentence.start()) {
      char c = text.charAt(i - 1);
      if ("，。；：“”,;:!?！？(（)）".indexOf(c) >= 0 || Character.isWhitespace(c)) break;
      // "科特迪瓦外长塔诺、赤道几内亚外长奥约诺": a list mark after a name, not after a title
      // ("国家主席、总理"), ends the chain: the person before it has a title of their own.
      if (c == '、' && !titleEndsAt(text, sentence.start(), i - 1)) break;
      if (stopTrie != null) {
        // A verb such as 会见 ends the chain of the person before it.
        boolean stop = false;
        for (int len = 1; len <= 3 && i - len >= sentence.start(); len++) {
          PhraseTrie.Match<Boolean> m = stopTrie.longestAt(text, i - len);
          if (m != null && m.span().end() == i && !"、".equals(m.span().of(text))) {
            stop = true;
            break;
          }
        }
        if (stop) break;
      }
      i--;
    }
    return i;
  }

  private int hanNameEnd(String text, int p, int limit) {
    if (stopTrie != null && stopTrie.longestAt(text, p) != null) return p;
    int i = p;
    boolean foreign = false;
    while (i < limit) {
      char c = text.charAt(i);
      if (rules.joiners().contains(String.valueOf(c)) && i > p && i + 1 < limit && Scripts.isHan(text.charAt(i + 1))) {
        foreign = true;
        i++;
        continue;
      }
      if (!Scripts.isHan(c)) break;
      if (i > p && stopTrie != null && stopTrie.longestAt(text, i) != null) break;
      if (i > p && titles.longestAt(text, i) != null) break;
      i++;
    }
    // 首相鲍里斯 约翰逊、…: the parts of a transliterated name may be set apart by a space alone; the
    // part after it (at most four characters) ends where a stop word, a title or a mark follows.
    if (!foreign && i - p >= 2 && i + 1 < limit && text.charAt(i) == ' ' && Scripts.isHan(text.charAt(i + 1))
        && !stopOrTitleAt(text, i + 1)) {
      int j = i + 1;
      while (j < limit && Scripts.isHan(text.charAt(j)) && (j == i + 1 || !stopOrTitleAt(text, j))) j++;
      if (j - (i + 1) <= 4) return j;
    }
    int len = i - p;
    if (foreign || len <= 1) return foreign ? i : p;
    String run = text.substring(p, i);
    int surname = 0;
    if (run.length() >= 2 && rules.surnames().contains(run.substring(0, 2))) {
      surname = 2;
    } else if (rules.surnames().contains(run.substring(0, 1))) {
      surname = 1;
    }
    if (surname > 0) {
      int given = run.length() > surname + 1 && run.charAt(surname) == '氏' ? 3 : 2;
      int end = p + Math.min(run.length(), surname + given);
      // 阮文和在…: a given name may end in a character that is also a conjunction (和, 与, 同);
      // it belongs to the name when a stop word or a mark follows it.
      if (end - p == surname + 1 && end < limit && "和与同及".indexOf(text.charAt(end)) >= 0) {
        int after = end + 1;
        boolean stopAfter = after >= limit || !Scripts.isHan(text.charAt(after))
            || (stopTrie != null && stopTrie.longestAt(text, after) != null);
        if (stopAfter) end = after;
      }
      // 外长伊尔韦斯, 大使霍尔布鲁克, 国防部长费尔南德斯: a foreign name whose first character is
      // also a surname goes on past the native length when its given part already renders a
      // sound and the next character renders one too; it ends after the last such character.
      if (end < i && end - p == surname + 2 && rules.isTransliteration(text.substring(end, end + 1))
          && run.substring(surname, surname + 2).codePoints().anyMatch(c -> rules.isTransliteration(Character.toString(c)))) {
        while (end < i && rules.isTransliteration(text.substring(end, end + 1))) end++;
      }
      return end;
    }
    // Without a surname or a joiner nothing shows where a name ends; the recogniser decides.
    return p;
  }

  /** Whether a title ends right at {@code end} (exclusive), starting at or after {@code from}. */
  private boolean titleEndsAt(String text, int from, int end) {
    for (int j = Math.max(from, end - 16); j < end; j++) {
      PhraseTrie.Match<String> m = titles.longestAt(text, j);
      if (m != null && m.span().end() == end) return true;
    }
    return false;
  }

  private boolean stopOrTitleAt(String text, int at) {
    return stopTrie != null && stopTrie.longestAt(text, at) != null || titles.longestAt(text, at) != null;
  }

  // ------------------------------------------------------------------ helpers

  private static Mention person(
      String text, Span name, @Nullable String kbId, List<String> roles, @Nullable String country, Span titleSpan) {
    return new Mention(name, name.of(text), EntityType.PERSON, "title", kbId, roles, country, titleSpan);
  }

  private static void addRole(List<String> roles, List<String> values) {
    for (String v : values) {
      if (!v.equals("-") && !roles.contains(v)) roles.add(v);
    }
  }

  private static @Nullable String cueBefore(
      String text, int titleStart, List<Gazetteer.CountryCue> cues, List<PhraseTrie.Match<Gazetteer.Hit>> places) {
    for (Gazetteer.CountryCue c : cues) {
      if (c.span().end() <= titleStart && titleStart - c.span().end() <= 2) return c.country();
    }
    for (PhraseTrie.Match<Gazetteer.Hit> p : places) {
      // "Việt Nam's Prime Minister", "Cuba's President"
      if (p.span().end() <= titleStart && titleStart - p.span().end() <= 3
          && text.substring(p.span().end(), titleStart).matches("['’]s\\s*")) {
        return p.values().get(0).entry().country();
      }
    }
    return null;
  }

  private static int indexAfter(List<Tokens.Tok> toks, int offset) {
    for (int i = 0; i < toks.size(); i++) if (toks.get(i).span().start() >= offset) return i;
    return toks.size();
  }

  private static PhraseTrie.@Nullable Match<String> startingAt(List<PhraseTrie.Match<String>> ts, int start) {
    for (PhraseTrie.Match<String> t : ts) if (t.span().start() == start) return t;
    return null;
  }

  private static PhraseTrie.@Nullable Match<Gazetteer.Hit> covering(
      List<PhraseTrie.Match<Gazetteer.Hit>> places, int pos) {
    for (PhraseTrie.Match<Gazetteer.Hit> m : places) if (m.span().start() < pos && pos < m.span().end()) return m;
    return null;
  }

  private static PhraseTrie.@Nullable Match<Gazetteer.Hit> startingAtPlace(
      List<PhraseTrie.Match<Gazetteer.Hit>> places, int start) {
    for (PhraseTrie.Match<Gazetteer.Hit> m : places) if (m.span().start() == start) return m;
    return null;
  }

  @Override
  public String toString() {
    return "TitleFinder[" + lang + ", " + titles.size() + " titles]";
  }
}
