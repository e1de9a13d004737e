package org.senim.contracts.codes;

/** Industries where exploitation happens in Kazakhstan (seed article). */
public enum Industry {

	AGRICULTURE_TOBACCO, AGRICULTURE_COTTON, AGRICULTURE_OTHER, CONSTRUCTION, STREET_BEGGING, DOMESTIC_WORK,
	HOSPITALITY, SEX_INDUSTRY, OTHER;

}
