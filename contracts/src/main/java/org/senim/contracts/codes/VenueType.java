package org.senim.contracts.codes;

/** Businesses traffickers run (seed article). */
public enum VenueType {

	SAUNA, CLUB, CAFE, TOURIST_AGENCY, MODEL_AGENCY, FARM, CONSTRUCTION_SITE, PRIVATE_HOME, ONLINE, OTHER;

}
