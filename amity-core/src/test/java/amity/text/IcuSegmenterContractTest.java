package amity.text;

import amity.stage.Segmenter;
import amity.stage.SegmenterContract;
import org.junit.jupiter.api.Nested;

/** {@link IcuSegmenter}, with and without Vietnamese words joined, against the {@link Segmenter} contract. */
class IcuSegmenterContractTest extends SegmenterContract {
  @Override
  protected Segmenter segmenter() {
    return new IcuSegmenter();
  }

  @Nested
  class SyllablesNotJoined extends SegmenterContract {
    @Override
    protected Segmenter segmenter() {
      return new IcuSegmenter(new IcuSegmenter.Config(false));
    }
  }
}
