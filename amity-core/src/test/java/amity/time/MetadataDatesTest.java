package amity.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataDatesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2021-07-27|2021-07-27",
        "2025-09-02T06:00:00+07:00|2025-09-02",
        "2025-09-01T23:00:00Z|2025-09-01",
        "2023-05-30 08:52|2023-05-30",
        "2023-05|2023-05",
        "2019|2019",
        "20210727|2021-07-27",
        "2021/07/27|2021-07-27",
        "27/07/2021|2021-07-27",
        "31.05.2023 08:52|2023-05-31",
        "'Tue, 27 Jul 2021 08:30:00 +0700'|2021-07-27",
        "27 Jul 2021 08:30:00 GMT|2021-07-27",
        "'Wednesday, 3 September 2025 10:00'|2025-09-03",
      })
  void readsWhatMetadataWrites(String in, String iso) {
    assertThat(MetadataDates.parse(in)).map(d -> d.iso()).contains(iso);
  }

  @ParameterizedTest
  @CsvSource({"someday", "2021-02-30", "31/13/2021", "1850-01-01", "''", "July"})
  void refusesWhatIsNotADate(String in) {
    assertThat(MetadataDates.parse(in)).isEqualTo(Optional.empty());
  }
}
