package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link SentenceView.Later}: worked out on the first ask, once, and not at all when nobody asks. */
class SentenceViewLaterTest {
  @Test
  void aValueIsWorkedOutOnTheFirstAskAndOnlyThen() {
    AtomicInteger runs = new AtomicInteger();
    SentenceView.Later<String> later = SentenceView.Later.later(() -> "parse " + runs.incrementAndGet());
    assertThat(runs).hasValue(0);
    assertThat(later.get()).isEqualTo("parse 1");
    assertThat(later.get()).isEqualTo("parse 1");
    assertThat(runs).hasValue(1);
  }

  @Test
  void nothingWorkedOutIsAValueToo() {
    AtomicInteger runs = new AtomicInteger();
    SentenceView.Later<String> none = SentenceView.Later.later(() -> {
      runs.incrementAndGet();
      return null;
    });
    assertThat(none.get()).isNull();
    assertThat(none.get()).isNull();
    assertThat(runs).hasValue(1);
  }
}
