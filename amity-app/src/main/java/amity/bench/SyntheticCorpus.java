package amity.bench;

import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.model.Actor;
import amity.model.Alignment;
import amity.model.AnalyzedStory;
import amity.model.DateBasis;
import amity.model.DateRange;
import amity.model.DateValue;
import amity.model.Document;
import amity.model.DocumentAnalysis;
import amity.model.EntityType;
import amity.model.Event;
import amity.model.Evidence;
import amity.model.LineKind;
import amity.model.LinkedMention;
import amity.model.Mention;
import amity.model.Mode;
import amity.model.Page;
import amity.model.PageLine;
import amity.model.PublicationDate;
import amity.model.Role;
import amity.model.Sentence;
import amity.model.SourceMeta;
import amity.model.Span;
import amity.model.Status;
import amity.model.Story;
import amity.model.StoryAnalysis;
import amity.model.StoryKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Analysed one-story documents made up from a seed: officials of real countries (names in Latin
 * and Chinese script) meeting, visiting, calling and signing, dated 2005–2025, in English,
 * Vietnamese, Chinese and Spanish, with fields of cooperation named in each language's words, and
 * a share of stories re-reporting an earlier event in another language (so merging has work).
 * Countries are drawn with a skewed distribution, as real coverage is. Deterministic for a seed.
 * Not thread-safe.
 */
public final class SyntheticCorpus {
  private static final String[][] FORMS = {
    {"CONSULT", "meeting", "040", "in_person"}, {"CONSULT", "talks", "046", "in_person"},
    {"CONSULT", "state_visit", "042", "in_person"}, {"CONSULT", "official_visit", "042", "in_person"},
    {"CONSULT", "phone_call", "040", "phone"}, {"CONSULT", "reception", "043", "in_person"},
    {"AGREE", "agreement_signing", "057", "in_person"}, {"AID", "aid", "070", "in_person"},
    {"COOPERATE", "joint_committee", "046", "in_person"}, {"SUPPORT", "support", "051", "written"}};
  private static final Map<String, String> VERB = Map.of("en", "met", "vi", "đã hội kiến", "zh", "会见了", "es", "se reunió con");
  private static final Map<String, String> ABOUT = Map.of("en", "to discuss cooperation in", "vi", "để thảo luận hợp tác về",
      "zh", "讨论在以下领域的合作：", "es", "para tratar la cooperación en");
  /** The languages of the stories: the bundled full packs this generator has words for, in their order. */
  private static final String[] LANGS = amity.lang.LanguagePacks.bundled().tags(amity.lang.LanguagePack.Level.FULL).stream()
      .filter(l -> VERB.containsKey(l) && ABOUT.containsKey(l)).toArray(String[]::new);
  private static final String[] LATIN = {"An", "Binh", "Chau", "Dung", "Giang", "Hai", "Hoa", "Khanh", "Lan", "Long", "Minh", "Nam",
    "Phong", "Quang", "Son", "Thanh", "Tuan", "Viet", "Maria", "Carlos", "Jose", "Elena", "Pedro", "Luis", "Ana", "Raul", "Ivan",
    "Olga", "Amir", "Sara", "John", "Paul", "Kim", "Lee", "Chen", "Wang", "Garcia", "Lopez", "Perez", "Santos"};
  private static final String[] HAN = {"安", "平", "周", "勇", "江", "海", "华", "庆", "兰", "龙", "明", "南", "峰", "光", "山", "清", "俊",
    "越", "玛", "卡", "何", "艾", "佩", "路", "娜", "劳", "伊", "奥", "阿", "萨", "约", "保", "金", "李", "陈", "王", "加", "洛", "佩", "桑"};

  /** A made-up official: id, country, names in Latin and Han script. */
  private record Person(String id, String country, String latin, String han) {}

  private final Random random;
  private final amity.event.Topics topics;
  private final List<KbEntry> countries = new ArrayList<>();
  private final List<Person> people = new ArrayList<>();
  private final Map<String, List<String[]>> fieldWords = new TreeMap<>();
  private final List<Event> told = new ArrayList<>();
  private int n;

