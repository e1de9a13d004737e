package org.senim.contracts.codes;

/** Kinds of help a directory service gives (Kazakhstan profile of HSDS). */
public enum ServiceType {

	HOTLINE, SHELTER, LEGAL_AID, MEDICAL, PSYCHOSOCIAL, REPATRIATION, CHILD_PROTECTION;

}
