package amity.model;

import org.jspecify.annotations.Nullable;

/**
 * What an entity id as the knowledge base writes it tells without a lookup: "country:FR" is the
 * country whose ISO code is FR. Ids of other kinds ("person:fr/jacques-chirac", "org:un") hold no
 * code to read; their country is the knowledge base's to say.
 */
public final class EntityIds {
  private static final String COUNTRY = "country:";

  private EntityIds() {}

  /** {@return whether {@code id} is a country's} */
  public static boolean isCountry(String id) {
    return id.startsWith(COUNTRY);
  }

  /** {@return the code of the country {@code id} names ("country:FR": "FR"), or null for an id of another kind} */
  public static @Nullable String countryCode(String id) {
    return isCountry(id) ? id.substring(COUNTRY.length()) : null;
  }

  /** {@return the id of the country whose code is {@code code}} */
  public static String ofCountry(String code) {
    return COUNTRY + code;
  }
}
