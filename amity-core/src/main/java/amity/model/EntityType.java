package amity.model;

/** Coarse entity types, as in DESIGN.md: people, organisations, geo-political entities, other places. */
public enum EntityType {
  PERSON,
  ORG,
  /** Countries, provinces, cities: places with a government. */
  GPE,
  /** Places without a government: seas, regions, buildings, monuments. */
  LOC
}
