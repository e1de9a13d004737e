package org.senim.referral.routing;

import org.senim.contracts.codes.VictimNationality;
import org.senim.contracts.events.ReportSubmitted;

/** What routing needs to know of a tip. */
public record RoutingCase(String city, boolean minorsInvolved, boolean foreignVictims) {

	public static RoutingCase of(ReportSubmitted report) {
		return new RoutingCase(report.city(), Boolean.TRUE.equals(report.minorsInvolved()),
				report.victimNationality() == VictimNationality.FOREIGN);
	}

}
