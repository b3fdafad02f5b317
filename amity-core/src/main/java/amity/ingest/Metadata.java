package amity.ingest;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Metadata field clean-up the readers share. Not API. */
final class Metadata {
  private Metadata() {}

  /** {@return the primary subtag of a language tag ("vi-VN" → "vi"), or null when it is not one} */
  static @Nullable String language(@Nullable String tag) {
    if (tag == null || tag.isBlank()) return null;
    String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
