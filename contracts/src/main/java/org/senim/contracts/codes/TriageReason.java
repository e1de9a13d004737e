package org.senim.contracts.codes;

/**
 * Why a tip got its priority (DESIGN.md §5); the referral-service's triage rules name
 * them, offers carry them.
 */
public enum TriageReason {

	MINORS_INVOLVED, IMMEDIATE_DANGER, ORGAN_REMOVAL, PHYSICAL_ABUSE, SEXUAL_ABUSE, WITHHELD_DOCUMENTS, CHILD_LABOUR,
	MANY_VICTIMS

}
