package amity.event.extract;

import amity.lang.LanguagePack;
import amity.lang.LanguagePacks;
import amity.mention.Gazetteer;
import amity.mention.PhraseTrie;
import amity.model.AnalyzedStory;
import amity.model.EntityIds;
import amity.model.EntityType;
import amity.model.LinkedMention;
import amity.model.Mention;
import amity.model.Span;
import amity.text.Fold;
import amity.text.Scripts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * Finds the parties a text names by what they are rather than by name — "the Philippine
 * government", "Chechen separatist leaders", "los rebeldes", "Egyptian officials", "菲律宾政府",
 * "quan chức Ai Cập" — so that they can be actors: a state's government or authorities stand for
 * the state; officials, delegations and leaders are a party of their country; rebels and
 * separatists a party of no country. Words come from {@code actors.tsv} ({@code group},
 * {@code state_group}, {@code insurgent}).
 *
 * <p>Thread-safe: per-language data is loaded once and immutable.
 */
public final class GroupFinder {
  /** The finder name groups' mentions carry. */
  public static final String FINDER = "group";

  /** How many words a body's name may run to after its head word. */
  private static final int BODY_WORDS = 10;
  /** How many lower-case words may stand together inside a body's name. */
  private static final int BODY_LOWER = 2;

  /** The word in the id of a body of states named by what it does: an international body. */
  private static final String INTERNATIONAL = "/international/";
  /** How many words a body of states named by what it does may run to after its head word. */
  private static final int INTERNATIONAL_WORDS = 14;

  /** The word in a many-states group's id: the group is a party of many states, like a body of them. */
  private static final String MANY_STATES = "/many-states/";

  private final Gazetteer gazetteer;
  private final LanguagePacks packs;

  /** A finder of the groups of the bundled packs. */
  public GroupFinder(Gazetteer gazetteer) {
    this(gazetteer, LanguagePacks.bundled());
  }

  /** A finder of the groups named in the {@code actors.tsv} of {@code packs}. */
  public GroupFinder(Gazetteer gazetteer, LanguagePacks packs) {
    this.gazetteer = gazetteer;
    this.packs = packs;
  }

  /** {@return the story's mentions with its groups added, in text order; groups overlap no mention} */
  public List<LinkedMention> withGroups(AnalyzedStory story, List<LinkedMention> mentions) {
    Optional<LanguagePack> pack = packs.get(story.lang());
    if (pack.isEmpty()) return mentions;
    GroupWords w = pack.get().derived(GroupWords.class, GroupWords::load);
    if (w.groups().size() == 0) return mentions;
    String text = story.story().text();
    mentions = placesAfterArrival(text, w, mentions);
    mentions = manyStates(story, text, w, mentions);
    mentions = gatherings(story, text, w, mentions);
    mentions = bodies(story, text, w, mentions);
    List<LinkedMention> out = new ArrayList<>(mentions);
    for (PhraseTrie.Match<String> m : PhraseTrie.longestNonOverlapping(w.groups().findAll(text))) {
      Span noun = m.span();
      // "el Gobierno británico": the recogniser's name for the bare noun ("Gobierno") says no more
      // than the noun does; the group, where its words say whose it is, is read over it.
      LinkedMention bare = bareNoun(noun, mentions);
      if (bare == null && overlaps(noun, mentions)) continue;
      Span phrase = modifiers(text, noun, w, mentions);
      // "a Taiwanese minister", "Japanese foreign minister arrives": one official left unnamed; "the
      // Japanese foreign minister" is a description of one the story names (ActorGate's).
      if (w.offices().contains(Fold.fold(m.values().get(0))) && definiteBefore(text, phrase, w.after() ? noun : phrase, w)) continue;
      String surface = phrase.of(text);
      List<Gazetteer.CountryCue> cues = gazetteer.countryCues(surface);
      // "美国代表团", "菲律宾政府": Chinese has no demonym; the country's own name running into the noun
      // says whose the group is, and is no party of its own beside it.
      Gazetteer.CountryCue named = cues.isEmpty() ? countryRunningInto(text, phrase, noun) : null;
      if (named != null) {
        cues = List.of(named);
        Span name = new Span(phrase.start() + named.span().start(), phrase.start() + named.span().end());
        out.removeIf(l -> l.mention().type() == EntityType.GPE && name.contains(l.mention().span()));
      }
      boolean insurgent = !w.insurgents().findAll(surface).isEmpty();
      boolean state = !w.states().findAll(noun.of(text)).isEmpty();
      // A bare "officials" or "the government" is whose the story does not say here.
      if (cues.isEmpty() && !insurgent) continue;
      if (bare != null) out.remove(bare);
      if (cues.isEmpty()) {
        String id = "group:" + story.story().id() + "/" + Fold.fold(surface).replaceAll("\\s+", "-");
        out.add(new LinkedMention(new Mention(phrase, surface, EntityType.ORG, FINDER, null, List.of(), null, null), id, surface));
        continue;
      }
      // "Vietnamese and Cuban leaders": a party of each country named.
      Set<String> seen = new HashSet<>();
      for (Gazetteer.CountryCue c : cues) {
        if (!seen.add(c.country())) continue;
        String country = c.country();
        String id = state && !insurgent
            ? "country:" + country
            : "group:" + story.story().id() + "/" + country.toLowerCase(Locale.ROOT) + "-" + Fold.fold(noun.of(text)).replaceAll("\\s+", "-");
        // "autoridades chilenas y estadounidenses": the noun with the first demonym, then each
        // demonym after it alone, as the page writes them.
        Span own = phrase;
        if (w.after() && seen.size() > 1) own = new Span(phrase.start() + c.span().start(), phrase.start() + c.span().end());
        else if (w.after() && cues.stream().map(Gazetteer.CountryCue::country).distinct().count() > 1) {
          own = new Span(phrase.start(), phrase.start() + c.span().end());
        }
        String ownSurface = own.of(text);
        Mention mention = new Mention(own, ownSurface, EntityType.ORG, FINDER, null, List.of(), insurgent ? null : country, null);
        out.add(new LinkedMention(mention, id, ownSurface));
      }
    }
    out.sort(Comparator.comparing((LinkedMention l) -> l.mention().span()));
    return out;
  }

