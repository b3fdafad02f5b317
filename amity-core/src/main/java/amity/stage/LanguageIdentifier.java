package amity.stage;

/** Names the language of a text. */
public interface LanguageIdentifier {
  /** Language tag for "cannot tell". */
  String UNDETERMINED = "und";

  /** {@return a BCP 47 language tag, or {@link #UNDETERMINED}} */
  String identify(CharSequence text);
}
