package amity.stage;

import amity.model.Document;
import amity.model.RawDocument;
import java.io.IOException;

/** Turns bytes into page text: charset detection, BOM removal, NFC; HTML to visible text. */
public interface Decoder {
  /**
   * Decodes one raw document.
   *
   * @throws IOException (an {@code amity.decode.DecodeException}) naming the file and the reason
   *     when the bytes are not text
   */
  Document decode(RawDocument raw) throws IOException;
}
