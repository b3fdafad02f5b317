package amity.http;

import amity.store.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.jspecify.annotations.Nullable;

/**
 * Jetty's answer to requests it refuses before any route sees them (ambiguous paths such as
 * {@code /../}, bad encodings), as {@code {"error": reason}} like every other error. Thread-safe.
 */
final class JsonBadMessages extends ErrorHandler {
  @Override
  public ByteBuffer badMessageError(int status, @Nullable String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    var o = Json.MAPPER.createObjectNode().put("error", "bad request: " + (reason == null ? "malformed" : reason));
    return ByteBuffer.wrap(Json.write(o).getBytes(StandardCharsets.UTF_8));
  }
}
