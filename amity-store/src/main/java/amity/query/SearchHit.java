package amity.query;

import amity.store.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A search hit as {@code amity search --json} prints it. */
public record SearchHit(String doc, String story, String file, String lang, String title, String snippet, double score) {

  /** {@return the hit as {@code amity search --json} and {@code GET /api/search} give it} */
  public ObjectNode json() {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("doc", doc);
    o.put("story", story);
    o.put("file", file);
    o.put("lang", lang);
    o.put("title", title);
    o.put("snippet", snippet);
    o.put("score", Math.round(score * 1000) / 1000.0);
    return o;
  }
}
