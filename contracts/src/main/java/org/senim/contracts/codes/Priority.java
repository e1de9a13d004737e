package org.senim.contracts.codes;

/** Triage priority of a tip, highest first. */
public enum Priority {

	CRITICAL, HIGH, NORMAL;

}
