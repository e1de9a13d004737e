package org.senim.contracts.codes;

/** Who is sending the tip. */
public enum ReporterRole {

	VICTIM, WITNESS, RELATIVE, OTHER;

}
