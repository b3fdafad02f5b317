package amity.cli;

import amity.decode.Windows1258;
import amity.lexicon.Resources;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Generates news pages for the cleaning benchmark: text and HTML articles and teaser lists in
 * en, vi, zh and es, with menus, breadcrumbs, date lines, captions, sign-offs and related lists
 * around paragraphs taken from the bundled sample corpus (and, when given, from a folder of real
 * articles such as {@code ../shared/data/text/vi-news}). Some Chinese pages are GB18030 and some
 * Vietnamese pages Windows-1258 with combining tones, as legacy sites serve them. Deterministic
 * for a seed; not thread-safe.
 */
final class PageGenerator {
  /** Page furniture per language: menu, related heading, sign-off, caption, date prefix, section. */
  private record Furniture(List<String> menu, String related, String signoff, String caption, String dated, String section) {}

  private static final Map<String, Furniture> FURNITURE =
      Map.of(
          "en", new Furniture(List.of("Home", "Politics", "World", "Business", "Opinion", "Video"), "See also", "VNA/VNS",
              "The two leaders at the talks. Photo: VNA", "Published: ", "Latest news"),
          "vi", new Furniture(List.of("Trang chủ", "Chính trị", "Thế giới", "Kinh tế", "Xã hội", "Thể thao"), "Tin liên quan",
              "Theo TTXVN", "Hai nhà lãnh đạo tại buổi hội đàm. Ảnh: TTXVN", "Cập nhật: ", "Tin mới"),
          "zh", new Furniture(List.of("首页", "时政", "国际", "财经", "文化", "视频"), "相关新闻", "(完)",
              "两国领导人举行会谈。图自越通社", "发布时间：", "最新新闻"),
          "es", new Furniture(List.of("Portada", "Cuba", "Mundo", "Economía", "Cultura", "Deportes"), "Noticias relacionadas",
              "EFE", "Los dos dirigentes durante el encuentro. Foto: EFE", "Publicado: ", "Más noticias"));

  /** The languages of the pages: the bundled full packs this generator has furniture for, in their order. */
  private static final List<String> LANGS =
      amity.lang.LanguagePacks.bundled().tags(amity.lang.LanguagePack.Level.FULL).stream().filter(FURNITURE::containsKey).toList();

  private final Random random;
  private final Map<String, List<String>> paragraphs = new LinkedHashMap<>();
  private final Map<String, List<String>> headlines = new LinkedHashMap<>();
  private int count;

