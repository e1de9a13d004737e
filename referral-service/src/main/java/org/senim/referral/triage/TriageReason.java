package org.senim.referral.triage;

/** Why a tip got its priority; stored on every referral. */
public enum TriageReason {

	MINORS_INVOLVED, IMMEDIATE_DANGER, ORGAN_REMOVAL, PHYSICAL_ABUSE, SEXUAL_ABUSE, WITHHELD_DOCUMENTS, CHILD_LABOUR,
	MANY_VICTIMS

}
