package org.senim.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.codes.ControlMethod;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Industry;
import org.senim.contracts.codes.ReporterRole;
import org.senim.contracts.codes.VenueType;
import org.senim.contracts.codes.VictimNationality;
import org.senim.contracts.events.ReportSubmitted;

/** Tips for tests, built up one answer at a time. */
public record Reports(UUID reportId, String city, List<ExploitationType> exploitationTypes,
		List<ControlMethod> controlMethods, VenueType venueType, Integer victimCount, Boolean minorsInvolved,
		Boolean immediateDanger, VictimNationality victimNationality) {

	/** The description of every test tip, sealed under its data key in the event. */
	public static final String DESCRIPTION = "Workers at a farm cannot leave; their passports were taken.";

	/** A forced-labour tip from the city with nothing urgent about it. */
	public static Reports tip(String city) {
		return new Reports(UUID.randomUUID(), city, List.of(ExploitationType.FORCED_LABOUR), List.of(), VenueType.FARM,
				1, false, false, VictimNationality.KZ);
	}

	public Reports exploitation(ExploitationType... types) {
		return new Reports(this.reportId, this.city, List.of(types), this.controlMethods, this.venueType,
				this.victimCount, this.minorsInvolved, this.immediateDanger, this.victimNationality);
	}

	public Reports control(ControlMethod... methods) {
		return new Reports(this.reportId, this.city, this.exploitationTypes, List.of(methods), this.venueType,
				this.victimCount, this.minorsInvolved, this.immediateDanger, this.victimNationality);
	}

	public Reports victims(Integer count) {
		return new Reports(this.reportId, this.city, this.exploitationTypes, this.controlMethods, this.venueType, count,
				this.minorsInvolved, this.immediateDanger, this.victimNationality);
	}

	public Reports minors() {
		return new Reports(this.reportId, this.city, this.exploitationTypes, this.controlMethods, this.venueType,
				this.victimCount, true, this.immediateDanger, this.victimNationality);
	}

	public Reports inDanger() {
		return new Reports(this.reportId, this.city, this.exploitationTypes, this.controlMethods, this.venueType,
				this.victimCount, this.minorsInvolved, true, this.victimNationality);
	}

	public Reports foreign() {
		return new Reports(this.reportId, this.city, this.exploitationTypes, this.controlMethods, this.venueType,
				this.victimCount, this.minorsInvolved, this.immediateDanger, VictimNationality.FOREIGN);
	}

	public ReportSubmitted submitted() {
		return new ReportSubmitted(this.reportId, this.city, this.exploitationTypes,
				ReportServiceStub.seal(this.reportId, EventType.REPORT_SUBMITTED, "description", DESCRIPTION),
				Industry.AGRICULTURE_OTHER, this.controlMethods, null, this.venueType, this.victimCount,
				this.minorsInvolved, this.immediateDanger, this.victimNationality, "ru", ReporterRole.WITNESS, false,
				false, Instant.now());
	}

}
