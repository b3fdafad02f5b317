package amity.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * An iterator that has to work out its next element before it can say whether there is one (a
 * record read from a stream, a document that may fail to analyse): subclasses say what comes
 * next, and this class keeps it until it is taken.
 */
abstract class LookAhead<T> implements Iterator<T> {
  private @Nullable T next;
  private boolean done;

  /** {@return the next element, or null when there are no more; not called again after null} */
  protected abstract @Nullable T advance();

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      next = advance();
      done = next == null;
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) throw new NoSuchElementException();
    T r = next;
    next = null;
    return r;
  }
}
