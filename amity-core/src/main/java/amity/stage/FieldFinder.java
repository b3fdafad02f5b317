package amity.stage;

import amity.model.Story;
import java.util.List;

/** Finds the fields of cooperation a story names ("vaccine", "vắc xin" and "疫苗" all name {@code vaccines}). */
public interface FieldFinder {
  /** {@return the keys of the fields the story's title and text name, read as {@code lang}, each once, in the order first found}; a null story or language is a caller's bug (NullPointerException) */
  List<String> fields(Story story, String lang);
}
