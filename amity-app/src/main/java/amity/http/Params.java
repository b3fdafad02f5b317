package amity.http;

import amity.event.Forms;
import amity.model.DateValue;
import amity.query.DisplayNames;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of one request, checked strictly: a parameter the endpoint does not know,
 * one given twice, one too long or malformed is a 400 with the reason. Not thread-safe (one per
 * request).
 */
final class Params {
  /** Parameter values longer than this are refused. */
  static final int MAX_LENGTH = 500;

  /** PLOVER event types. */
  static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
      "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "DEMAND", "DISAPPROVE");

  private static final Pattern LANG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
  private static final Pattern FIELD = Pattern.compile("[a-z][a-z_]{0,39}");

  private final Map<String, List<String>> values;

  Params(Context ctx, String... allowed) {
    this.values = ctx.queryParamMap();
    Set<String> known = Set.of(allowed);
    Set<String> unknown = new TreeSet<>();
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      if (!known.contains(e.getKey())) {
        unknown.add(e.getKey());
        continue;
      }
      if (e.getValue().size() > 1) throw ApiException.bad("parameter '" + e.getKey() + "' is given " + e.getValue().size() + " times");
      if (e.getValue().get(0).length() > MAX_LENGTH) {
        throw ApiException.bad("parameter '" + e.getKey() + "' is longer than " + MAX_LENGTH + " characters");
      }
    }
    if (!unknown.isEmpty()) {
      throw ApiException.bad("unknown parameter" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
          + "; this endpoint takes " + String.join(", ", new TreeSet<>(known)));
    }
  }

  /** {@return the value, stripped, or null when absent} (an empty value is refused) */
  @Nullable String str(String name) {
    List<String> v = values.get(name);
    if (v == null) return null;
    String s = v.get(0).strip();
    if (s.isEmpty()) throw ApiException.bad("parameter '" + name + "' is empty");
    if (s.chars().anyMatch(c -> Character.isISOControl(c))) throw ApiException.bad("parameter '" + name + "' has control characters");
    return s;
  }

  String required(String name) {
    String s = str(name);
    if (s == null) throw ApiException.bad("parameter '" + name + "' is required");
    return s;
  }

  int integer(String name, int dflt, int min, int max) {
    String s = str(name);
    if (s == null) return dflt;
    if (!s.matches("-?\\d{1,10}")) throw ApiException.bad("parameter '" + name + "' must be a whole number: '" + s + "'");
    long n = Long.parseLong(s);
    if (n < min || n > max) throw ApiException.bad("parameter '" + name + "' must be between " + min + " and " + max + ": " + n);
    return (int) n;
  }

  @Nullable DateValue date(String name) {
    String s = str(name);
    if (s == null) return null;
    try {
      DateValue d = DateValue.parse(s);
      if (d.year() != null) return d;
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw ApiException.bad("parameter '" + name + "' must be a date like 2021, 2021-07 or 2021-07-27: '" + s + "'");
  }

  /** {@return a PLOVER type (upper case) or a form (lower case), or null} */
  @Nullable String type(String name) {
    String s = str(name);
    if (s == null) return null;
    if (TYPES.contains(s.toUpperCase(Locale.ROOT))) return s.toUpperCase(Locale.ROOT);
    if (Forms.all().contains(s.toLowerCase(Locale.ROOT))) return s.toLowerCase(Locale.ROOT);
    throw ApiException.bad("parameter '" + name + "' must be an event type (" + String.join(", ", new TreeSet<>(TYPES))
        + ") or a form (" + String.join(", ", new TreeSet<>(Forms.all())) + "): '" + s + "'");
  }

  /** {@return a form (state_visit), or null} */
  @Nullable String form(String name) {
    String s = str(name);
    if (s == null) return null;
    String f = s.toLowerCase(Locale.ROOT);
    if (!Forms.all().contains(f)) {
      throw ApiException.bad("parameter '" + name + "' must be a form (" + String.join(", ", new TreeSet<>(Forms.all())) + "): '" + s + "'");
    }
    return f;
  }

  /** {@return a class of contact event (visit, meeting, call, agreement, aid), or null} */
  @Nullable String eventClass(String name) {
    String s = str(name);
    if (s == null) return null;
    String c = s.toLowerCase(Locale.ROOT);
    if (!Forms.CLASSES.contains(c)) {
      throw ApiException.bad("parameter '" + name + "' must be a class of event (" + String.join(", ", Forms.CLASSES) + "): '" + s + "'");
    }
    return c;
  }

  /** {@return planned or reported, or null} */
  @Nullable String status(String name) {
    String s = str(name);
    if (s == null) return null;
    String v = s.toLowerCase(Locale.ROOT);
    if (!v.equals("planned") && !v.equals("reported")) throw ApiException.bad("parameter '" + name + "' must be planned or reported: '" + s + "'");
    return v;
  }

  /** {@return a month, yyyy-mm, or null} */
  @Nullable String month(String name) {
    String s = str(name);
    if (s == null) return null;
    if (!s.matches("\\d{4}-(0[1-9]|1[0-2])")) throw ApiException.bad("parameter '" + name + "' must be a month like 2025-04: '" + s + "'");
    return s;
  }

  @Nullable String lang(String name) {
    String s = str(name);
    if (s == null) return null;
    if (!LANG.matcher(s).matches()) throw ApiException.bad("parameter '" + name + "' must be a language tag like vi, zh, en or es: '" + s + "'");
    return s;
  }

  @Nullable String country(String name) {
    String s = str(name);
    if (s == null) return null;
    if (!COUNTRY.matcher(s).matches()) throw ApiException.bad("parameter '" + name + "' must be an ISO 3166 alpha-2 code like VN or CU: '" + s + "'");
    return s.toUpperCase(Locale.ROOT);
  }

  /** {@return a field of cooperation key (health, food_security, …), or null} */
  @Nullable String field(String name) {
    String s = str(name);
    if (s == null) return null;
    String f = s.toLowerCase(Locale.ROOT);
    if (!FIELD.matcher(f).matches()) {
      throw ApiException.bad("parameter '" + name + "' must be a field key like health or food_security: '" + s + "'");
    }
    return f;
  }

  /** {@return the language entities are to be named in (en, vi, zh, es), or null} */
  @Nullable String names(String name) {
    String s = str(name);
    if (s == null) return null;
    String l = s.toLowerCase(Locale.ROOT);
    if (!DisplayNames.LANGUAGES.contains(l)) {
      throw ApiException.bad("parameter '" + name + "' must be a language to name entities in: en, es, vi or zh: '" + s + "'");
    }
    return l;
  }

  boolean has(String name) {
    return values.containsKey(name);
  }
}
