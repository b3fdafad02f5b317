package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import amity.ner.internal.Labels;
import amity.ner.train.NerTrainer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every training setting is an option of {@code amity train-ner}; none hides in a system property. */
class TrainNerCommandTest {
  private static TrainNerCommand parsed(String... options) {
    TrainNerCommand c = new TrainNerCommand();
    String[] required = {"--lang", "es", "--train", "esp.train", "--dev", "esp.testa", "--out", "es.bin"};
    String[] all = new String[required.length + options.length];
    System.arraycopy(required, 0, all, 0, required.length);
    System.arraycopy(options, 0, all, required.length, options.length);
    new CommandLine(c).parseArgs(all);
    return c;
  }

  @Test
  void withoutOptionsItTrainsAsTheShippedModelsWere() {
    assertThat(parsed().config()).isEqualTo(NerTrainer.Config.defaults());
  }

  @Test
  void eachSettingHasItsOption() {
    NerTrainer.Config c = parsed(
            "--seed", "7", "--no-clusters", "--gazetteer-folds", "0", "--scheme", "BIOES",
            "--second-stage", "4", "--second-stage-ensemble", "2", "--epochs", "9", "--patience", "3",
            "--ensemble", "2", "--prune", "0")
        .config();
    assertThat(c).isEqualTo(new NerTrainer.Config(9, 3, 7L, false, 1, 0, 2, 0.0, Labels.Scheme.BIOES, 4, 2));
  }
}
