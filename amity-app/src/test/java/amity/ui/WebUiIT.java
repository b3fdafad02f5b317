package amity.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import amity.http.ApiServer;
import amity.http.CsvRows;
import amity.http.SampleStore;
import amity.model.Event;
import amity.model.Evidence;
import amity.store.Store;
import amity.store.StoryRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real browser: the system's Chromium, headless, driven through its chromedriver,
 * against the real server started in this JVM over a store of the bundled sample corpus. Each page
 * is saved as a screenshot to {@code target/screenshots/}. Skipped, saying so, when no Chromium or
 * chromedriver is found ({@code .ci/run} installs Debian's {@code chromium} and {@code chromium-driver};
 * {@code $AMITY_CHROMIUM} and {@code $AMITY_CHROMEDRIVER} point elsewhere).
 */
@ExtendWith(WebUiIT.KeepFailures.class)
class WebUiIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir static Path dir;
  static Store store;
  static ApiServer server;
  static ChromeDriverService service;
  static ChromeDriver driver;
  static Path shots;
  static Path downloads;

  @BeforeAll
  static void start() throws Exception {
    Path chromium = find("AMITY_CHROMIUM", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    Path chromedriver = find("AMITY_CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    assumeTrue(chromium != null && chromedriver != null,
        "browser tests skipped: no Chromium and chromedriver found (looked for /usr/bin/chromium and /usr/bin/chromedriver,"
            + " or $AMITY_CHROMIUM and $AMITY_CHROMEDRIVER); apt-get install chromium chromium-driver");
    shots = Path.of(System.getProperty("basedir", ".")).resolve("target/screenshots");
    Files.createDirectories(shots);
    store = SampleStore.open(dir.resolve("store"));
    server = ApiServer.start(store, SampleStore.kb(), new ApiServer.Options("127.0.0.1", 0, null));
    service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
    ChromeOptions o = new ChromeOptions();
    o.setBinary(chromium.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--disable-default-apps", "--window-size=1366,768", "--lang=en-US", "--user-data-dir=" + dir.resolve("chromium-profile"));
    // Exports land in a folder of this test's, without asking.
    downloads = Files.createDirectories(dir.resolve("downloads"));
    o.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false,
        "download.directory_upgrade", true, "safebrowsing.enabled", false));
    driver = new ChromeDriver(service, o);
    driver.manage().timeouts().scriptTimeout(WAIT);
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) driver.quit();
    if (service != null) service.stop();
    if (server != null) server.close();
    if (store != null) store.close();
  }

  /** The page raised no script error and fetched nothing from anywhere but this server. */
  @AfterEach
  void noErrorsAndNothingFromOutside() {
    if (driver == null) return;
    assertThat(js("return window.amityErrors || []")).as("script errors").isEqualTo(List.of());
    @SuppressWarnings("unchecked")
    List<String> fetched = (List<String>) js(
        "return performance.getEntriesByType('resource').map(e => e.name).filter(u => !u.startsWith('data:'))");
    assertThat(fetched).allSatisfy(u -> assertThat(u).startsWith(server.url() + "/"));
  }

  @Test
  void fromTheTimelineToAnEventItsSourcesTheirPagesAndAnEntity() throws Exception {
    // Home
    open("/");
    waitForPage("home");
    assertThat(driver.getTitle()).isEqualTo("amity");
    assertThat(text(By.cssSelector("main"))).contains("In this store", "Vietnamese (vi)", "Chinese (zh)");
    screenshot("01-home");

    // The Việt Nam – Cuba timeline: chart and rows
    // The home page pairs the most named country with the others; Việt Nam and Cuba lead the sample, either first.
    click(By.cssSelector("a[data-pair='VN-CU'], a[data-pair='CU-VN']"));
    waitForPage("timeline");
    assertThat(text(By.cssSelector("h1"))).contains("Vietnam").contains("Cuba");
    WebElement chart = driver.findElement(By.cssSelector("#month-chart svg"));
    assertThat(chart.findElements(By.cssSelector("path")).size()).as("bars and axes drawn").isGreaterThan(10);
    assertThat(js("return document.querySelector('#month-chart svg').textContent")).asString().contains("2025-04", "CONSULT");
    List<WebElement> rows = driver.findElements(By.cssSelector("table.events tbody tr"));
    assertThat(rows).hasSizeGreaterThanOrEqualTo(15);
    // Names are in the browser's language (en-US here): the knowledge base's English names.
    assertThat(text(By.cssSelector("table.events"))).contains("state visit", "phone call", "Luong Cuong", "Miguel Díaz-Canel Bermúdez");
    assertThat(driver.findElements(By.cssSelector("table.events [data-langs~='zh'][data-langs~='vi'][data-langs~='en']"))).isNotEmpty();
    new Select(driver.findElement(By.id("month-filter"))).selectByValue("2025-04");
    List<WebElement> april = rows.stream().filter(WebElement::isDisplayed).toList();
    assertThat(april).hasSizeBetween(2, rows.size() - 1).allSatisfy(r -> assertThat(r.getAttribute("data-month")).isEqualTo("2025-04"));
    screenshot("02-timeline");

    // The state visit: sources in three languages, each sentence marked in its page's text
    WebElement stateVisit = april.stream()
        .filter(r -> r.findElement(By.cssSelector("a.form-name")).getText().equals("state visit")).findFirst().orElseThrow();
    click(stateVisit.findElement(By.cssSelector("a.form-name")));
    waitForPage("event");
    assertThat(text(By.cssSelector("h1"))).contains("state visit").contains("2025-04-14");
    List<WebElement> sources = driver.findElements(By.cssSelector("article.source"));
    Set<String> langs = new TreeSet<>();
    for (WebElement s : sources) {
      langs.add(s.getAttribute("data-source-lang"));
      WebElement quote = s.findElement(By.cssSelector("blockquote.context"));
      assertThat(quote.getAttribute("lang")).isEqualTo(s.getAttribute("data-source-lang"));
      List<WebElement> marked = quote.findElements(By.cssSelector("mark.sentence.focus"));
      assertThat(marked).as("the sentence is marked").isNotEmpty();
      assertThat(marked.get(0).getText()).isNotBlank();
      // The sentence is a part of the paragraph shown, not all of it, at least where the paragraph holds more.
      assertThat(quote.getText()).contains(marked.get(0).getText());
    }
    assertThat(langs).contains("en", "vi", "zh");
    WebElement zh = driver.findElement(By.cssSelector("article.source[data-source-lang='zh'] mark.sentence.focus"));
    assertThat(zh.getText()).containsPattern("\\p{IsHan}");
    assertThat(text(By.cssSelector("article.source[data-source-lang='vi'] blockquote"))).contains("Lương Cường");
    screenshot("03-event");

    // The Vietnamese source in its page: mentions linked, event sentences marked, boilerplate folded
    click(By.cssSelector("article.source[data-source-lang='vi'] a[data-doc-link]"));
    waitForPage("doc");
    WebElement focus = driver.findElement(By.cssSelector(".doc-text mark.sentence.focus"));
    assertThat(focus.getText()).contains("Lương Cường");
    assertThat(driver.switchTo().activeElement()).as("the sentence came for has the focus, not %s",
        js("return document.activeElement.outerHTML.slice(0, 300)")).isEqualTo(focus);
    assertThat(driver.findElements(By.cssSelector(".doc-text a.mention")).size()).isGreaterThanOrEqualTo(5);
    assertThat(driver.findElements(By.cssSelector(".doc-text a.mention.PERSON")).stream().map(WebElement::getText))
        .contains("Lương Cường");
    // The story's own lines are shown, the dateline's paragraph too; nothing of it is folded as another story's.
    List<String> shown = driver.findElements(By.cssSelector(".doc-text > p.line.BODY")).stream().map(WebElement::getText).toList();
    assertThat(shown).anySatisfy(l -> assertThat(l).startsWith("La Habana (TTXVN) - Chiều 15/4"));
    assertThat(driver.findElements(By.cssSelector(".doc-text details.removed.other"))).as("folded as another story's").isEmpty();
    List<WebElement> folds = driver.findElements(By.cssSelector(".doc-text details.removed"));
    assertThat(folds).isNotEmpty().allSatisfy(f -> assertThat(f.getAttribute("open")).isNull());
    WebElement fold = folds.get(folds.size() - 1);
    assertThat(fold.getAttribute("data-kinds")).containsAnyOf("RELATED", "SIGNOFF", "CAPTION", "NAVIGATION");
    WebElement hidden = fold.findElement(By.cssSelector(".line"));
    assertThat(hidden.isDisplayed()).as("removed lines are folded").isFalse();
    WebElement summary = fold.findElement(By.tagName("summary"));
    summary.sendKeys(Keys.ENTER);
    assertThat(fold.getAttribute("open")).isNotNull();
    assertThat(hidden.isDisplayed()).isTrue();
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    screenshot("04-document");
    summary.sendKeys(Keys.ESCAPE);
    assertThat(fold.getAttribute("open")).isNull();

    // Escape elsewhere goes back to the event
    int before = renderCount();
    js("document.activeElement.blur()");
    new Actions(driver).sendKeys(Keys.ESCAPE).perform();
    waitForRender(before, "event");

    // An actor's profile: names in several scripts, roles with dates, contacts, events. The state
    // visit's actor is its visitor (../shared/EVENTS-GUIDE.md: the host is no actor of a visit).
    click(By.cssSelector("a[data-actor='person:vn/luong-cuong']"));
    waitForPage("entity");
    assertThat(text(By.cssSelector("h1"))).isEqualTo("Luong Cuong");
    assertThat(driver.findElements(By.cssSelector("[data-names-lang='zh'] .name[lang='zh'][data-script~='Han']")).stream()
        .map(WebElement::getText)).contains("梁强");
    assertThat(driver.findElements(By.cssSelector("[data-names-lang] .name[data-script~='Latin']"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("[data-names-lang]")).size()).isGreaterThanOrEqualTo(3);
    assertThat(text(By.cssSelector("table.roles"))).contains("president", "2024-10-21");
    assertThat(driver.findElements(By.cssSelector("#network-chart svg"))).isNotEmpty();
    assertThat(text(By.cssSelector("table.contacts"))).contains("Miguel Díaz-Canel Bermúdez");
    assertThat(driver.findElements(By.cssSelector("table.events tbody tr")).size()).isGreaterThanOrEqualTo(5);
    screenshot("05-entity");
  }

  @Test
  void searchNarrowsByFacetsAndTheKeyboardGetsThere() throws Exception {
    open("/");
    waitForPage("home");
    // "/" focuses the search box; Enter searches.
    js("document.activeElement.blur()");
    new Actions(driver).sendKeys("/").perform();
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("quick-q");
    int before = renderCount();
    driver.switchTo().activeElement().sendKeys("Cuba", Keys.ENTER);
    waitForRender(before, "search");
    int all = hits();
    assertThat(all).isGreaterThan(10);
    Set<String> langs = new TreeSet<>();
    driver.findElements(By.cssSelector("li.hit")).forEach(h -> langs.add(h.getAttribute("data-lang")));
    assertThat(langs).contains("en", "vi", "zh", "es");

    // Language facet: Spanish only
    WebElement es = driver.findElement(By.cssSelector("[data-facet='lang'] button[data-value='es']"));
    int esCount = Integer.parseInt(es.findElement(By.cssSelector(".n")).getText());
    before = renderCount();
    click(es);
    waitForRender(before, "search");
    assertThat(hits()).isEqualTo(esCount).isLessThan(all);
    assertThat(driver.findElements(By.cssSelector("li.hit"))).allSatisfy(h -> assertThat(h.getAttribute("data-lang")).isEqualTo("es"));
    assertThat(driver.findElement(By.cssSelector("[data-facet='lang'] button[data-value='es']")).getAttribute("aria-pressed")).isEqualTo("true");
    assertThat(driver.findElements(By.cssSelector("li.hit a.title[lang='es']"))).isNotEmpty();

    // Field facet on top: food security
    WebElement food = driver.findElement(By.cssSelector("[data-facet='field'] button[data-value='food_security']"));
    int foodCount = Integer.parseInt(food.findElement(By.cssSelector(".n")).getText());
    before = renderCount();
    click(food);
    waitForRender(before, "search");
    assertThat(hits()).isEqualTo(foodCount).isLessThanOrEqualTo(esCount);
    assertThat(text(By.cssSelector(".active-filters"))).contains("Language: Spanish (es)", "Field: food security");
    screenshot("06-search");

    // Removing a filter widens again; a year facet sets from and to.
    before = renderCount();
    click(By.cssSelector(".active-filters button[data-remove='lang']"));
    waitForRender(before, "search");
    assertThat(hits()).isGreaterThanOrEqualTo(foodCount);
    before = renderCount();
    click(By.cssSelector("[data-facet='year'] button[data-value='2025']"));
    waitForRender(before, "search");
    assertThat(driver.getCurrentUrl()).contains("from=2025").contains("to=2025");

    // A Vietnamese topic finds stories in other languages; the query is read as typed.
    before = renderCount();
    open("/#/search?q=" + java.net.URLEncoder.encode("vắc xin", java.nio.charset.StandardCharsets.UTF_8));
    waitForRender(before, "search");
    assertThat(driver.findElement(By.id("search-q")).getAttribute("value")).isEqualTo("vắc xin");
    assertThat(driver.findElements(By.cssSelector("li.hit")).stream().map(h -> h.getAttribute("data-lang"))).contains("en");
  }

  @Test
  void theKeyboardAloneOpensATimelineWithFocusAlwaysVisible() throws Exception {
    // A fresh document: in one already used, Chromium starts tabbing from where the last click was.
    driver.get("about:blank");
    open("/#/timeline");
    waitForPage("timeline");
    // Tab from the top: the skip link first, then every stop shows where the focus is.
    js("document.activeElement.blur(); window.scrollTo(0, 0)");
    new Actions(driver).sendKeys(Keys.TAB).perform();
    assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Skip to content");
    Set<String> visited = new TreeSet<>();
    for (int i = 0; i < 20; i++) {
      WebElement at = driver.switchTo().activeElement();
      if (at.getTagName().equals("body")) break; // past the last stop
      visited.add(at.getTagName() + ":" + (at.getAttribute("id") != null && !at.getAttribute("id").isEmpty() ? at.getAttribute("id") : at.getText()));
      assertThat(at.getCssValue("outline-style")).as("focus shown on %s", at.getAttribute("outerHTML")).isNotEqualTo("none");
      assertThat(at.getCssValue("outline-width")).as("focus shown on %s", at.getAttribute("outerHTML")).isNotEqualTo("0px");
      new Actions(driver).sendKeys(Keys.TAB).perform();
    }
    assertThat(visited).contains("a:Timeline", "a:Search", "input:quick-q", "button:Open timeline").hasSizeGreaterThanOrEqualTo(10);
    // Names in other scripts, typed, then Enter: the Việt Nam – Cuba timeline.
    WebElement a = driver.findElement(By.cssSelector("[data-pair-input='a']"));
    a.sendKeys("Việt Nam");
    WebElement b = driver.findElement(By.cssSelector("[data-pair-input='b']"));
    int before = renderCount();
    b.sendKeys("古巴", Keys.ENTER);
    waitForRender(before, "timeline");
    assertThat(text(By.cssSelector("h1"))).isEqualTo("Vietnam – Cuba");
    assertThat(driver.getCurrentUrl()).contains("#/timeline?a=");
    assertThat(driver.findElements(By.cssSelector("table.events tbody tr")).size()).isGreaterThanOrEqualTo(15);
    // The month list filters the table from the keyboard too.
    WebElement month = driver.findElement(By.id("month-filter"));
    month.sendKeys(Keys.ARROW_DOWN);
    String picked = new Select(month).getFirstSelectedOption().getAttribute("value");
    assertThat(picked).matches("\\d{4}-\\d{2}");
    assertThat(driver.findElements(By.cssSelector("table.events tbody tr")).stream().filter(WebElement::isDisplayed))
        .isNotEmpty().allSatisfy(r -> assertThat(r.getAttribute("data-month")).isEqualTo(picked));
  }

  @Test
  void anEventOpensFromItsBareAddressAndSaysWhereEachSourceWasPublished() throws Exception {
    Event visit = store.events().all().stream()
        .filter(e -> e.form().equals("state_visit") && e.date() != null && e.date().start().iso().equals("2025-04-14"))
        .findFirst().orElseThrow();
    // A fresh browser tab given only the event's address, as a colleague would get it.
    driver.get("about:blank");
    open("/#/event/" + visit.id());
    waitForPage("event");
    assertThat(driver.getCurrentUrl()).endsWith("#/event/" + visit.id());
    assertThat(text(By.cssSelector("h1"))).contains("state visit", "2025-04-14");
    List<WebElement> sources = driver.findElements(By.cssSelector("article.source"));
    assertThat(sources).hasSizeGreaterThanOrEqualTo(3);
    Map<String, StoryRepository.StorySource> published = store.stories().sources(visit.sources().stream().map(Evidence::story).toList());
    Set<String> langs = new TreeSet<>();
    for (WebElement s : sources) {
      StoryRepository.StorySource p = published.get(s.getAttribute("data-story"));
      assertThat(p).as("source %s", s.getAttribute("data-story")).isNotNull();
      langs.add(p.lang());
      WebElement line = s.findElement(By.cssSelector("[data-publication]"));
      // Outlet (or that it is not known), date, language; the file's name is no longer what a source shows.
      assertThat(line.findElement(By.cssSelector(".outlet")).getText()).isEqualTo(p.outlet() == null ? "outlet not known" : p.outlet());
      assertThat(line.getText()).contains(p.date() == null ? "undated" : p.date()).doesNotContain(".txt");
      assertThat(line.getText()).containsAnyOf("English", "Vietnamese", "Chinese", "Spanish");
      // The sample's pages are plain text with no address; a page with one links to it.
      if (p.url() == null) assertThat(line.getText()).contains("no link to the original");
      else assertThat(line.findElement(By.cssSelector("a[data-original]")).getAttribute("href")).isEqualTo(p.url());
    }
    assertThat(langs).contains("en", "vi", "zh");
    assertThat(published.values()).as("the sample's datelines name agencies").anySatisfy(p -> assertThat(p.outlet()).isNotNull());
    screenshot("07-event-from-its-address");

    // The address reproduces the page: reloading draws the same page.
    String before = text(By.cssSelector("main"));
    driver.navigate().refresh();
    waitForPage("event");
    assertThat(text(By.cssSelector("main"))).isEqualTo(before);
  }

  @Test
  void everyPagesAddressReproducesIt() throws Exception {
    for (String address : List.of("/#/timeline?a=" + enc("Việt Nam") + "&b=" + enc("古巴"), "/#/timeline?a=VN&class=meeting&country=CU",
        "/#/search?q=Cuba&lang=es",
        "/#/entity/person%3Avn%2Fluong-cuong", "/#/search", "/#/")) {
      driver.get("about:blank");
      open(address);
      String page = address.startsWith("/#/timeline") ? "timeline" : address.startsWith("/#/search") ? "search"
          : address.startsWith("/#/entity") ? "entity" : "home";
      waitForPage(page);
      String first = text(By.cssSelector("main"));
      driver.navigate().refresh();
      waitForPage(page);
      assertThat(text(By.cssSelector("main"))).as(address).isEqualTo(first);
    }
    // With no filter, the search page prints no "null" above the filters (waitForPage checks every page for it).
    open("/#/search");
    waitForPage("search");
    assertThat(driver.findElements(By.cssSelector(".active-filters"))).isEmpty();
    assertThat(text(By.cssSelector("main"))).startsWith("Search");
  }

  @Test
  void aWordFindsAnEntityAndAMissSaysWhatItMayHaveMeantWithAWayOn() throws Exception {
    // "Castro" is no one's whole name: the search page names both Castros.
    open("/#/search?q=Castro");
    waitForPage("search");
    WebElement fidel = driver.findElement(By.cssSelector("[data-lookup-entity='person:cu/fidel-castro']"));
    assertThat(fidel.getText()).isEqualTo("Fidel Castro Ruz");
    assertThat(driver.findElements(By.cssSelector("[data-lookup-entity='person:cu/raul-castro']"))).isNotEmpty();
    screenshot("08-lookup-castro");
    int before = renderCount();
    click(fidel);
    waitForRender(before, "entity");
    assertThat(text(By.cssSelector("h1"))).isEqualTo("Fidel Castro Ruz");

    // The timeline of a name that is no one's: did you mean, and a way on.
    open("/#/timeline?a=Castro&b=Cuba");
    waitForErrorPage("timeline");
    assertThat(text(By.cssSelector("h1"))).isEqualTo("Not understood");
    assertThat(text(By.cssSelector("main .error"))).contains("no country or entity called 'Castro'");
    WebElement suggestion = driver.findElement(By.cssSelector(".did-you-mean a[data-suggestion='person:cu/fidel-castro']"));
    assertThat(driver.findElements(By.cssSelector(".way-on a[href='#/']"))).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector("[data-error-search] input")).getAttribute("value")).isEqualTo("Castro");
    screenshot("09-did-you-mean");
    before = renderCount();
    click(suggestion);
    waitForRender(before, "timeline");
    assertThat(text(By.cssSelector("h1"))).isEqualTo("Fidel Castro Ruz – Cuba");

    // A misspelt entity: not found, what it may have been, and a search box that searches.
    open("/#/entity/Castor");
    waitForErrorPage("entity");
    assertThat(text(By.cssSelector("h1"))).isEqualTo("Not found");
    assertThat(driver.findElements(By.cssSelector(".did-you-mean a[data-suggestion='person:cu/fidel-castro']"))).isNotEmpty();
    WebElement box = driver.findElement(By.cssSelector("[data-error-search] input"));
    box.clear();
    before = renderCount();
    box.sendKeys("Castor", Keys.ENTER);
    waitForRender(before, "search");
    assertThat(driver.findElements(By.cssSelector(".did-you-mean a[data-suggestion='person:cu/fidel-castro']"))).isNotEmpty();
    screenshot("10-search-did-you-mean");

    // An address amity has no page for still offers a way on.
    open("/#/nowhere");
    new WebDriverWait(driver, WAIT).until(d -> "missing".equals(js("return document.body.dataset.page")));
    assertThat(text(By.cssSelector("h1"))).isEqualTo("Not found");
    assertThat(driver.findElements(By.cssSelector(".way-on a"))).hasSizeGreaterThanOrEqualTo(3);
    assertThat(driver.findElements(By.cssSelector("[data-error-search]"))).isNotEmpty();
  }

  @Test
  void theLanguageSwitchNamesEveryoneInTheReadersLanguage() throws Exception {
    driver.get("about:blank");
    open("/#/timeline?a=" + enc("Việt Nam") + "&b=Cuba");
    waitForPage("timeline");
    String address = driver.getCurrentUrl();
    try {
      assertThat(new Select(driver.findElement(By.id("names-lang"))).getFirstSelectedOption().getAttribute("value"))
          .as("the browser's language").isEqualTo("en");
      assertThat(text(By.cssSelector("h1"))).isEqualTo("Vietnam – Cuba");
      assertThat(text(By.cssSelector("table.events"))).contains("Luong Cuong").doesNotContain("Lương Cường", "梁强");

      names("vi", "timeline");
      assertThat(text(By.cssSelector("h1"))).isEqualTo("Việt Nam – Cuba");
      assertThat(text(By.cssSelector("table.events"))).contains("Lương Cường").doesNotContain("Luong Cuong");
      assertThat(driver.getCurrentUrl()).isEqualTo(address);
      screenshot("11-timeline-names-vi");

      names("zh", "timeline");
      assertThat(text(By.cssSelector("h1"))).isEqualTo("越南 – 古巴");
      assertThat(text(By.cssSelector("table.events"))).contains("梁强").doesNotContain("Lương Cường", "Luong Cuong");
      screenshot("12-timeline-names-zh");

      // Nguyễn Hữu Tâm, whom no knowledge base knows, was first seen as 阮友心: so he is named in Chinese only.
      open("/#/entity/" + enc("person:nguyen-huu-tam"));
      waitForPage("entity");
      assertThat(text(By.cssSelector("h1"))).isEqualTo("阮友心");
      names("vi", "entity");
      assertThat(text(By.cssSelector("h1"))).isEqualTo("Nguyễn Hữu Tâm");
      names("en", "entity");
      assertThat(text(By.cssSelector("h1"))).doesNotContainPattern("\\p{IsHan}").containsPattern("(?i)ngu?y[eễ]n h[uữ]u t[aâ]m");
      screenshot("13-entity-names-en");

      // The choice is kept: a reload names in it still.
      names("vi", "entity");
      driver.navigate().refresh();
      waitForPage("entity");
      assertThat(text(By.cssSelector("h1"))).isEqualTo("Nguyễn Hữu Tâm");
    } finally {
      // The other tests read names in the browser's language: forget the choice and the page that holds it.
      js("localStorage.removeItem('amity.names')");
      driver.get("about:blank");
    }
  }

  // ------------------------------------------------------------------ exports, filters, a phone

  /** The export buttons download the events of the view, filters and month in the name, the rows the API's for the same filters. */
  @Test
  void anExportDownloadsTheEventsOfTheViewAsTheApiGivesThem() throws Exception {
    driver.get("about:blank");
    open("/#/timeline?a=" + enc("Việt Nam") + "&b=Cuba&class=meeting");
    waitForPage("timeline");
    new Select(driver.findElement(By.id("month-filter"))).selectByValue("2025-04");
    assertThat(driver.getCurrentUrl()).as("the month is in the address").contains("class=meeting").contains("month=2025-04");
    List<String> shown = driver.findElements(By.cssSelector("table.events tbody tr")).stream().filter(WebElement::isDisplayed)
        .map(r -> r.getAttribute("data-event")).toList();
    assertThat(shown).hasSizeGreaterThanOrEqualTo(2);

    JsonNode api = apiJson("/api/timeline?a=" + enc("Việt Nam") + "&b=Cuba&class=meeting&month=2025-04&names=en&limit=5000");
    List<JsonNode> events = new java.util.ArrayList<>();
    api.get("events").forEach(events::add);
    assertThat(events.stream().map(e -> e.get("id").asText()).toList()).as("the API gives the rows shown").isEqualTo(shown);

    click(By.cssSelector("a[data-export='csv']"));
    Path csv = downloaded("amity-events_VN-CU_2025-04_meeting.csv");
    List<List<String>> rows = CsvRows.parse(Files.readString(csv, java.nio.charset.StandardCharsets.UTF_8));
    List<String> header = rows.get(0);
    assertThat(header).startsWith("id", "date", "date_end", "type", "form");
    assertThat(rows).hasSize(events.size() + 1);
    for (int i = 0; i < events.size(); i++) {
      JsonNode e = events.get(i);
      List<String> row = rows.get(i + 1);
      assertThat(row.get(header.indexOf("id"))).isEqualTo(e.get("id").asText());
      assertThat(row.get(header.indexOf("date"))).isEqualTo(e.get("date").asText());
      assertThat(row.get(header.indexOf("type"))).isEqualTo(e.get("type").asText());
      assertThat(row.get(header.indexOf("form"))).isEqualTo(e.get("form").asText());
      List<String> actors = new java.util.ArrayList<>();
      e.get("actors").forEach(x -> actors.add(x.get("name").asText()));
      assertThat(row.get(header.indexOf("actor_names"))).isEqualTo(String.join("|", actors));
      assertThat(row.get(header.indexOf("location_name"))).isEqualTo(e.get("location").isNull() ? "" : e.get("location").get("name").asText());
    }
    screenshot("14-timeline-export");

    click(By.cssSelector("a[data-export='json']"));
    Path json = downloaded("amity-events_VN-CU_2025-04_meeting.json");
    JsonNode file = MAPPER.readTree(Files.readString(json, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(file).isEqualTo(api.get("events"));

    // A search exports every story it finds, not only the page shown.
    open("/#/search?q=Cuba&lang=vi");
    waitForPage("search");
    click(By.cssSelector("a[data-export='csv']"));
    List<List<String>> stories = CsvRows.parse(Files.readString(downloaded("amity-stories_Cuba_vi.csv"), java.nio.charset.StandardCharsets.UTF_8));
    List<String> found = new java.util.ArrayList<>();
    apiJson("/api/search?q=Cuba&lang=vi&limit=200").forEach(h -> found.add(h.get("story").asText()));
    assertThat(found).hasSize(hits());
    assertThat(stories.get(0)).containsExactly("story", "doc", "file", "lang", "title", "snippet", "score");
    assertThat(stories.subList(1, stories.size()).stream().map(r -> r.get(0)).toList()).isEqualTo(found);
    assertThat(stories.subList(1, stories.size())).allSatisfy(r -> assertThat(r.get(3)).isEqualTo("vi"));
  }

  /** Types, forms, CAMEO codes, confidence and date bases say what they mean on hover, and the glossary lists them. */
  @Test
  void theJargonIsExplained() throws Exception {
    driver.get("about:blank");
    open("/#/timeline?a=" + enc("Việt Nam") + "&b=Cuba&form=state_visit");
    waitForPage("timeline");
    WebElement form = driver.findElement(By.cssSelector("table.events a.form-name"));
    assertThat(form.getAttribute("title")).contains("head of state");
    assertThat(driver.findElement(By.cssSelector("table.events .badge.type")).getAttribute("title"))
        .contains("Consult: a meeting, visit").contains("CAMEO 042: Make a visit");
    click(form);
    waitForPage("event");
    assertThat(driver.findElement(By.cssSelector("abbr[data-cameo]")).getAttribute("title")).startsWith("CAMEO 042: Make a visit");
    assertThat(driver.findElement(By.cssSelector("[data-confidence]")).getAttribute("title")).startsWith("Confidence (0–1)");
    click(By.cssSelector("a[href='#/glossary']"));
    waitForPage("glossary");
    for (String section : List.of("types", "forms", "cameo", "status", "confidence", "dates")) {
      assertThat(driver.findElement(By.cssSelector("[data-glossary='" + section + "']")).getText()).as(section).hasSizeGreaterThan(40);
    }
    assertThat(text(By.cssSelector("[data-glossary='dates']"))).contains("related-list");
    assertThat(text(By.cssSelector("[data-glossary='forms']"))).contains("state visit", "phone call", "joint statement");
    screenshot("18-glossary");
  }

  /** Class, form, source language and status narrow the timeline; the address holds them and reproduces the view. */
  @Test
  void timelineFiltersLiveInTheAddress() throws Exception {
    driver.get("about:blank");
    String pair = "a=" + enc("Việt Nam") + "&b=Cuba";
    open("/#/timeline?" + pair);
    waitForPage("timeline");
    int all = driver.findElements(By.cssSelector("table.events tbody tr")).size();

    pick("lang", "zh");
    assertThat(driver.getCurrentUrl()).contains("lang=zh");
    List<String> zh = rowIds();
    assertThat(zh).hasSizeBetween(1, all - 1);
    assertThat(driver.findElements(By.cssSelector("table.events tbody tr"))).allSatisfy(r ->
        assertThat(r.findElement(By.cssSelector("[data-langs]")).getAttribute("data-langs").split(" ")).contains("zh"));
    assertThat(zh).isEqualTo(apiIds("/api/timeline?" + pair + "&lang=zh&limit=5000"));

    pick("class", "meeting");
    assertThat(driver.getCurrentUrl()).contains("lang=zh").contains("class=meeting");
    List<String> meetings = rowIds();
    assertThat(meetings).isNotEmpty().isEqualTo(apiIds("/api/timeline?" + pair + "&lang=zh&class=meeting&limit=5000"));
    assertThat(meetings.size()).isLessThan(zh.size());
    assertThat(new Select(driver.findElement(By.id("filter-lang"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("zh");
    screenshot("15-timeline-filters");

    // A field of cooperation narrows the view too, and joins the others in the address.
    driver.get("about:blank");
    open("/#/timeline?" + pair);
    waitForPage("timeline");
    pick("field", "energy");
    assertThat(driver.getCurrentUrl()).contains("field=energy");
    List<String> energy = rowIds();
    assertThat(energy).hasSizeBetween(1, all - 1).isEqualTo(apiIds("/api/timeline?" + pair + "&field=energy&limit=5000"));
    assertTheAddressRedrawsTheTimeline(energy);
    assertThat(new Select(driver.findElement(By.id("filter-field"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("energy");
    driver.get("about:blank");
    open("/#/timeline?" + pair + "&lang=zh&class=meeting");
    waitForPage("timeline");

    assertTheAddressRedrawsTheTimeline(meetings);
    assertThat(new Select(driver.findElement(By.id("filter-class"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("meeting");

    // Planned events only, then none of the filters.
    pick("lang", "");
    pick("class", "");
    pick("status", "planned");
    List<String> planned = rowIds();
    assertThat(planned).isNotEmpty().isEqualTo(apiIds("/api/timeline?" + pair + "&status=planned&limit=5000"));
    assertThat(driver.findElements(By.cssSelector("table.events tbody tr"))).allSatisfy(r ->
        assertThat(r.findElements(By.cssSelector(".badge.planned"))).isNotEmpty());
    int before2 = renderCount();
    click(By.cssSelector("[data-clear-filters]"));
    waitForRender(before2, "timeline");
    assertThat(driver.findElements(By.cssSelector("table.events tbody tr"))).hasSize(all);
    assertThat(driver.getCurrentUrl()).doesNotContain("status=");
  }

  /**
   * The map shades each country by the events of the view that involve it (the filters and the
   * month), as the API's events count them; a click on a country on the map filters the view to it,
   * in the address, and the address alone draws the same view again; at 390 px it fits the screen.
   */
  @Test
  void theMapShadesCountriesByTheViewsEventsAndAClickFiltersToOne() throws Exception {
    driver.get("about:blank");
    String view = "a=" + enc("Việt Nam") + "&class=meeting";
    open("/#/timeline?" + view);
    waitForPage("timeline");
    Map<String, Integer> expected = countriesOf(apiJson("/api/timeline?" + view + "&limit=5000").get("events"));
    assertThat(expected).containsKeys("VN", "CU", "MX").hasSizeGreaterThan(4);
    assertThat(mapShading()).isEqualTo(numeric(expected));
    assertThat(countryChips()).isEqualTo(expected);
    // Countries and places are named in the reader's language, as the rest of the page.
    String lang = String.valueOf(js("return document.documentElement.dataset.names"));
    String other = lang.equals("vi") ? "en" : "vi";
    assertMapNames(view, lang);
    names(other, "timeline");
    assertMapNames(view, other);
    names(lang, "timeline");
    // Shaded by count: the country with the most events in the darkest blue, one with a single event in the lightest,
    // countries with none in grey, and as many shades as there are different counts.
    @SuppressWarnings("unchecked")
    List<String> fills = (List<String>) js("return [...document.querySelectorAll('#event-map svg path')].map(p => p.getAttribute('fill'))");
    assertThat(fills).contains("#eceff3");
    Set<String> shades = new TreeSet<>(fills.stream().filter(f -> f != null && f.matches("rgb\\(\\d+,\\d+,\\d+\\)") && !f.equals("rgb(0,0,0)")).toList());
    assertThat(shades).contains("rgb(13,47,102)", "rgb(207,224,247)");
    assertThat(shades).hasSize(new TreeSet<>(expected.values()).size());
    screenshot("18-map");

    // The month picked narrows the map as it narrows the rows.
    String month = new Select(driver.findElement(By.id("month-filter"))).getOptions().get(1).getAttribute("value");
    new Select(driver.findElement(By.id("month-filter"))).selectByValue(month);
    Map<String, Integer> inMonth = countriesOf(apiJson("/api/timeline?" + view + "&month=" + month + "&limit=5000").get("events"));
    assertThat(inMonth).isNotEmpty().isNotEqualTo(expected);
    new WebDriverWait(driver, WAIT).withMessage(() -> "the map of " + month).until(d -> mapShading().equals(numeric(inMonth)));
    assertThat(countryChips()).isEqualTo(inMonth);
    new Select(driver.findElement(By.id("month-filter"))).selectByValue("");
    new WebDriverWait(driver, WAIT).until(d -> mapShading().equals(numeric(expected)));

    // A click on Mexico (no place drawn on it) shows the events that involve Mexico, and says so in the address.
    WebElement map = driver.findElement(By.id("event-map"));
    js("arguments[0].scrollIntoView({block: 'center'})", map);
    @SuppressWarnings("unchecked")
    List<Number> at = (List<Number>) ((JavascriptExecutor) driver).executeScript(
        "return echarts.getInstanceByDom(arguments[0]).convertToPixel({geoIndex: 0}, [-102.5, 24.0])", map);
    int before = renderCount();
    new Actions(driver).moveToElement(map, (int) Math.round(at.get(0).doubleValue() - map.getSize().getWidth() / 2.0),
        (int) Math.round(at.get(1).doubleValue() - map.getSize().getHeight() / 2.0)).click().perform();
    waitForRender(before, "timeline");
    assertThat(driver.getCurrentUrl()).contains("country=MX").contains("class=meeting");
    List<String> mexico = rowIds();
    assertThat(mexico).hasSize(expected.get("MX")).isEqualTo(apiIds("/api/timeline?" + view + "&country=MX&limit=5000"));
    assertThat(text(By.cssSelector("[data-country-filter]"))).contains("Mexico");
    assertThat(driver.findElement(By.cssSelector("a.chip[data-country=MX]")).getAttribute("aria-current")).isEqualTo("true");
    Map<String, Integer> withMexico = countriesOf(apiJson("/api/timeline?" + view + "&country=MX&limit=5000").get("events"));
    assertThat(mapShading()).isEqualTo(numeric(withMexico));
    screenshot("19-map-country");

    assertTheAddressRedrawsTheTimeline(mexico);
    assertThat(mapShading()).isEqualTo(numeric(withMexico));

    // A country's chip does what a click on its shape does; the country again, or its ×, shows every country.
    before = renderCount();
    click(By.cssSelector("[data-country-filter] a"));
    waitForRender(before, "timeline");
    assertThat(driver.getCurrentUrl()).doesNotContain("country=");
    before = renderCount();
    click(By.cssSelector("a.chip[data-country=CU]"));
    waitForRender(before, "timeline");
    assertThat(rowIds()).isEqualTo(apiIds("/api/timeline?" + view + "&country=CU&limit=5000"));

    // On a phone the map fits the screen and is drawn.
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    try {
      driver.navigate().refresh();
      waitForPage("timeline");
      assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(390);
      WebElement phoneMap = driver.findElement(By.id("event-map"));
      assertThat(phoneMap.getRect().getX()).isGreaterThanOrEqualTo(0);
      assertThat(phoneMap.getRect().getX() + phoneMap.getRect().getWidth()).isLessThanOrEqualTo(390);
      assertThat(phoneMap.getRect().getHeight()).isGreaterThanOrEqualTo(180);
      assertThat(((Number) js("return document.querySelectorAll('#event-map svg path').length")).intValue()).isGreaterThan(100);
      js("document.getElementById('event-map').scrollIntoView()");
      Files.write(shots.resolve("20-map-phone.png"), driver.getScreenshotAs(OutputType.BYTES));
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      driver.get("about:blank");
    }
  }

  /**
   * The contact network's labels stay inside the chart and clear of each other and of the legend, on
   * a circle of many contacts (Việt Nam) and a force layout of a few (Lương Cường); a label may be
   * shortened, the tooltip has the whole name; the legend lists only the types some node has.
   */
  @Test
  void networkLabelsNeitherOverlapNorRunOffAndTheLegendListsOnlyTypesWithANode() throws Exception {
    for (String id : List.of("country:VN", "person:vn/luong-cuong")) networkLabels(id, "");
    // On a phone too.
    driver.get("about:blank");
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    try {
      for (String id : List.of("country:VN", "person:vn/luong-cuong")) networkLabels(id, "-phone");
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      driver.get("about:blank");
    }
  }

  private static void networkLabels(String id, String shot) throws Exception {
    {
      driver.get("about:blank");
      open("/#/entity/" + enc(id));
      waitForPage("entity");
      JsonNode nodes = apiJson("/api/network?entity=" + enc(id) + "&limit=30&names=en").get("nodes");
      Set<String> types = new TreeSet<>();
      List<String> names = new java.util.ArrayList<>();
      nodes.forEach(n -> {
        types.add(Set.of("PERSON", "ORG", "GPE", "LOC").contains(n.get("type").asText()) ? n.get("type").asText() : "GROUP");
        // A group the store has no name for is shown by its id's last part: group:…/la-officials as LA officials.
        String name = n.get("name").asText();
        if (name.startsWith("group:") && name.equals(n.get("id").asText())) {
          String[] words = name.substring(name.lastIndexOf('/') + 1).split("-");
          if (words.length > 1 && words[0].length() == 2) words[0] = words[0].toUpperCase(java.util.Locale.ROOT);
          name = String.join(" ", words);
        }
        names.add(name);
      });
      WebElement chart = driver.findElement(By.id("network-chart"));
      js("arguments[0].scrollIntoView({block: 'center'})", chart);
      @SuppressWarnings("unchecked")
      Map<String, Object> seen = (Map<String, Object>) js(NETWORK_LABELS, chart, List.copyOf(types));
      @SuppressWarnings("unchecked")
      List<String> legend = (List<String>) seen.get("legend");
      @SuppressWarnings("unchecked")
      List<String> labels = (List<String>) seen.get("labels");
      assertThat(new TreeSet<>(legend)).as(id + " legend").isEqualTo(types);
      assertThat(legend).as(id).doesNotHaveDuplicates();
      assertThat(labels).as(id + shot + " labels shown").hasSizeGreaterThanOrEqualTo(Math.min(8, nodes.size() / 2));
      for (String l : labels) {
        assertThat(names).as(id + shot + ": the label '" + l + "' is a node's name or its start").anySatisfy(n -> {
          String start = l.endsWith("…") ? l.substring(0, l.length() - 1) : l;
          assertThat(l.endsWith("…") ? n.startsWith(start) && n.length() > start.length() : n.equals(l)).isTrue();
        });
      }
      assertThat((List<?>) seen.get("clipped")).as(id + shot + " labels past the chart's edge").isEmpty();
      assertThat((List<?>) seen.get("overlaps")).as(id + shot + " labels over each other or the legend").isEmpty();
      if (!shot.isEmpty()) assertThat(chart.getRect().getX() + chart.getRect().getWidth()).as("the chart within the screen").isLessThanOrEqualTo(390);
      screenshot("21-network-" + id.replaceAll("[^a-z]+", "-") + shot);
    }
  }

  /**
   * In the page: the network chart's legend entries, its labels, the labels that run past the chart's
   * box and the pairs of texts that overlap, each text as the rotated rectangle it is drawn in.
   */
  private static final String NETWORK_LABELS = """
      const [el, types] = arguments;
      const box = el.getBoundingClientRect();
      const quad = (t) => {
        const b = t.getBBox(), m = t.getScreenCTM();
        return [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]]
          .map(([x, y]) => { const p = new DOMPoint(x, y).matrixTransform(m); return [p.x, p.y]; });
      };
      const apart = (a, b) => [a, b].some((poly) => poly.some((p, i) => {
        const q = poly[(i + 1) % poly.length];
        const n = [q[1] - p[1], p[0] - q[0]];
        const len = Math.hypot(n[0], n[1]) || 1;
        const pa = a.map((v) => (v[0] * n[0] + v[1] * n[1]) / len), pb = b.map((v) => (v[0] * n[0] + v[1] * n[1]) / len);
        return Math.max(...pa) <= Math.min(...pb) + 1 || Math.max(...pb) <= Math.min(...pa) + 1;
      }));
      const texts = [...el.querySelectorAll('svg text')].filter((t) => t.textContent.trim() && t.getBoundingClientRect().width > 0
        && getComputedStyle(t).visibility !== 'hidden' && Number(t.getAttribute('opacity') ?? 1) > 0 && Number(t.getAttribute('fill-opacity') ?? 1) > 0);
      const legend = texts.filter((t) => types.includes(t.textContent) || ['PERSON', 'ORG', 'GPE', 'LOC', 'GROUP'].includes(t.textContent));
      const labels = texts.filter((t) => !legend.includes(t));
      const clipped = labels.filter((t) => quad(t).some(([x, y]) => x < box.left - 1 || x > box.right + 1 || y < box.top - 1 || y > box.bottom + 1))
        .map((t) => t.textContent);
      const overlaps = [];
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          if (legend.includes(texts[i]) && legend.includes(texts[j])) continue;
          if (!apart(quad(texts[i]), quad(texts[j]))) overlaps.push(texts[i].textContent + ' / ' + texts[j].textContent);
        }
      }
      return { legend: legend.map((t) => t.textContent), labels: labels.map((t) => t.textContent), clipped, overlaps };
      """;

  /**
   * The classes of event the timeline filters by are the server's (/api/forms, from Forms): each
   * choice counts the events whose form the server puts in that class, and choosing it shows those;
   * the page's scripts hold no list of forms by class of their own.
   */
  @Test
  void theClassFilterTakesItsFormsFromTheServer() throws Exception {
    driver.get("about:blank");
    String pair = "a=" + enc("Việt Nam");
    open("/#/timeline?" + pair);
    waitForPage("timeline");
    JsonNode classes = apiJson("/api/forms").get("classes");
    JsonNode events = apiJson("/api/timeline?" + pair + "&limit=5000").get("events");
    Map<String, Set<String>> formsOf = new java.util.TreeMap<>();
    classes.fields().forEachRemaining(c -> {
      Set<String> fs = new TreeSet<>();
      c.getValue().forEach(f -> fs.add(f.asText()));
      formsOf.put(c.getKey(), fs);
    });
    List<WebElement> options = new Select(driver.findElement(By.id("filter-class"))).getOptions();
    Map<String, String> shown = new java.util.TreeMap<>();
    options.stream().filter(o -> !o.getAttribute("value").isEmpty()).forEach(o -> shown.put(o.getAttribute("value"), o.getText()));
    Map<String, String> expected = new java.util.TreeMap<>();
    formsOf.forEach((c, fs) -> {
      long n = 0;
      for (JsonNode e : events) if (fs.contains(e.get("form").asText())) n++;
      if (n > 0) expected.put(c, "(" + n + ")");
    });
    assertThat(shown.keySet()).isEqualTo(expected.keySet());
    shown.forEach((c, text) -> assertThat(text).as(c).endsWith(expected.get(c)));
    pick("class", "agreement");
    List<String> agreements = new java.util.ArrayList<>();
    for (JsonNode e : events) if (formsOf.get("agreement").contains(e.get("form").asText())) agreements.add(e.get("id").asText());
    assertThat(rowIds()).isNotEmpty().isEqualTo(agreements);
    @SuppressWarnings("unchecked")
    List<String> fetched = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)");
    assertThat(fetched).anySatisfy(u -> assertThat(u).startsWith(server.url() + "/api/forms"));
    for (String script : List.of("js/pages/timeline.js", "js/ui.js", "js/charts.js", "js/api.js", "js/main.js")) {
      try (var in = ApiServer.class.getResourceAsStream("/amity/web/" + script)) {
        String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).as(script).doesNotContain("'courtesy_call'").doesNotContain("'joint_committee'");
      }
    }
  }

  /** The map's lists name countries and places as /api/map does in that language (Vietnam, Việt Nam; Presidential Palace (Hanoi), Phủ Chủ tịch). */
  private static void assertMapNames(String view, String lang) throws Exception {
    JsonNode map = apiJson("/api/map?" + view + "&names=" + lang);
    for (JsonNode c : map.get("countries")) {
      assertThat(text(By.cssSelector("a.chip[data-country=" + c.get("country").asText() + "]"))).as(lang).startsWith(c.get("name").asText() + " ");
    }
    for (JsonNode p : map.get("places")) {
      assertThat(driver.findElement(By.cssSelector("a.chip[data-place='" + p.get("entity").asText() + "']")).getText()).as(lang)
          .startsWith(p.get("name").asText());
    }
    String vn = lang.equals("vi") ? "Việt Nam" : "Vietnam";
    assertThat(text(By.cssSelector("a.chip[data-country=VN]"))).startsWith(vn + " ");
  }

  /** Events by the countries they involve (each event once for each), as the map counts them. */
  private static Map<String, Integer> countriesOf(JsonNode events) {
    Map<String, Integer> out = new java.util.TreeMap<>();
    for (JsonNode e : events) {
      Set<String> cs = new TreeSet<>();
      e.get("countries").forEach(c -> cs.add(c.asText()));
      cs.forEach(c -> out.merge(c, 1, Integer::sum));
    }
    return out;
  }

  /** The same counts keyed by the ISO numeric codes the map's shapes carry. */
  private static Map<String, Integer> numeric(Map<String, Integer> byCountry) {
    Map<String, Integer> out = new java.util.TreeMap<>();
    byCountry.forEach((c, n) -> out.put(String.format("%03d", com.ibm.icu.util.Region.getInstance(c).getNumericCode()), n));
    return out;
  }

  /** What the map's shading is drawn from: each shaded shape's code and value. */
  @SuppressWarnings("unchecked")
  private static Map<String, Integer> mapShading() {
    List<Map<String, Object>> data = (List<Map<String, Object>>) js(
        "const c = echarts.getInstanceByDom(document.getElementById('event-map'));"
            + " return c ? c.getOption().series[0].data.map(d => ({name: d.name, value: d.value})) : []");
    Map<String, Integer> out = new java.util.TreeMap<>();
    data.forEach(d -> out.put(String.valueOf(d.get("name")), ((Number) d.get("value")).intValue()));
    return out;
  }

  /** The countries listed under the map with their counts. */
  private static Map<String, Integer> countryChips() {
    Map<String, Integer> out = new java.util.TreeMap<>();
    driver.findElements(By.cssSelector(".map-lists a.chip[data-country]"))
        .forEach(a -> out.put(a.getAttribute("data-country"), Integer.parseInt(a.getAttribute("data-events"))));
    return out;
  }

  /** At 390 px the timeline's rows are cards with every column readable, nothing wider than the screen, and the chart's legend clear of its axis. */
  @Test
  void aPhoneShowsEveryColumnOfTheTimeline() throws Exception {
    driver.get("about:blank");
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    try {
      open("/#/timeline?a=" + enc("Việt Nam") + "&b=Cuba");
      waitForPage("timeline");
      assertThat(((Number) js("return window.innerWidth")).intValue()).isEqualTo(390);
      assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(390);
      List<WebElement> rows = driver.findElements(By.cssSelector("table.events tbody tr"));
      assertThat(rows).hasSizeGreaterThanOrEqualTo(15);
      Set<String> labelsSeen = new TreeSet<>();
      for (WebElement row : rows) {
        for (WebElement td : row.findElements(By.cssSelector("td"))) {
          String label = td.getAttribute("data-label");
          if (td.getAttribute("class") != null && td.getAttribute("class").contains("empty")) {
            assertThat(td.getText()).as(label + " of " + row.getAttribute("data-event")).isBlank();
            continue;
          }
          @SuppressWarnings("unchecked")
          Map<String, Object> box = (Map<String, Object>) driver.executeScript("const r = arguments[0].getBoundingClientRect();"
              + " return {left: r.left, right: r.right, height: r.height, label: getComputedStyle(arguments[0], '::before').content};", td);
          assertThat(((Number) box.get("left")).doubleValue()).as(label).isGreaterThanOrEqualTo(0);
          assertThat(((Number) box.get("right")).doubleValue()).as(label).isLessThanOrEqualTo(390);
          assertThat(((Number) box.get("height")).doubleValue()).as(label).isPositive();
          assertThat(String.valueOf(box.get("label"))).as("the column's name shown").isEqualTo("\"" + label + "\"");
          assertThat(td.isDisplayed()).isTrue();
          assertThat(td.getText()).as(label + " of " + row.getAttribute("data-event")).isNotBlank();
          labelsSeen.add(label);
          // Every link and badge inside the card is on the screen.
          for (WebElement x : td.findElements(By.cssSelector("a, .badge, .chip"))) {
            assertThat(x.getRect().getX()).isGreaterThanOrEqualTo(0);
            assertThat(x.getRect().getX() + x.getRect().getWidth()).as(x.getText()).isLessThanOrEqualTo(390);
          }
        }
      }
      assertThat(labelsSeen).containsExactlyInAnyOrder("Date", "Event", "Actors", "Fields", "Place", "Sources");

      // The legend of the chart and the name of its axis do not overlap.
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> texts = (List<Map<String, Object>>) js("return [...document.querySelectorAll('#month-chart svg text')]"
          + ".map(t => { const r = t.getBoundingClientRect(); return {text: t.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom}; })");
      Map<String, Object> axis = texts.stream().filter(t -> "events".equals(t.get("text"))).findFirst().orElseThrow();
      List<Map<String, Object>> legend = texts.stream().filter(t -> String.valueOf(t.get("text")).matches("[A-Z]{3,}")).toList();
      assertThat(legend).isNotEmpty();
      for (Map<String, Object> l : legend) {
        boolean apart = num(l, "right") <= num(axis, "left") || num(axis, "right") <= num(l, "left")
            || num(l, "bottom") <= num(axis, "top") || num(axis, "bottom") <= num(l, "top");
        assertThat(apart).as("legend " + l + " and axis name " + axis).isTrue();
      }
      screenshot("16-timeline-phone");
      js("window.scrollTo(0, 0)");
      Files.write(shots.resolve("16-timeline-phone-screen.png"), driver.getScreenshotAs(OutputType.BYTES));

      // The other pages are no wider than the phone either.
      for (String address : List.of("/#/", "/#/search?q=Cuba", "/#/entity/person%3Avn%2Fluong-cuong")) {
        open(address);
        waitForPage(address.startsWith("/#/search") ? "search" : address.startsWith("/#/entity") ? "entity" : "home");
        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue()).as(address).isLessThanOrEqualTo(390);
      }
      screenshot("17-entity-phone");
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      driver.get("about:blank");
    }
  }

  private static double num(Map<String, Object> m, String k) {
    return ((Number) m.get(k)).doubleValue();
  }

  /** Chooses a value of a timeline filter and waits for the timeline to be drawn with it. */
  private static void pick(String filter, String value) {
    int before = renderCount();
    new Select(driver.findElement(By.id("filter-" + filter))).selectByValue(value);
    waitForRender(before, "timeline");
  }

  private static List<String> rowIds() {
    return driver.findElements(By.cssSelector("table.events tbody tr")).stream().map(r -> r.getAttribute("data-event")).toList();
  }

  private static List<String> apiIds(String path) throws Exception {
    List<String> ids = new java.util.ArrayList<>();
    apiJson(path).get("events").forEach(e -> ids.add(e.get("id").asText()));
    return ids;
  }

  private static JsonNode apiJson(String path) throws Exception {
    var res = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + path)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(res.statusCode()).as(path + ": " + res.body()).isEqualTo(200);
    return MAPPER.readTree(res.body());
  }

  /** Waits for a download to finish and returns it. */
  private static Path downloaded(String name) {
    Path file = downloads.resolve(name);
    new WebDriverWait(driver, WAIT).withMessage(() -> "download " + name + "; in the folder: " + list(downloads))
        .until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")) && size(file) > 0);
    return file;
  }

  private static List<String> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (java.io.IOException e) {
      return List.of(e.toString());
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  /** Chooses the language names are shown in and waits for the page to be drawn again. */
  private static void names(String lang, String page) {
    int before = renderCount();
    new Select(driver.findElement(By.id("names-lang"))).selectByValue(lang);
    waitForRender(before, page);
  }

  // ------------------------------------------------------------------ helpers

  /** On a failure, keeps what the browser showed: failed-TEST.png and failed-TEST.html beside the screenshots. */
  static final class KeepFailures implements TestWatcher {
    @Override
    public void testFailed(ExtensionContext context, @Nullable Throwable cause) {
      if (driver == null || shots == null) return;
      String name = "failed-" + context.getRequiredTestMethod().getName();
      try {
        screenshot(name);
        Files.writeString(shots.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
      } catch (Exception e) {
        System.err.println("could not keep the page of the failed test: " + e);
      }
    }
  }

  private static @Nullable Path find(String env, String... candidates) {
    String set = System.getenv(env);
    Stream<String> paths = set != null && !set.isBlank() ? Stream.of(set) : Stream.of(candidates);
    return paths.map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
  }

  private static void open(String path) {
    driver.get(server.url() + path);
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static int renderCount() {
    Object n = js("return Number(document.getElementById('main').dataset.render || 0)");
    return ((Number) n).intValue();
  }

  /** Waits until the page is drawn (its data is in) and is the one asked for. */
  /** The timeline's address alone, in a fresh page, draws the same view: the same rows and text. */
  private static void assertTheAddressRedrawsTheTimeline(List<String> rows) {
    String address = driver.getCurrentUrl();
    String shown = text(By.cssSelector("main"));
    driver.get("about:blank");
    driver.get(address);
    waitForPage("timeline");
    assertThat(rowIds()).isEqualTo(rows);
    assertThat(text(By.cssSelector("main"))).isEqualTo(shown);
  }

  private static void waitForPage(String page) {
    new WebDriverWait(driver, WAIT).withMessage(() -> "page " + page + " at " + driver.getCurrentUrl())
        .until(d -> page.equals(js("return document.body.dataset.page"))
            && "true".equals(js("return document.getElementById('main').dataset.ready")));
    assertThat(driver.findElements(By.cssSelector("main .error"))).as("error shown on " + page).isEmpty();
    assertNoNullShown();
  }

  /** Waits until a page that failed is drawn: its error, and the way on. */
  private static void waitForErrorPage(String page) {
    new WebDriverWait(driver, WAIT).withMessage(() -> "error page " + page + " at " + driver.getCurrentUrl())
        .until(d -> page.equals(js("return document.body.dataset.page"))
            && "true".equals(js("return document.getElementById('main').dataset.ready")));
    assertThat(driver.findElements(By.cssSelector("main .error"))).as("error shown on " + page).isNotEmpty();
    assertNoNullShown();
  }

  /** A value the page had not (null, undefined) never reaches the reader as a word. */
  private static void assertNoNullShown() {
    assertThat(text(By.cssSelector("main"))).as("text of " + driver.getCurrentUrl()).doesNotContainPattern("\\b(null|undefined|NaN)\\b");
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Waits for a drawing newer than {@code before} to finish. */
  private static void waitForRender(int before, String page) {
    new WebDriverWait(driver, WAIT).withMessage(() -> "a new drawing of " + page + " at " + driver.getCurrentUrl())
        .until(d -> renderCount() > before);
    waitForPage(page);
  }

  private static void click(By by) {
    click(driver.findElement(by));
  }

  private static void click(WebElement e) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
    e.click();
  }

  private static String text(By by) {
    return driver.findElement(by).getText();
  }

  private static int hits() {
    return Integer.parseInt(driver.findElement(By.cssSelector("[data-hits]")).getAttribute("data-hits"));
  }

  /** Saves the whole page (not only the window) as target/screenshots/NAME.png. */
  @SuppressWarnings("unchecked")
  private static void screenshot(String name) throws Exception {
    byte[] png;
    try {
      Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
      Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
      long width = Math.round(((Number) size.get("width")).doubleValue());
      long height = Math.min(6000, Math.round(((Number) size.get("height")).doubleValue()));
      Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
          "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
      png = Base64.getDecoder().decode((String) shot.get("data"));
    } catch (RuntimeException e) {
      png = driver.getScreenshotAs(OutputType.BYTES);
    }
    Files.write(shots.resolve(name + ".png"), png);
  }
}
