package org.senim.referral.audit;

/** What an actor did. */
public enum AuditAction {

	VIEWED, ACCEPTED, DECLINED, CLOSED, MESSAGED, ESCALATED, ACKNOWLEDGED,

	/** Was given the data key of the referral's report (the NGO data-key API). */
	KEY_RELEASED

}