  public SyntheticCorpus(KnowledgeBase kb, long seed, int persons) {
    this.random = new Random(seed);
    for (KbEntry e : kb.entries()) if ("country".equals(e.kind()) && e.country() != null) countries.add(e);
    countries.sort(java.util.Comparator.comparing(KbEntry::id));
    java.util.Collections.shuffle(countries, random);
    amity.lang.LanguagePacks packs = amity.lang.LanguagePacks.bundled();
    this.topics = new amity.event.Topics(packs);
    for (String l : LANGS) {
      fieldWords.put(l, new ArrayList<>(packs.get(l).orElseThrow().rows(amity.lang.PackFile.FIELDS)));
    }
    for (int i = 0; i < persons; i++) {
      KbEntry c = country();
      String latin = LATIN[random.nextInt(LATIN.length)] + " " + LATIN[random.nextInt(LATIN.length)] + " " + LATIN[random.nextInt(LATIN.length)] + " " + (i % 97);
      String han = HAN[random.nextInt(HAN.length)] + HAN[random.nextInt(HAN.length)] + HAN[random.nextInt(HAN.length)] + HAN[random.nextInt(HAN.length)] + i;
      people.add(new Person("person:bench/" + i, c.country(), latin, han));
    }
  }

  /** Skewed: a few countries appear in most stories. */
  private KbEntry country() {
    double u = random.nextDouble();
    int i = (int) Math.floor(Math.pow(u, 3) * countries.size());
    return countries.get(Math.min(i, countries.size() - 1));
  }

  private Person person() {
    double u = random.nextDouble();
    return people.get((int) Math.floor(Math.pow(u, 2) * people.size()));
  }

  /** {@return the next document, one story} */
  public DocumentAnalysis next() {
    int k = n++;
    String lang = LANGS[random.nextInt(LANGS.length)];
    Event repeat = !told.isEmpty() && random.nextDouble() < 0.25 ? told.get(random.nextInt(told.size())) : null;
    Person a;
    Person b;
    String[] form;
    DateValue date;
    if (repeat != null) {
      a = people.get(Integer.parseInt(repeat.actors().get(0).entity().substring("person:bench/".length())));
      b = people.get(Integer.parseInt(repeat.actors().get(1).entity().substring("person:bench/".length())));
      form = new String[] {repeat.type(), repeat.form(), repeat.cameo(), repeat.mode().wire()};
      date = repeat.date().start();
    } else {
      a = person();
      b = person();
      while (b == a) b = person();
      form = FORMS[random.nextInt(FORMS.length)];
      int y = 2005 + random.nextInt(21);
      int m = 1 + random.nextInt(12);
      date = random.nextDouble() < 0.9 ? new DateValue(y, m, 1 + random.nextInt(28)) : DateValue.ofMonth(y, m);
    }
    KbEntry ca = countryOf(a.country());
    KbEntry cb = countryOf(b.country());
    List<String[]> fw = fieldWords.get(lang);
    String[] f1 = fw.get(random.nextInt(fw.size()));
    String[] f2 = fw.get(random.nextInt(fw.size()));
    String nameA = lang.equals("zh") ? a.han() : a.latin();
    String nameB = lang.equals("zh") ? b.han() : b.latin();
    String countryA = ca.namesIn(lang).get(0);
    String countryB = cb.namesIn(lang).get(0);
    String sep = lang.equals("zh") ? "，" : ", ";
    String end = lang.equals("zh") ? "。" : ".";

    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>(); // start, end, which (0 a, 1 b, 2 ca, 3 cb)
    String title = countryA + " – " + countryB + " " + f1[0];
    text.append(title).append("\n\n");
    int bodyStart = text.length();
    append(text, spans, nameA, 0);
    text.append(" (");
    spans.add(new int[] {text.length(), text.length() + countryA.length(), 2});
    text.append(countryA).append(") ").append(VERB.get(lang)).append(' ');
    append(text, spans, nameB, 1);
    text.append(" (");
    spans.add(new int[] {text.length(), text.length() + countryB.length(), 3});
    text.append(countryB).append(")").append(sep).append(date.iso()).append(sep).append(ABOUT.get(lang)).append(' ')
        .append(f1[0]).append(lang.equals("zh") ? "、" : ", ").append(f2[0]).append(end);
    int sentenceEnd = text.length();
    text.append("\n").append("#").append(k);
    String docText = text.toString();
    String docId = hash(docText);
    String file = "bench/" + lang + "/" + k + ".txt";
    Document doc = new Document(docId, file, docText, "UTF-8", SourceMeta.text());
    String body = docText.substring(bodyStart, sentenceEnd);
    Alignment align = new Alignment(List.of(new Alignment.Segment(0, bodyStart, body.length())));
    PublicationDate pub = new PublicationDate(date, DateBasis.TEXT, 0.8);
    String storyId = docId + "-0";
    Story story = new Story(storyId, docId, 0, StoryKind.MAIN, title, new Span(0, title.length()), null, body, align, pub);
    List<LinkedMention> mentions = new ArrayList<>();
    String[] ids = {a.id(), b.id(), ca.id(), cb.id()};
    String[] names = {a.latin(), b.latin(), ca.name(), cb.name()};
    String[] cc = {a.country(), b.country(), ca.country(), cb.country()};
    for (int[] s : spans) {
      int which = s[2];
      Span span = new Span(s[0] - bodyStart, s[1] - bodyStart);
      EntityType type = which < 2 ? EntityType.PERSON : EntityType.GPE;
      Mention m = new Mention(span, docText.substring(s[0], s[1]), type, which < 2 ? "title" : "gazetteer",
          which < 2 ? null : ids[which], which < 2 ? List.of("minister") : List.of(), cc[which], null);
      mentions.add(new LinkedMention(m, ids[which], names[which]));
    }
    Evidence ev = new Evidence(docId, storyId, file, lang, body, new Span(bodyStart, sentenceEnd));
    List<String> fields = new ArrayList<>();
    if (!fields.contains(f1[1])) fields.add(f1[1]);
    if (!fields.contains(f2[1])) fields.add(f2[1]);
    Event e = new Event("ev-" + docId + "-0", form[0], form[1], form[2], Mode.of(form[3]), Status.REPORTED, DateRange.of(date),
        List.of(new Actor(a.id(), a.latin(), Role.SOURCE), new Actor(b.id(), b.latin(), Role.TARGET)),
        List.of(a.country(), b.country()).stream().distinct().toList(), null, fields, List.of(), List.of(ev), 0.8);
    if (repeat == null && told.size() < 20_000) told.add(e);
    AnalyzedStory as = new AnalyzedStory(story, lang, List.of(new Sentence(new Span(0, body.length()), body, List.of())));
    List<PageLine> lines = List.of(new PageLine(new Span(0, title.length()), LineKind.HEADLINE, "first line"),
        new PageLine(new Span(bodyStart, sentenceEnd), LineKind.BODY, "text"),
        new PageLine(new Span(sentenceEnd + 1, docText.length()), LineKind.SIGNOFF, "reference"));
    Page page = new Page(doc, lines, List.of(story), List.of(), pub);
    // The fields of the story's text are what the pipeline's field stage would name in it.
    return new DocumentAnalysis(page, List.of(new StoryAnalysis(as, mentions, List.of(e), topics.fields(story, lang))));
  }

