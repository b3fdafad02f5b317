package amity.decode;

import amity.stage.Decoder;
import amity.stage.DecoderContract;

/** {@link TextDecoder} against the {@link Decoder} contract. */
class TextDecoderContractTest extends DecoderContract {
  private static final TextDecoder DECODER = new TextDecoder();

  @Override
  protected Decoder decoder() {
    return DECODER;
  }
}
