package amity.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import amity.model.Event;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import amity.testkit.Analyze;
import amity.testkit.Docs;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Real pages of the WCXB benchmark ({@code ../shared/data/extraction/wcxb-dev}): a general crawl,
 * where a trigger word is rarely an event. Over the whole folder amity reports one event, a real meeting.
 */
class OrdinaryPagesTest {
  private static final Path HTML = Path.of("../../shared/data/extraction/wcxb-dev/html").toAbsolutePath().normalize();

  private static List<Event> events(String id) throws Exception {
    Path file = HTML.resolve(id + ".html.gz");
    assumeTrue(Files.exists(file), "no " + file);
    byte[] html;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      html = in.readAllBytes();
    }
    return Analyze.events(Analyze.pipeline().analyze(Docs.decode(new RawDocument(id + ".html", html, SourceMeta.html()))));
  }

  @Test
  void countriesInBracketsAfterLanguageNamesAreNoPartiesOfAMessage() throws Exception {
    // "Live Translation in Messages is available in … English (UK, U.S.), French (France) …"
    assertThat(events("3061")).isEmpty();
  }

  @Test
  void aNewsPageInTheCrawlStillGivesItsMeeting() throws Exception {
    // "US Interior Secretary Doug Burgum has met with Venezuela's interim President … in Caracas."
    assertThat(events("2967")).extracting(Event::form).containsExactly("meeting");
  }

  @Test
  void loginCredentialsAreNoDiplomatsCredentials() throws Exception {
    // "To learn more, see Store your Twilio credentials securely.": "Store" is no Norwegian prime
    // minister here, and credentials not presented to anyone are no diplomat's.
    assertThat(events("0681")).isEmpty();
  }

  @Test
  void aPhotoCreditIsNoVisit() throws Exception {
    // "Kristina Armitage/Quanta Magazine; sources (from left): …": not Richard Armitage, and
    // "from left" is a place in the picture, not a departure.
    assertThat(events("0428")).isEmpty();
  }

  @Test
  void aNovelsQueenWelcomingItsHeroineIsNoReception() throws Exception {
    // "When she heads off to a remote kingdom called Quanbao, …, she's welcomed by the kingdom's
    // queen, Lady Sookhee": a queen of no known state, no state named: no contact between states.
    assertThat(events("4372")).isEmpty();
  }
}
