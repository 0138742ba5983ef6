package org.fahras.api;

/**
 * The entity type names the host knows how to colour, facet and translate. Recognisers may
 * produce other upper-case names; the host shows those with a neutral colour.
 *
 * @since 1.2.0
 */
public final class EntityType {
  /** A person's name, with or without a title. */
  public static final String PERSON = "PERSON";
  /** A place: country, region, city, geographic feature. */
  public static final String LOCATION = "LOCATION";
  /** An organisation: ministry, council, company, party, agency, university. */
  public static final String ORGANIZATION = "ORGANIZATION";
  /** A calendar date, Gregorian or Hijri, complete or partial (month and year). */
  public static final String DATE = "DATE";
  /** A time of day. */
  public static final String TIME = "TIME";
  /** An amount of money with its currency. */
  public static final String MONEY = "MONEY";
  /** A percentage. */
  public static final String PERCENT = "PERCENT";

  private EntityType() {}
}
