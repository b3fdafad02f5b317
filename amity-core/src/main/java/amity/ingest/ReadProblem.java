package amity.ingest;

import java.util.Objects;

/**
 * A record that was skipped while the rest of its container was read.
 *
 * @param file the record: "feed.jsonl#line-7", "crawl.warc.gz#record-12", "news.xml#item-3"
 * @param reason why, in one line
 */
public record ReadProblem(String file, String reason) {
  public ReadProblem {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
  }
}
