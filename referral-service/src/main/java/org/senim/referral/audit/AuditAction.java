package org.senim.referral.audit;

/** What an actor did. */
public enum AuditAction {

	VIEWED, ACCEPTED, DECLINED, CLOSED, MESSAGED, ESCALATED, ACKNOWLEDGED

}
