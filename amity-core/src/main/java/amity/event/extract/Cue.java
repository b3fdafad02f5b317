package amity.event.extract;

/** What a clause says about the event its trigger names, beyond the event itself. */
public enum Cue {
  /** "the visit", "此次访问": names an event already told. */
  ANAPHORIC,
  /** "the two sides signed": the actors are the story's two sides. */
  BOTH_SIDES,
  /** "ambos gobiernos comenzarán a negociar", "the two countries agreed": the two sides are named as states. */
  BOTH_STATES,
  /** "met A and B separately": one event per counterpart. */
  SEPARATELY,
  /** "jointly", "together": one event with all counterparts. */
  JOINTLY,
  /** A year long before the story's own stands by the trigger: history, not news. */
  PAST_YEAR,
  /** Told as the object of thanks ("thanked X for the rice"): it happened before, undated. */
  BACKGROUND,
  /** Told as another's report ("X said …"): the reporter is not an actor, the report's day not the event's. */
  REPORTED_SPEECH,
  /** Told as at another time than what came before ("He later discussed …", "此前"): it takes no day from around it. */
  ANOTHER_TIME,
  /** A gathering of many states, attended ("出席联合国大会": a meeting of them, not a ceremony) or named ("la cumbre"). */
  GATHERING,
  /** A word for a meeting that a body alone may hold ("meeting", "la cumbre", "会议") is among the trigger's words. */
  FORUM,
  /**
   * The sides are the subject ("三国领导人…发表联合声明，敦促伊朗…") and the names read come only after
   * the trigger, beyond a clause break: what they spoke of, unless the story has no sides to give.
   */
  SIDES_AS_SUBJECT,
  /**
   * The sides stand as the subject before the trigger, in its clause, and every name read for it
   * comes after it ("The two party leaders had also agreed to meet … Robert Pelletreau"): the
   * sides act, those named are whom they act with.
   */
  SIDES_BEFORE,
  /**
   * The clause names its event by a definite word for one told before ("The accord, agreed two
   * weeks ago", "Estos contactos … han incluido"): its parties may be named in an earlier sentence.
   */
  DEFINITE,
  /**
   * A word for a meeting told before stands as the agreement's subject ("今天的会议达成了重要共识": the
   * meeting reached a consensus): its parties are those of that meeting.
   */
  OCCASION_SUBJECT,
  /** Its own sentence dates it: a date told near its word ("talks in Miami this week"), not one carried from before. */
  OWN_TIME,
  /** Its parties were named in another sentence, that of another reading ({@link AntecedentParties}). */
  PARTIES_ELSEWHERE
}
