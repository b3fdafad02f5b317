package amity.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A typed, dated contact between actors, with the sentences it was read from.
 *
 * <p>An extractor returns one event per reading with a single source; merging joins readings of
 * the same event from several stories and languages into one event with several sources.
 *
 * @param id stable id
 * @param type PLOVER-style type: CONSULT, AGREE, AID, SUPPORT, COOPERATE, REQUEST, …
 * @param form the finer form: {@code state_visit}, {@code talks}, {@code phone_call}, …
 * @param cameo nearest CAMEO code
 * @param mode how the parties were in contact (written out as {@code in_person}, {@code phone},
 *     {@code video} or {@code written})
 * @param status whether it happened or is planned (written out as {@code reported} or {@code
 *     planned})
 * @param date when, or null when nothing tells
 * @param actors participants with roles
 * @param countries countries involved, ISO alpha-2
 * @param location where, if known
 * @param fields fields of cooperation
 * @param quantities amounts named
 * @param sources the sentences it was read from
 * @param confidence 0 to 1
 */
public record Event(
    String id,
    String type,
    String form,
    String cameo,
    Mode mode,
    Status status,
    @Nullable DateRange date,
    List<Actor> actors,
    List<String> countries,
    @Nullable Place location,
    List<String> fields,
    List<Quantity> quantities,
    List<Evidence> sources,
    double confidence) {
  public Event {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(form, "form must not be null");
    Objects.requireNonNull(cameo, "cameo must not be null");
    Objects.requireNonNull(mode, "mode must not be null");
    Objects.requireNonNull(status, "status must not be null");
    actors = List.copyOf(actors);
    countries = List.copyOf(countries);
    fields = List.copyOf(fields);
    quantities = List.copyOf(quantities);
    sources = List.copyOf(sources);
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
  }

  /**
   * {@return the confidence as amity shows it (JSON, exports, the Spark job's tables): three
   * decimals, so sums such as 0.7000000000000001 read 0.7 everywhere alike}
   */
  public double shownConfidence() {
    return Math.round(confidence * 1000) / 1000.0;
  }
}
