package amity.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random token sequences for robustness tests: tokens of 0–7 characters drawn from an alphabet. */
public final class RandomTokens {
  private RandomTokens() {}

  /** {@return {@code count} sentences of fewer than {@code maxTokens} tokens, the same for the same arguments} */
  public static List<List<String>> sentences(long seed, int count, int maxTokens, String alphabet) {
    Random r = new Random(seed);
    List<List<String>> out = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      List<String> tokens = new ArrayList<>();
      int n = r.nextInt(maxTokens);
      for (int i = 0; i < n; i++) {
        StringBuilder b = new StringBuilder();
        int len = r.nextInt(8);
        for (int k = 0; k < len; k++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        tokens.add(b.toString());
      }
      out.add(tokens);
    }
    return out;
  }
}
