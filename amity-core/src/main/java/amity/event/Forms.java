package amity.event;

import java.util.Map;

/** Event forms: which belong together, and which of two is the more specific. */
public final class Forms {
  private Forms() {}

  private static final Map<String, String> FAMILY =
      Map.ofEntries(
          Map.entry("state_visit", "visit"),
          Map.entry("official_visit", "visit"),
          Map.entry("working_visit", "visit"),
          Map.entry("visit", "visit"),
          Map.entry("meeting", "meet"),
          Map.entry("talks", "meet"),
          Map.entry("reception", "meet"),
          Map.entry("courtesy_call", "meet"),
          Map.entry("farewell_call", "meet"),
          Map.entry("credentials", "meet"),
          Map.entry("phone_call", "meet"),
          Map.entry("video_call", "meet"),
          Map.entry("letter", "written"),
          Map.entry("message", "written"),
          Map.entry("agreement_signing", "agree"),
          Map.entry("joint_statement", "statement"),
          Map.entry("aid", "aid"),
          Map.entry("ceremony_attendance", "ceremony"),
          Map.entry("joint_committee", "committee"),
          Map.entry("invitation", "invitation"),
          Map.entry("support", "support"));

  private static final Map<String, Integer> RANK =
      Map.ofEntries(
          Map.entry("phone_call", 10),
          Map.entry("video_call", 10),
          Map.entry("state_visit", 9),
          Map.entry("official_visit", 8),
          Map.entry("working_visit", 7),
          Map.entry("farewell_call", 6),
          Map.entry("courtesy_call", 6),
          Map.entry("credentials", 6),
          Map.entry("talks", 5),
          Map.entry("reception", 4),
          Map.entry("meeting", 3),
          Map.entry("visit", 2),
          Map.entry("message", 5),
          Map.entry("letter", 4),
          Map.entry("joint_statement", 5),
          Map.entry("agreement_signing", 4));

  private static final Map<String, String> CLASS =
      Map.ofEntries(
          Map.entry("state_visit", "visit"),
          Map.entry("official_visit", "visit"),
          Map.entry("working_visit", "visit"),
          Map.entry("visit", "visit"),
          Map.entry("invitation", "visit"),
          Map.entry("meeting", "meeting"),
          Map.entry("talks", "meeting"),
          Map.entry("reception", "meeting"),
          Map.entry("courtesy_call", "meeting"),
          Map.entry("farewell_call", "meeting"),
          Map.entry("credentials", "meeting"),
          Map.entry("joint_committee", "meeting"),
          Map.entry("ceremony_attendance", "meeting"),
          Map.entry("phone_call", "call"),
          Map.entry("video_call", "call"),
          Map.entry("agreement_signing", "agreement"),
          Map.entry("joint_statement", "agreement"),
          Map.entry("aid", "aid"));

  /** The five classes of contact event that event data sets count (EVENTS-GUIDE.md). */
  public static final java.util.List<String> CLASSES = java.util.List.of("visit", "meeting", "call", "agreement", "aid");

  /**
   * {@return the class of contact event a form counts as — visit, meeting, call, agreement or aid —
   * or null for a form that is no contact event (letters, messages, statements of support)}
   */
  public static @org.jspecify.annotations.Nullable String eventClass(String form) {
    return CLASS.get(form);
  }

  /** {@return the forms that count as a class of contact event (visit, meeting, call, agreement, aid); none for another word} */
  public static java.util.Set<String> ofClass(String eventClass) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    CLASS.forEach((form, c) -> {
      if (c.equals(eventClass)) out.add(form);
    });
    return java.util.Collections.unmodifiableSet(out);
  }

  /** {@return the PLOVER-style type a form usually has: AGREE, AID, COOPERATE or CONSULT} */
  public static String type(String form) {
    return switch (form) {
      case "agreement_signing", "joint_statement" -> "AGREE";
      case "aid" -> "AID";
      case "joint_committee" -> "COOPERATE";
      case "message", "support" -> "SUPPORT";
      default -> "CONSULT";
    };
  }

  /** {@return the family of a form: forms of one family can describe the same event} */
  public static String family(String form) {
    return FAMILY.getOrDefault(form, form);
  }

  /** {@return whether two forms can describe the same event} */
  public static boolean compatible(String a, String b) {
    return family(a).equals(family(b));
  }

  /** {@return the more specific of two compatible forms} */
  public static String moreSpecific(String a, String b) {
    return RANK.getOrDefault(b, 1) > RANK.getOrDefault(a, 1) ? b : a;
  }

  /** {@return every form amity knows} */
  public static java.util.Set<String> all() {
    return FAMILY.keySet();
  }
}
