package org.senim.contracts.codes;

/** How the victim was recruited, coded as in HTCDS 2.0. */
public enum Recruitment {

	JOB_AD_ONLINE, SOCIAL_NETWORK, ACQUAINTANCE, FAMILY, AGENCY, AT_WORKPLACE, OTHER;

}
