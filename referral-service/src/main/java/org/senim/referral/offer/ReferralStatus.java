package org.senim.referral.offer;

/** Where an offer stands. */
public enum ReferralStatus {

	OFFERED, ACCEPTED, DECLINED, REROUTED, CLOSED,

	/** Another organization accepted the tip first. */
	WITHDRAWN

}
