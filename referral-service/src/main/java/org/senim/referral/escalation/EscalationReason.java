package org.senim.referral.escalation;

/** Why the escalation policy decided as it did; stored with every decision. */
public enum EscalationReason {

	/** Escalated: minors are involved. */
	MINORS_INVOLVED,

	/** Escalated: someone is in immediate danger. */
	IMMEDIATE_DANGER,

	/** Escalated: organ removal. */
	ORGAN_REMOVAL,

	/** Escalated: the tipster agreed that the police be told. */
	CONSENT_TO_POLICE,

	/** Not escalated: nothing mandatory and no consent to police. */
	NO_CONSENT_TO_POLICE

}