  /** {@return whether {@code m} is a body of states named by what it does ("Văn phòng … tàu ngầm quốc tế")} */
  public static boolean internationalBody(LinkedMention m) {
    return FINDER.equals(m.mention().finder()) && m.entityId().contains(INTERNATIONAL);
  }

  /**
   * The head word and the words after it, of any case, up to the last word of {@code
   * body_international} among them ("quốc tế"), within {@link #INTERNATIONAL_WORDS} words and the
   * clause; {@code null} where none ends them.
   */
  private static @Nullable Span internationalName(String text, Span head, GroupWords w) {
    if (w.bodyInternational().isEmpty()) return null;
    int i = head.end();
    int end = -1;
    List<int[]> words = new ArrayList<>();
    for (int k = 0; k < INTERNATIONAL_WORDS; k++) {
      int j = i;
      while (j < text.length() && text.charAt(j) == ' ') j++;
      int e = j;
      while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) e++;
      if (e == j || w.bodyEnds().contains(text.substring(j, e))) break;
      words.add(new int[] {j, e});
      i = e;
    }
    for (int k = 0; k < words.size(); k++) {
      for (String q : w.bodyInternational()) {
        int n = q.split(" ").length;
        if (k + n > words.size() || k == 0) continue;
        String phrase = text.substring(words.get(k)[0], words.get(k + n - 1)[1]);
        if (phrase.equalsIgnoreCase(q)) end = Math.max(end, words.get(k + n - 1)[1]);
      }
    }
    return end < 0 ? null : new Span(head.start(), end);
  }

  /**
   * A name the recogniser read as a person's, right after a word for arriving ({@code arrival_place}:
   * "穆巴拉克抵拉塔基亚后"), is the place arrived at: one arrives in places, not at people. Only a name
   * the recogniser guessed (no knowledge-base entry, no title) is read again.
   */
  private static List<LinkedMention> placesAfterArrival(String text, GroupWords w, List<LinkedMention> mentions) {
    if (w.arrivalPlace().isEmpty()) return mentions;
    List<LinkedMention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      LinkedMention l = mentions.get(i);
      Mention m = l.mention();
      if (m.type() != EntityType.PERSON || m.kbId() != null || m.titleSpan() != null || !amity.ner.NerMentionFinder.NAME.equals(m.finder())) continue;
      if (l.entityId().contains("/")) continue;
      int at = m.span().start();
      if (w.arrivalPlace().stream().noneMatch(a -> at >= a.length() && text.startsWith(a, at - a.length()))) continue;
      if (out == null) out = new ArrayList<>(mentions);
      Mention place = new Mention(m.span(), m.text(), EntityType.GPE, m.finder(), null, List.of(), null, null);
      out.set(i, new LinkedMention(place, "gpe:" + m.text(), l.entityName()));
    }
    return out == null ? mentions : out;
  }

  /** {@return whether {@code m} is a gathering of many states named as the subject of its clause ("5国外长会议表示")} */
  public static boolean gatheringSubject(LinkedMention m) {
    return FINDER.equals(m.mention().finder()) && m.entityId().contains(MANY_STATES + GATHERING);
  }

  /** The word in the id of a gathering named as its clause's subject, after {@link #MANY_STATES}. */
  private static final String GATHERING = "gathering-";
  /** How far (characters) a gathering's name may reach back from its word. */
  private static final int GATHERING_REACH = 24;
  /** How many characters of a gathering's name may be other than names, counts and ordinals ("南部", "经济", "特别"). */
  private static final int GATHERING_OTHER = 4;

  /**
   * Adds the gatherings of many states that a clause names as its own subject ("5国外长会议却…表示",
   * "为期三天的南部非洲经济首脑会议17日在…开幕", "欧盟首脑会议确定…"): the gathering's word ({@code
   * gathering_subject}) with its name before it, back to a mark, 的 or the sentence's start, made of
   * names of bodies, regions or countries, counts of states, years and ordinals, with few other
   * characters, and a predicate right after the word. A party of many states: the states that meet
   * there, under the gathering's name. The name must hold a body of states, a region, a count of
   * states or two countries: "全国…会议" is a home's own.
   */
  private List<LinkedMention> gatherings(AnalyzedStory story, String text, GroupWords w, List<LinkedMention> mentions) {
    if (w.gatherings().isEmpty()) return mentions;
    List<LinkedMention> added = new ArrayList<>();
    List<Span> taken = new ArrayList<>();
    for (String word : w.gatherings()) {
      for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        int end = at + word.length();
        if (end >= text.length()) continue;
        char next = text.charAt(end);
        if (!Character.isLetterOrDigit(next) || w.gatheringNotSubject().indexOf(next) >= 0) continue;
        // "欧盟首脑会议应该讨论…": what a gathering should do tells no gathering held.
        if (w.gatheringModals().stream().anyMatch(x -> text.startsWith(x, end))) continue;
        // A predicate follows: a day ("17日"), or a word of {@code gathering_predicate} (在, 开幕,
        // 确定, 表示, 却); a noun after the word makes a compound ("峰会机制", "峰会红利"), no subject.
        if (!Character.isDigit(next) && w.gatheringPredicates().stream().noneMatch(x -> text.startsWith(x, end))) continue;
        int start = at;
        while (start > 0 && at - start < GATHERING_REACH) {
          char c = text.charAt(start - 1);
          if (!Character.isLetterOrDigit(c) && c != '·' && c != '•' || w.gatheringNameBreaks().indexOf(c) >= 0) break;
          start--;
        }
        if (start == at || w.gatheringNotOpening().indexOf(text.charAt(start)) >= 0) continue;
        Span whole = new Span(start, end);
        if (taken.stream().anyMatch(t -> t.overlaps(whole))) continue;
        boolean[] covered = new boolean[at - start];
        int states = 0;
        boolean many = false;
        boolean overWord = false;
        for (LinkedMention l : mentions) {
          Span m = l.mention().span();
          if (!whole.contains(m)) continue;
          // A name over the gathering's own word: the word is part of that name.
          if (m.end() > at) {
            overWord = true;
            break;
          }
          for (int i = m.start(); i < m.end(); i++) covered[i - start] = true;
          String id = l.entityId();
          if (manyStates(l) || id.startsWith("region:") || id.startsWith("org:") && l.mention().country() == null) many = true;
          if (EntityIds.isCountry(id)) states++;
        }
        if (overWord) continue;
        Matcher n = w.gatheringNumbers().matcher(text).region(start, at);
        while (n.find()) {
          for (int i = n.start(); i < n.end(); i++) covered[i - start] = true;
          if (w.stateCount() != null && w.stateCount().matcher(n.group()).matches()) many = true;
        }
        int other = 0;
        for (boolean b : covered) if (!b) other++;
        if (!(many || states >= 2) || other > GATHERING_OTHER) continue;
        // "1999年第九届15国集团首脑会议": the year before the name tells when, and is no part of it.
        Matcher year = w.gatheringYear().matcher(text).region(start, at);
        Span name = year.lookingAt() ? new Span(year.end(), end) : whole;
        String surface = name.of(text);
        String id = "group:" + story.story().id() + MANY_STATES + GATHERING + Fold.fold(surface).replaceAll("\\s+", "-");
        added.add(new LinkedMention(new Mention(name, surface, EntityType.ORG, FINDER, null, List.of(), null, null), id, surface));
        taken.add(name);
      }
    }
    if (added.isEmpty()) return mentions;
    List<LinkedMention> out = new ArrayList<>();
    // The names inside the gathering's are no parties of their own there.
    for (LinkedMention l : mentions) if (taken.stream().noneMatch(t -> t.overlaps(l.mention().span()))) out.add(l);
    out.addAll(added);
    out.sort(Comparator.comparing((LinkedMention l) -> l.mention().span()));
    return out;
  }

  /** {@return whether {@code m} is a party of many states named together ("非洲国家领导人", "các nước ASEAN")} */
  public static boolean manyStates(LinkedMention m) {
    return FINDER.equals(m.mention().finder()) && m.entityId().contains(MANY_STATES);
  }

  /**
   * {@return {@code phrase} running on over the place named right after it, where the phrase ends
   * in the word that says where the envoys are posted ("acreditados en Addis Abeba")}
   */
  private static Span postedTo(String text, Span phrase, List<LinkedMention> mentions) {
    for (LinkedMention l : mentions) {
      Span m = l.mention().span();
      if (m.start() >= phrase.end() && text.substring(phrase.end(), m.start()).isBlank()
          && (l.mention().type() == EntityType.GPE || l.mention().type() == EntityType.LOC)) {
        return new Span(phrase.start(), m.end());
      }
    }
    return phrase;
  }

  /**
   * Adds the parties of many states that a text names by where or what they are: a region, a body
   * of states or a word of {@code many_states_qualifier} joined to a word of {@code many_states}
   * ("非洲国家", "小岛屿发展中国家", "东盟成员国", "các nước ASEAN"), with a group word after it
   * ("非洲国家领导人"); or a count of states before a word of {@code counted_states} ("5国离任驻华大使"). A country name inside the phrase ("中国" in "发展中国家") and the region or
   * body that qualifies it are no mentions of their own there. Unqualified ("许多国家", "các nước")
   * names no one.
   */
  private List<LinkedMention> manyStates(AnalyzedStory story, String text, GroupWords w, List<LinkedMention> mentions) {
    if (w.manyStates().isEmpty() && w.countedStates() == null && w.accredited() == null) return mentions;
    List<Span> found = new ArrayList<>();
    // "diplomáticos acreditados en Addis Abeba", "el cuerpo diplomático": the envoys of the states
    // a capital hosts, a party of many states; the place they are posted to is part of the phrase.
    if (w.accredited() != null) {
      Matcher a = w.accredited().matcher(text);
      while (a.find()) found.add(postedTo(text, new Span(a.start(), a.end()), mentions));
    }
    // "会见了5国离任驻华大使、11国新任驻华大使": envoys or officials of a count of states, a party of many states.
    if (w.countedStates() != null) {
      Matcher c = w.countedStates().matcher(text);
      while (c.find()) found.add(new Span(c.start(), c.end()));
    }
    for (String noun : w.manyStates()) {
      for (int at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + 1)) {
        Span n = new Span(at, at + noun.length());
        if (!w.after() && !Scripts.isUnspacedScript(noun.charAt(0))) continue;
        Span phrase = w.after() ? qualifiedAfter(text, n, w, mentions) : qualifiedBefore(text, n, w, mentions);
        if (phrase == null || found.stream().anyMatch(f -> f.overlaps(phrase))) continue;
        found.add(phrase);
      }
    }
    if (found.isEmpty()) return mentions;
    List<LinkedMention> out = new ArrayList<>();
    // A name after the phrase whose title reaches back into it ("安理会成员国科特迪瓦外长塔诺": the
    // title read from 成员国 on) is a mention of its own; only a name inside the phrase is not.
    for (LinkedMention l : mentions) if (found.stream().noneMatch(f -> f.overlaps(l.mention().span()))) out.add(l);
    for (Span f : found) {
      String surface = f.of(text);
      String id = "group:" + story.story().id() + MANY_STATES + Fold.fold(surface).replaceAll("\\s+", "-");
      out.add(new LinkedMention(new Mention(f, surface, EntityType.ORG, FINDER, null, List.of(), null, null), id, surface));
    }
    out.sort(Comparator.comparing((LinkedMention l) -> l.mention().span()));
    return out;
  }

  /**
   * Adds the bodies of a state that a spaced text names with a head word of {@code body} and a
   * capitalised name that ends in the state's name ("Ủy ban Chứng khoán và Giao dịch Mỹ", "Bộ Ngoại
   * giao Nhật Bản"): a party of that country under its own name, in place of the country's name
   * inside it. A name that ends in no country's name (a home ministry, "Ủy ban nhân dân tỉnh …") or
   * holds another mention is left as it was.
   */
  private List<LinkedMention> bodies(AnalyzedStory story, String text, GroupWords w, List<LinkedMention> mentions) {
    if (w.bodies().size() == 0) return mentions;
    if (!w.after()) return bodiesAfterCountry(story, text, w, mentions);
    List<LinkedMention> out = new ArrayList<>(mentions);
    int taken = 0;
    for (PhraseTrie.Match<String> m : PhraseTrie.longestNonOverlapping(w.bodies().findAll(text))) {
      Span head = m.span();
      if (head.start() < taken || !Character.isUpperCase(text.charAt(head.start()))) continue;
      if (head.start() > 0 && Character.isLetterOrDigit(text.charAt(head.start() - 1))) continue;
      Span international = internationalName(text, head, w);
      Span named = bodyName(text, head, w.bodyEnds());
      // "Cơ quan Hợp tác Quốc tế vì Phát triển Tây Ban Nha": a name that goes on after the word is
      // a state's body (its country ends it), not a body of states.
      if (international != null && (named == null || named.end() <= international.end())
          && mentions.stream().noneMatch(l -> l.mention().fullSpan().overlaps(international))) {
        // "Văn phòng liên lạc cứu hộ và thoát hiểm tàu ngầm quốc tế": a body of states the press
        // names by what it does, its name ending in a word of {@code body_international}.
        String surface = international.of(text);
        String id = "group:" + story.story().id() + INTERNATIONAL + Fold.fold(surface).replaceAll("\\s+", "-");
        out.add(new LinkedMention(new Mention(international, surface, EntityType.ORG, FINDER, null, List.of(), null, null), id, surface));
        taken = international.end();
        continue;
      }
      Span name = bodyName(text, head, w.bodyEnds());
      if (name == null) continue;
      LinkedMention last = null;
      for (LinkedMention l : mentions) {
        if (name.contains(l.mention().fullSpan()) && EntityIds.isCountry(l.entityId()) && l.mention().country() != null) last = l;
      }
      if (last == null) continue;
      Span country = last.mention().fullSpan();
      Span whole = new Span(name.start(), country.end());
      if (whole.start() + head.length() >= country.start()) continue;
      String code = last.mention().country();
      // "Bộ Y tế Lào", "Bộ Quốc phòng Indonesia": a body the knowledge base knows as another
      // state's ("Bộ Y tế", Việt Nam's) named with this country after it is this country's.
      List<LinkedMention> othersBody = mentions.stream().filter(l -> ownBodyName(l, name, country, code)).toList();
      if (mentions.stream().anyMatch(l -> l.mention().fullSpan().overlaps(whole) && !country.contains(l.mention().fullSpan())
          && !othersBody.contains(l))) {
        continue;
      }
      out.removeIf(l -> country.contains(l.mention().fullSpan()) || othersBody.contains(l));
      out.add(stateBody(story, text, whole, code));
      taken = whole.end();
    }
    out.sort(Comparator.comparing((LinkedMention l) -> l.mention().span()));
    return out;
  }

  /** {@return a body of the state {@code code} named by the text at {@code whole}, a party under its own name} */
  private static LinkedMention stateBody(AnalyzedStory story, String text, Span whole, String code) {
    String surface = whole.of(text);
    String id = "group:" + story.story().id() + "/" + code.toLowerCase(Locale.ROOT) + "-" + Fold.fold(surface).replaceAll("\\s+", "-");
    return new LinkedMention(new Mention(whole, surface, EntityType.ORG, FINDER, null, List.of(), code, null), id, surface);
  }

  /** How many characters of an unspaced script may stand between a country's name and its body's head word ("国家发展计划"). */
  private static final int BODY_GAP = 8;

  /**
   * Adds the bodies of a state that an unspaced text names by the state's name, a few characters
   * and a head word of {@code body} ("美国能源部", "泰国移民局", "中国国家发展计划委员会"): a party of
   * that country under the body's own name, the most specific the text gives, in place of the
   * country's name inside it. Only a country's full name that the gazetteer knows opens one; a name
   * or title over any part of it ("美国外交部长"), a break or a {@code body_name_break} character
   * between (的, 和, 时…), or a {@code body_runs_on} character after the head (部长, 局势) leaves the
   * text as it was.
   */
  private List<LinkedMention> bodiesAfterCountry(AnalyzedStory story, String text, GroupWords w, List<LinkedMention> mentions) {
    List<LinkedMention> out = new ArrayList<>(mentions);
    int taken = 0;
    for (PhraseTrie.Match<String> m : PhraseTrie.longestNonOverlapping(w.bodies().findAll(text))) {
      Span head = m.span();
      if (head.start() < taken || !Scripts.isUnspacedScript(text.charAt(head.start()))) continue;
      // The nearest country name before the head, with only letters of the body's name between.
      LinkedMention country = null;
      for (LinkedMention l : mentions) {
        Span at = l.mention().fullSpan();
        if (at.end() > head.start() || head.start() - at.end() > BODY_GAP) continue;
        if (l.mention().type() != EntityType.GPE || !EntityIds.isCountry(l.entityId()) || l.mention().country() == null) continue;
        if (!"gazetteer".equals(l.mention().finder())) continue;
        if (country == null || at.start() > country.mention().fullSpan().start()) country = l;
      }
      if (country == null) continue;
      LinkedMention named = country;
      Span c = country.mention().fullSpan();
      String gap = text.substring(c.end(), head.start());
      if (!gap.chars().allMatch(ch -> Character.isLetter(ch) && Scripts.isUnspacedScript((char) ch))
          || gap.chars().anyMatch(ch -> w.bodyNameBreaks().indexOf(ch) >= 0)) {
        continue;
      }
      Span whole = new Span(c.start(), head.end());
      // The head runs on into a longer word ("部长", "局势", "部分"): no body's name ends there.
      if (head.end() < text.length() && w.bodyRunsOn().indexOf(text.charAt(head.end())) >= 0) continue;
      if (mentions.stream().anyMatch(l -> l != named && l.mention().fullSpan().overlaps(whole))) continue;
      out.remove(country);
      out.add(stateBody(story, text, whole, country.mention().country()));
      taken = whole.end();
    }
    out.sort(Comparator.comparing((LinkedMention l) -> l.mention().span()));
    return out;
  }

  /**
   * Whether {@code l} is a body of another state than {@code code} whose name starts the body's
   * {@code name} at its head and ends before the {@code country} named after it ("Bộ Y tế" in
   * "Bộ Y tế Lào").
   */
  private boolean ownBodyName(LinkedMention l, Span name, Span country, String code) {
    Span at = l.mention().fullSpan();
    if (l.mention().type() != EntityType.ORG || at.start() != name.start() || at.end() > country.start()) return false;
    String of = StateBodies.countryOf(gazetteer.kb(), l);
    return of != null && !of.equals(code);
  }

  /**
   * The head word with the name after it: capitalised words, and between them at most
   * {@link #BODY_LOWER} lower-case ones (the other syllables of a word, "và": "Chứng khoán và Giao
   * dịch"); {@code null} when no capitalised word follows the head.
   */
  private static @Nullable Span bodyName(String text, Span head, Set<String> ends) {
    int end = head.end();
    int lower = 0;
    int i = head.end();
    for (int k = 0; k < BODY_WORDS; k++) {
      int j = i;
      while (j < text.length() && text.charAt(j) == ' ') j++;
      int e = j;
      while (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-')) e++;
      if (e == j) break;
      // "Đại sứ quán Việt Nam tại Mỹ": the name ends before where the body is ({@code body_end}).
      if (ends.contains(text.substring(j, e))) break;
      if (Character.isUpperCase(text.charAt(j))) {
        end = e;
        lower = 0;
      } else if (end == head.end() || ++lower > BODY_LOWER) {
        break;
      }
      i = e;
    }
    return end == head.end() ? null : new Span(head.start(), end);
  }

  /** Han: qualifiers run straight into the noun ("小岛屿发展中国家"), a group word may follow ("领导人"). */
  private @Nullable Span qualifiedBefore(String text, Span noun, GroupWords w, List<LinkedMention> mentions) {
    int start = noun.start();
    boolean qualified = false;
    while (start > 0) {
      int before = start;
      // A word that only links a body before it to the noun ("欧佩克组织成员国") qualifies nothing alone.
      for (String link : w.manyStatesLinks()) {
        if (start - link.length() >= 0 && text.startsWith(link, start - link.length())) {
          int at = start - link.length();
          LinkedMention body = mentions.stream().filter(l -> l.mention().span().end() == at && qualifies(l)).findFirst().orElse(null);
          if (body != null) start = body.mention().span().start();
          break;
        }
      }
      if (start == before) {
        for (String q : w.manyStatesQualifiers()) {
          if (text.startsWith(q, start - q.length()) && start - q.length() >= 0) {
            start -= q.length();
            break;
          }
        }
      }
      if (start == before) {
        for (LinkedMention l : mentions) {
          if (l.mention().span().end() == start && qualifies(l)) {
            start = l.mention().span().start();
            break;
          }
        }
      }
      if (start == before) break;
      qualified = true;
    }
    if (!qualified) return null;
    int end = noun.end();
    for (PhraseTrie.Match<String> g : w.groups().findAll(text.substring(end, Math.min(text.length(), end + 6)))) {
      if (g.span().start() == 0) end = Math.max(end, noun.end() + g.span().end());
    }
    return new Span(start, end);
  }

  /** Spaced: the qualifier follows the noun ("các nước ASEAN", "các nước thành viên ASEAN"). */
  private @Nullable Span qualifiedAfter(String text, Span noun, GroupWords w, List<LinkedMention> mentions) {
    if (noun.start() > 0 && Character.isLetter(text.charAt(noun.start() - 1))) return null;
    int i = noun.end();
    while (i < text.length() && text.charAt(i) == ' ') i++;
    for (String q : w.manyStatesQualifiers()) {
      if (text.startsWith(q, i) && (i + q.length() == text.length() || !Character.isLetter(text.charAt(i + q.length())))) {
        return new Span(noun.start(), i + q.length());
      }
    }
    for (LinkedMention l : mentions) {
      if (l.mention().span().start() == i && qualifies(l)) return new Span(noun.start(), l.mention().span().end());
    }
    return null;
  }

  /** A region of no one country ("非洲", "châu Phi") or a body of states ("东盟", "ASEAN"). */
  private boolean qualifies(LinkedMention l) {
    var e = gazetteer.kb().get(l.entityId()).orElse(null);
    if (e == null) return false;
    return "region".equals(e.kind()) && e.country() == null || e.type() == EntityType.ORG && "international".equals(e.kind());
  }

  /** Whether a definite word (article, possessive) stands right before {@code phrase}. */
  private static boolean definiteBefore(String text, Span phrase, Span head, GroupWords w) {
    int j = Math.min(phrase.start(), head.start());
    while (j > 0 && text.charAt(j - 1) == ' ') j--;
    int b = j;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
    return b < j && w.definite().contains(text.substring(b, j).toLowerCase(Locale.ROOT));
  }

  /**
   * {@return the country whose name (not a demonym) stands at the start of {@code phrase} and runs
   * straight into its Han group noun ("美国" in "美国代表团"), its span relative to the phrase; or null}
   */
  private Gazetteer.@Nullable CountryCue countryRunningInto(String text, Span phrase, Span noun) {
    if (phrase.start() >= noun.start() || !Scripts.isUnspacedScript(text.charAt(noun.start()))) return null;
    String before = text.substring(phrase.start(), noun.start());
    for (var n : gazetteer.findNames(before)) {
      String id = n.values().get(0).entry().id();
      if (n.span().start() == 0 && n.span().end() == before.length() && EntityIds.isCountry(id)) {
        return new Gazetteer.CountryCue(n.span(), EntityIds.countryCode(id));
      }
    }
    return null;
  }

  /**
   * {@return the recogniser's mention of exactly the group's noun and nothing else ("Gobierno",
   * "Ejecutivo" as an organisation the knowledge base does not know), or null}
   */
  private static @Nullable LinkedMention bareNoun(Span noun, List<LinkedMention> mentions) {
    LinkedMention bare = null;
    for (LinkedMention l : mentions) {
      if (!l.mention().fullSpan().overlaps(noun)) continue;
      Mention m = l.mention();
      boolean same = m.span().equals(noun) && m.fullSpan().equals(noun) && m.type() == EntityType.ORG && m.kbId() == null
          && amity.ner.NerMentionFinder.NAME.equals(m.finder());
      if (!same || bare != null) return null;
      bare = l;
    }
    return bare;
  }

  private static boolean overlaps(Span s, List<LinkedMention> mentions) {
    for (LinkedMention l : mentions) if (l.mention().fullSpan().overlaps(s)) return true;
    return false;
  }

  /**
   * The group noun with the words that say whose it is: before it in English and Chinese
   * ("Chechen separatist leaders", "菲律宾政府"), after it in Spanish and Vietnamese ("el gobierno
   * colombiano", "quan chức Ai Cập").
   */
  private Span modifiers(String text, Span noun, GroupWords w, List<LinkedMention> mentions) {
    if (w.after()) {
      int end = noun.end();
      int i = noun.end();
      for (int k = 0; k < 3; k++) {
        int j = i;
        while (j < text.length() && text.charAt(j) == ' ') j++;
        int e = j;
        while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) e++;
        if (e == j) break;
        String word = text.substring(j, e);
        boolean cue = !gazetteer.countryCues(word).isEmpty() || !w.insurgents().findAll(word).isEmpty()
            || Character.isUpperCase(word.charAt(0)) && !overlaps(new Span(j, e), mentions);
        // "autoridades chilenas y estadounidenses": a second demonym after "y" is a party of its own.
        if (!cue && end > noun.end() && w.and().contains(word.toLowerCase(Locale.ROOT))) {
          int k2 = e;
          while (k2 < text.length() && text.charAt(k2) == ' ') k2++;
          int e2 = k2;
          while (e2 < text.length() && Character.isLetter(text.charAt(e2))) e2++;
          if (e2 > k2 && Character.isLowerCase(text.charAt(k2)) && !gazetteer.countryCues(text.substring(k2, e2)).isEmpty()) {
            end = e2;
            i = e2;
            continue;
          }
        }
        if (!cue) break;
        end = e;
        i = e;
      }
      return new Span(noun.start(), end);
    }
    if (noun.length() > 0 && Scripts.isUnspacedScript(text.charAt(noun.start()))) {
      // Han: the country or demonym runs straight into the noun (菲律宾政府).
      int start = noun.start();
      for (Gazetteer.CountryCue c : gazetteer.countryCues(text.substring(Math.max(0, noun.start() - 8), noun.start()))) {
        int at = Math.max(0, noun.start() - 8) + c.span().start();
        if (Math.max(0, noun.start() - 8) + c.span().end() == noun.start()) start = Math.min(start, at);
      }
      for (var n : gazetteer.findNames(text.substring(Math.max(0, noun.start() - 8), noun.start()))) {
        int from = Math.max(0, noun.start() - 8);
        if (from + n.span().end() == noun.start() && EntityIds.isCountry(n.values().get(0).entry().id())) {
          start = Math.min(start, from + n.span().start());
        }
      }
      return new Span(start, noun.end());
    }
    int start = noun.start();
    int i = noun.start();
    for (int k = 0; k < 4; k++) {
      int j = i;
      while (j > 0 && text.charAt(j - 1) == ' ') j--;
      int b = j;
      while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '-' || text.charAt(b - 1) == '.')) b--;
      if (b == j) break;
      String word = text.substring(b, j);
      if (w.stopBefore().contains(word.toLowerCase(Locale.ROOT))) break;
      if (w.and().contains(word.toLowerCase(Locale.ROOT)) && start < noun.start()) {
        i = b;
        continue;
      }
      boolean cue = !gazetteer.countryCues(word).isEmpty() || !w.insurgents().findAll(word).isEmpty()
          || Character.isUpperCase(word.charAt(0)) && !overlaps(new Span(b, j), mentions) && b > 0 && text.charAt(b - 1) == ' ';
      // Words of office go between the demonym and the noun: "Russian deputy foreign ministers".
      boolean office = w.modifiers().contains(Fold.fold(word));
      if (!cue && !office) break;
      if (cue) start = b;
      i = b;
    }
    return new Span(start, noun.end());
  }
}
