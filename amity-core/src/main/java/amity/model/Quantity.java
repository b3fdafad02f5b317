package amity.model;

import java.util.Objects;

/**
 * An amount named with an event: 12,000 tonnes of rice, 5 documents, 2 million USD.
 *
 * @param value the number
 * @param unit the unit key ({@code tonne}, {@code USD}, {@code document}, …)
 * @param text the words as written
 */
public record Quantity(double value, String unit, String text) {
  public Quantity {
    Objects.requireNonNull(unit, "unit must not be null");
    Objects.requireNonNull(text, "text must not be null");
  }
}
