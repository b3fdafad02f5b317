package amity.store;

import amity.testkit.Analyze;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One event told twice, in English and in Chinese (Việt Nam hands vaccines to Laos): the smallest
 * store in which an event merges across languages and a search crosses them.
 */
public final class VaccineStories {
  public static final String EN =
      "Vietnam sends vaccines to Laos\n\nHANOI — Deputy Prime Minister Trần Hồng Hà on 12 March 2024 handed over "
          + "200,000 doses of vaccine to Lao Deputy Prime Minister Chansamone Chanyalath in Vientiane.";
  public static final String ZH =
      "越南向老挝移交疫苗\n\n越通社河内 ——2024年3月12日，越南政府副总理陈红河在万象向老挝移交20万剂疫苗。";

  private VaccineStories() {}

  /** {@return the store in {@code dir} holding both stories, its entities and events refreshed} */
  public static Store open(Path dir) throws IOException {
    Store s = Store.open(dir);
    try {
      s.writer().save(Analyze.text(EN));
      s.writer().save(Analyze.text(ZH));
      s.writer().refresh(Analyze.kb());
      return s;
    } catch (IOException | RuntimeException e) {
      s.close();
      throw e;
    }
  }
}