  private static void append(StringBuilder text, List<int[]> spans, String name, int which) {
    spans.add(new int[] {text.length(), text.length() + name.length(), which});
    text.append(name);
  }

  private KbEntry countryOf(String iso2) {
    for (KbEntry c : countries) if (iso2.equals(c.country())) return c;
    throw new IllegalStateException("no country " + iso2);
  }

  /** {@return a frequent country pair's names, for timeline queries} */
  public String[] countryPair() {
    KbEntry a = country();
    KbEntry b = country();
    while (b == a) b = country();
    return new String[] {a.name(), b.namesIn(LANGS[random.nextInt(LANGS.length)]).get(0)};
  }

  /** {@return a search query: a field word, a person's or country's name, in any language} */
  public String query() {
    String lang = LANGS[random.nextInt(LANGS.length)];
    return switch (random.nextInt(3)) {
      case 0 -> {
        List<String[]> fw = fieldWords.get(lang);
        yield fw.get(random.nextInt(fw.size()))[0];
      }
      case 1 -> {
        Person p = person();
        yield lang.equals("zh") ? p.han() : p.latin();
      }
      default -> country().namesIn(lang).get(0);
    };
  }

  /**
   * {@return the id of a person some stored story names, for network and profile queries} Drawn
   * from the events told so far, so that a rare person no story named yet is not asked for (the
   * server rightly answers 400 to a name it does not know, which the bench would count as an error).
   */
  public String personId() {
    if (told.isEmpty()) return person().id();
    Event e = told.get(random.nextInt(told.size()));
    return e.actors().get(random.nextInt(e.actors().size())).entity();
  }

  public Random random() {
    return random;
  }

  private static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