  PageGenerator(long seed, @Nullable Path extraVietnamese) throws IOException {
    this.random = new Random(seed);
    for (String l : LANGS) {
      paragraphs.put(l, new ArrayList<>());
      headlines.put(l, new ArrayList<>());
    }
    for (String f : Resources.lines(DemoCommand.SAMPLE + "sample.list").orElseThrow(() -> new IOException("sample corpus missing"))) {
      String lang = f.strip().substring(3, 5);
      try (InputStream in = PageGenerator.class.getClassLoader().getResourceAsStream(DemoCommand.SAMPLE + f.strip())) {
        if (in == null || !paragraphs.containsKey(lang)) continue;
        add(lang, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
      }
    }
    if (extraVietnamese != null) {
      try (Stream<Path> files = Files.list(extraVietnamese)) {
        for (Path p : files.sorted().toList()) {
          add("vi", Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList());
        }
      }
    }
  }

  private void add(String lang, List<String> lines) {
    boolean first = true;
    for (String line : lines) {
      String t = line.strip();
      if (t.isEmpty()) continue;
      if (first) {
        // A list page's first line is a section label ("更多"), not a headline, and some
        // articles of a corpus open with their lede rather than their title.
        if (t.length() >= 12 && t.length() <= 150 && !t.matches("(?s).*[.。]$")) headlines.get(lang).add(t);
        first = false;
      } else if (t.length() > 60 && t.matches("(?s).*[.。!?!？」”\"]$")) {
        paragraphs.get(lang).add(t);
      }
    }
  }

  /** {@return the next page} */
  RawDocument next() {
    String lang = LANGS.get(count % LANGS.size());
    int n = count++;
    used.clear();
    boolean html = random.nextBoolean();
    boolean list = random.nextInt(5) == 0;
    String name = "gen-" + n + "-" + lang + (html ? ".html" : ".txt");
    if (!html) {
      String text = list ? textList(lang) : textArticle(lang);
      return new RawDocument(name, text.getBytes(StandardCharsets.UTF_8), SourceMeta.text());
    }
    Charset cs = StandardCharsets.UTF_8;
    boolean legacyVi = false;
    if (lang.equals("zh") && random.nextInt(4) == 0) cs = Charset.forName("GB18030");
    if (lang.equals("vi") && random.nextInt(8) == 0) {
      cs = Charset.forName("windows-1258");
      legacyVi = true;
    }
    String page = list ? htmlList(lang, cs) : htmlArticle(lang, cs);
    byte[] bytes = legacyVi ? Windows1258.encode(page) : page.getBytes(cs);
    return new RawDocument(name, bytes, SourceMeta.html());
  }

  /** What this page already shows: a page does not repeat a headline or a paragraph. */
  private final java.util.Set<String> used = new java.util.HashSet<>();

  private String pick(List<String> l) {
    for (int tries = 0; tries < 20; tries++) {
      String s = l.get(random.nextInt(l.size()));
      if (used.add(s)) return s;
    }
    return l.get(random.nextInt(l.size()));
  }

  private String date() {
    return String.format("%02d/%02d/20%02d", 1 + random.nextInt(28), 1 + random.nextInt(12), 18 + random.nextInt(8));
  }

  private String textArticle(String lang) {
    Furniture f = FURNITURE.get(lang);
    StringBuilder b = new StringBuilder();
    b.append(String.join(" | ", f.menu())).append('\n');
    b.append(pick(headlines.get(lang))).append('\n');
    b.append(f.dated()).append(date()).append(" 08:").append(10 + random.nextInt(50)).append("\n\n");
    if (random.nextBoolean()) b.append(f.caption()).append("\n\n");
    int paras = 3 + random.nextInt(6);
    for (int i = 0; i < paras; i++) b.append(pick(paragraphs.get(lang))).append("\n\n");
    b.append(f.signoff()).append("\n\n").append(f.related()).append('\n');
    int rel = 3 + random.nextInt(8);
    for (int i = 0; i < rel; i++) {
      b.append('\n').append(pick(headlines.get(lang))).append('\n').append("09:").append(10 + random.nextInt(50)).append(" | ")
          .append(date()).append('\n');
    }
    return b.toString();
  }

  private String textList(String lang) {
    Furniture f = FURNITURE.get(lang);
    StringBuilder b = new StringBuilder(f.section()).append("\n\n");
    int teasers = 4 + random.nextInt(7);
    for (int i = 0; i < teasers; i++) {
      b.append(pick(headlines.get(lang))).append('\n').append(pick(paragraphs.get(lang))).append('\n').append(date()).append("\n\n");
    }
    return b.toString();
  }

  private String htmlArticle(String lang, Charset cs) {
    Furniture f = FURNITURE.get(lang);
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"").append(cs.name()).append("\"><title>")
        .append(escape(pick(headlines.get(lang)))).append("</title><script>var x = 1;</script></head><body>\n<nav><ul>");
    for (String m : f.menu()) b.append("<li><a href=\"#\">").append(m).append("</a></li>");
    b.append("</ul></nav>\n<div class=\"breadcrumb\"><a>").append(f.menu().get(0)).append("</a> &gt; <a>").append(f.menu().get(2))
        .append("</a></div>\n<main><article class=\"detail\"><h1>").append(escape(pick(headlines.get(lang)))).append("</h1>\n")
        .append("<div class=\"date\">").append(date()).append(" 10:30</div>\n")
        .append("<figure><img src=\"a.jpg\"><figcaption>").append(escape(f.caption())).append("</figcaption></figure>\n");
    int paras = 3 + random.nextInt(6);
    for (int i = 0; i < paras; i++) b.append("<p>").append(escape(pick(paragraphs.get(lang)))).append("</p>\n");
    b.append("<div class=\"share\"><a>Facebook</a> <a>Twitter</a> <a>Email</a></div></article>\n<aside class=\"related\"><h3>")
        .append(f.related()).append("</h3><ul>");
    int rel = 3 + random.nextInt(6);
    for (int i = 0; i < rel; i++) {
      b.append("<li><a href=\"#\">").append(escape(pick(headlines.get(lang)))).append("</a> <span class=\"time\">").append(date())
          .append("</span></li>");
    }
    return b.append("</ul></aside></main>\n<footer><p>© 2025 News. All rights reserved.</p></footer></body></html>\n").toString();
  }

  private String htmlList(String lang, Charset cs) {
    Furniture f = FURNITURE.get(lang);
    StringBuilder b = new StringBuilder("<html><head><meta charset=\"").append(cs.name()).append("\"></head><body><nav>");
    for (String m : f.menu()) b.append("<a href=\"#\">").append(m).append("</a> ");
    b.append("</nav><h2>").append(f.section()).append("</h2><div class=\"list\">\n");
    int teasers = 4 + random.nextInt(7);
    for (int i = 0; i < teasers; i++) {
      b.append("<div class=\"item\"><h3><a href=\"#\">").append(escape(pick(headlines.get(lang)))).append("</a></h3><span class=\"time\">")
          .append(date()).append("</span><p>").append(escape(pick(paragraphs.get(lang)))).append("</p></div>\n");
    }
    return b.append("</div><footer>© 2025</footer></body></html>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
