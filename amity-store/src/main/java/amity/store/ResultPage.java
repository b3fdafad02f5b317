package amity.store;

import java.util.List;

/**
 * One page of results and how many there are in all.
 *
 * @param items the results of this page, in order
 * @param total how many results there are over every page
 */
public record ResultPage<T>(List<T> items, long total) {
  public ResultPage {
    items = List.copyOf(items);
  }
}
