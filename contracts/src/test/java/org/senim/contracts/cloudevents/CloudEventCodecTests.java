package org.senim.contracts.cloudevents;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.senim.contracts.codes.ControlMethod;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Industry;
import org.senim.contracts.codes.Priority;
import org.senim.contracts.codes.Recruitment;
import org.senim.contracts.codes.ReporterRole;
import org.senim.contracts.codes.ServiceType;
import org.senim.contracts.codes.TriageReason;
import org.senim.contracts.codes.VenueType;
import org.senim.contracts.codes.VictimNationality;
import org.senim.contracts.events.CaseworkerMessageSent;
import org.senim.contracts.events.DirectoryCityChanged;
import org.senim.contracts.events.DirectoryServiceChanged;
import org.senim.contracts.events.EncryptedText;
import org.senim.contracts.events.EscalationAcknowledged;
import org.senim.contracts.events.EscalationRaised;
import org.senim.contracts.events.ReferralMessageReceived;
import org.senim.contracts.events.ReferralOffered;
import org.senim.contracts.events.ReferralRerouted;
import org.senim.contracts.events.ReferralUpdated;
import org.senim.contracts.events.ReportExpired;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.contracts.events.TipStatusChanged;
import org.senim.contracts.events.TipsterMessageSent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CloudEventCodecTests {

	private static final URI SOURCE = URI.create("/senim/test");

	private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	private final CloudEventCodec codec = new CloudEventCodec();

	private static final EncryptedText SEALED = new EncryptedText("report:x", "bm9uY2U=", "Y2lwaGVydGV4dA==");

	@Test
	void retiresTheTypesWhoseFreeTextIsNowSealed() {
		assertThat(EventType.of("org.senim.report.submitted.v1")).isEmpty();
		assertThat(EventType.of("org.senim.tipster.message.v1")).isEmpty();
		assertThat(EventType.of("org.senim.referral.offered.v1")).isEmpty();
		assertThat(EventType.of("org.senim.referral.updated.v1")).isEmpty();
		assertThat(EventType.of("org.senim.referral.message-received.v1")).isEmpty();
		assertThat(EventType.of("org.senim.caseworker.message.v1")).isEmpty();
		assertThat(EventType.of("org.senim.caseworker.message.v2")).contains(EventType.CASEWORKER_MESSAGE);
		assertThat(EventType.of("org.senim.report.submitted.v2")).contains(EventType.REPORT_SUBMITTED);
	}

	@Test
	void roundTripsReportSubmitted() {
		ReportSubmitted data = new ReportSubmitted(UUID.randomUUID(), "almaty",
				List.of(ExploitationType.FORCED_LABOUR, ExploitationType.CHILD_LABOUR), SEALED,
				Industry.AGRICULTURE_TOBACCO, List.of(ControlMethod.WITHHOLDS_DOCUMENTS), Recruitment.ACQUAINTANCE,
				VenueType.FARM, 3, true, false, VictimNationality.FOREIGN, "kk", ReporterRole.WITNESS, null, false,
				NOW);

		assertRoundTrip(EventType.REPORT_SUBMITTED, data.reportId().toString(), data);
	}

	@Test
	void roundTripsReferralOffered() {
		ReferralOffered data = new ReferralOffered(UUID.randomUUID(), UUID.randomUUID(), "shymkent", UUID.randomUUID(),
				UUID.randomUUID(), Priority.CRITICAL, List.of(ExploitationType.ORGAN_REMOVAL), false, true, "summary",
				SEALED, NOW, NOW.plus(30, ChronoUnit.MINUTES),
				List.of(TriageReason.IMMEDIATE_DANGER, TriageReason.ORGAN_REMOVAL), Industry.HOSPITALITY,
				List.of(ControlMethod.DEBT_BONDAGE, ControlMethod.WITHHOLDS_DOCUMENTS), Recruitment.JOB_AD_ONLINE,
				VenueType.SAUNA, 2, VictimNationality.FOREIGN, "ru", ReporterRole.RELATIVE, true, "turkistan");

		assertRoundTrip(EventType.REFERRAL_OFFERED, data.referralId().toString(), data);
	}

	@Test
	void readsOfferOfOlderProducerWithoutTheAddedAnswers() {
		String json = """
				{"specversion":"1.0","id":"1","source":"/x","type":"org.senim.referral.offered.v2",
				 "time":"2026-01-01T00:00:00Z","datacontenttype":"application/json",
				 "data":{"referralId":"5b1c2f7e-8a59-4d3c-9a43-6b6f0b7f6a11","reportId":"0f3e8b47-2f0c-4f7e-9d7e-2b8c1d1a5e22",
				 "city":"almaty","priority":"NORMAL","exploitationTypes":["OTHER"],"minorsInvolved":false,
				 "immediateDanger":false,"summary":"Other","description":{"keyId":"report:x","nonce":"bm9uY2U=","ciphertext":"Y2lwaGVydGV4dA=="},"offeredAt":"2026-01-01T00:00:00Z",
				 "respondBy":"2026-01-01T00:30:00Z"}}""";

		ReferralOffered offered = this.codec.decode(json.getBytes(StandardCharsets.UTF_8), EventType.REFERRAL_OFFERED)
			.data();

		assertThat(offered.triageReasons()).isEmpty();
		assertThat(offered.controlMethods()).isEmpty();
		assertThat(offered.industry()).isNull();
		assertThat(offered.victimNationality()).isNull();
		assertThat(offered.operatorEntered()).isNull();
		assertThat(offered.tipCity()).isNull();
	}

	@Test
	void readsTheTipsCityOfAnOfferRoutedOnToTheNationalTier() {
		String json = """
				{"specversion":"1.0","id":"1","source":"/x","type":"org.senim.referral.offered.v2",
				 "time":"2026-01-01T00:00:00Z","datacontenttype":"application/json",
				 "data":{"referralId":"5b1c2f7e-8a59-4d3c-9a43-6b6f0b7f6a11","reportId":"0f3e8b47-2f0c-4f7e-9d7e-2b8c1d1a5e22",
				 "city":"national","tipCity":"shymkent","priority":"NORMAL","exploitationTypes":["OTHER"],
				 "minorsInvolved":false,"immediateDanger":false,"summary":"Other","description":{"keyId":"report:x","nonce":"bm9uY2U=","ciphertext":"Y2lwaGVydGV4dA=="},
				 "offeredAt":"2026-01-01T00:00:00Z","respondBy":"2026-01-01T00:30:00Z"}}""";

		ReferralOffered offered = this.codec.decode(json.getBytes(StandardCharsets.UTF_8), EventType.REFERRAL_OFFERED)
			.data();

		assertThat(offered.city()).isEqualTo("national");
		assertThat(offered.tipCity()).isEqualTo("shymkent");
	}

	@Test
	void writesEveryCodedAnswerOfTheOffer() {
		ReferralOffered data = new ReferralOffered(UUID.randomUUID(), UUID.randomUUID(), "almaty", UUID.randomUUID(),
				UUID.randomUUID(), Priority.HIGH, List.of(ExploitationType.FORCED_LABOUR), false, false, "s", SEALED,
				NOW, NOW, List.of(TriageReason.WITHHELD_DOCUMENTS), Industry.CONSTRUCTION,
				List.of(ControlMethod.WITHHOLDS_DOCUMENTS), Recruitment.AGENCY, VenueType.CONSTRUCTION_SITE, 4,
				VictimNationality.KZ, "kk", ReporterRole.VICTIM, false, "shymkent");

		String json = new String(this.codec.encode(SenimEvent.of(EventType.REFERRAL_OFFERED, SOURCE, "x", data)),
				StandardCharsets.UTF_8);

		assertThat(json).contains("\"triageReasons\":[\"WITHHELD_DOCUMENTS\"]")
			.contains("\"industry\":\"CONSTRUCTION\"")
			.contains("\"controlMethods\":[\"WITHHOLDS_DOCUMENTS\"]")
			.contains("\"recruitment\":\"AGENCY\"")
			.contains("\"venueType\":\"CONSTRUCTION_SITE\"")
			.contains("\"victimCount\":4")
			.contains("\"victimNationality\":\"KZ\"")
			.contains("\"language\":\"kk\"")
			.contains("\"reporterRole\":\"VICTIM\"")
			.contains("\"operatorEntered\":false")
			.contains("\"city\":\"almaty\"")
			.contains("\"tipCity\":\"shymkent\"");
	}

	@Test
	void roundTripsTheConversationWithTheTipster() {
		UUID report = UUID.randomUUID();
		UUID message = UUID.randomUUID();
		UUID referral = UUID.randomUUID();

		assertRoundTrip(EventType.TIPSTER_MESSAGE, report.toString(),
				new TipsterMessageSent(message, report, SEALED, NOW));
		assertRoundTrip(EventType.REFERRAL_MESSAGE_RECEIVED, referral.toString(),
				new ReferralMessageReceived(message, referral, report, "almaty", UUID.randomUUID(), SEALED, NOW));
		assertThat(EventType.of("org.senim.tipster.message.v2")).contains(EventType.TIPSTER_MESSAGE);
	}

	@Test
	void roundTripsReferralUpdated() {
		ReferralUpdated declined = new ReferralUpdated(UUID.randomUUID(), UUID.randomUUID(), "almaty",
				UUID.randomUUID(), ReferralUpdated.Status.DECLINED, SEALED, NOW);
		ReferralUpdated accepted = new ReferralUpdated(UUID.randomUUID(), UUID.randomUUID(), "almaty",
				UUID.randomUUID(), ReferralUpdated.Status.ACCEPTED, null, NOW);

		assertRoundTrip(EventType.REFERRAL_UPDATED, declined.referralId().toString(), declined);
		assertRoundTrip(EventType.REFERRAL_UPDATED, accepted.referralId().toString(), accepted);
	}

	@Test
	void roundTripsLifecycleEventsOfTipsReferralsAndEscalations() {
		UUID report = UUID.randomUUID();
		UUID referral = UUID.randomUUID();
		UUID escalation = UUID.randomUUID();

		assertRoundTrip(EventType.REPORT_EXPIRED, report.toString(), new ReportExpired(report, NOW));
		assertRoundTrip(EventType.REFERRAL_REROUTED, referral.toString(), new ReferralRerouted(referral, report,
				"taraz", UUID.randomUUID(), "shymkent", "Nobody accepted within 30 minutes", NOW));
		assertRoundTrip(EventType.REFERRAL_STATUS_CHANGED, report.toString(),
				new TipStatusChanged(report, TipStatusChanged.TipStatus.ACCEPTED, NOW));
		assertRoundTrip(EventType.CASEWORKER_MESSAGE, report.toString(),
				new CaseworkerMessageSent(UUID.randomUUID(), report, SEALED, NOW));
		assertRoundTrip(EventType.ESCALATION_RAISED, escalation.toString(),
				new EscalationRaised(escalation, report, "almaty", Priority.CRITICAL,
						List.of(ExploitationType.CHILD_LABOUR), true, false, "Child labour · minors",
						List.of("MINORS_INVOLVED"), NOW, Industry.HOSPITALITY,
						List.of(ControlMethod.WITHHOLDS_DOCUMENTS), Recruitment.JOB_AD_ONLINE, VenueType.SAUNA, 3,
						VictimNationality.FOREIGN, "ru", ReporterRole.RELATIVE, true));
		assertRoundTrip(EventType.ESCALATION_ACKNOWLEDGED, escalation.toString(),
				new EscalationAcknowledged(escalation, report, NOW));
	}

	@Test
	void readsEscalationOfOlderProducerWithoutTheAddedAnswers() {
		String json = """
				{"specversion":"1.0","id":"1","source":"/x","type":"org.senim.escalation.raised.v1",
				 "time":"2026-01-01T00:00:00Z","datacontenttype":"application/json",
				 "data":{"escalationId":"5b1c2f7e-8a59-4d3c-9a43-6b6f0b7f6a11","reportId":"0f3e8b47-2f0c-4f7e-9d7e-2b8c1d1a5e22",
				 "city":"almaty","priority":"CRITICAL","exploitationTypes":["CHILD_LABOUR"],"minorsInvolved":true,
				 "immediateDanger":false,"summary":"Child labour · minors","reasons":["MINORS_INVOLVED"],
				 "raisedAt":"2026-01-01T00:00:00Z"}}""";

		EscalationRaised raised = this.codec.decode(json.getBytes(StandardCharsets.UTF_8), EventType.ESCALATION_RAISED)
			.data();

		assertThat(raised.exploitationTypes()).containsExactly(ExploitationType.CHILD_LABOUR);
		assertThat(raised.controlMethods()).isEmpty();
		assertThat(raised.venueType()).isNull();
		assertThat(raised.victimCount()).isNull();
		assertThat(raised.operatorEntered()).isNull();
	}

	@Test
	void roundTripsDirectoryEvents() {
		DirectoryServiceChanged service = new DirectoryServiceChanged(UUID.randomUUID(), UUID.randomUUID(), "Org",
				"Shelter", "taraz", List.of(ServiceType.SHELTER, ServiceType.LEGAL_AID), true, true, false, true, 4,
				true, NOW);
		DirectoryCityChanged city = new DirectoryCityChanged("taraz", "Taraz", "Тараз", "Тараз", "Zhambyl Region", 42.9,
				71.37, List.of("Zhambyl", "Джамбул"), NOW);

		assertRoundTrip(EventType.DIRECTORY_SERVICE, service.serviceId().toString(), service);
		assertRoundTrip(EventType.DIRECTORY_CITY, city.slug(), city);
	}

	@Test
	void writesStructuredJsonModeWithVersionedType() {
		ReferralOffered data = new ReferralOffered(UUID.randomUUID(), UUID.randomUUID(), "almaty", UUID.randomUUID(),
				UUID.randomUUID(), Priority.NORMAL, List.of(ExploitationType.OTHER), false, false, "s", SEALED, NOW,
				NOW, null, null, null, null, null, null, null, null, null, null, null);

		String json = new String(this.codec.encode(SenimEvent.of(EventType.REFERRAL_OFFERED, SOURCE, "x", data)),
				StandardCharsets.UTF_8);

		assertThat(json).contains("\"specversion\":\"1.0\"")
			.contains("\"type\":\"org.senim.referral.offered.v2\"")
			.contains("\"datacontenttype\":\"application/json\"")
			.contains("\"data\":{")
			.contains("\"priority\":\"NORMAL\"");
	}

	@Test
	void rejectsRecordThatIsNotCloudEvent() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.codec.decode("not json".getBytes(StandardCharsets.UTF_8)));
		assertThatExceptionOfType(MalformedEventException.class).isThrownBy(() -> this.codec.decode(new byte[0]));
	}

	@Test
	void rejectsUnknownOrUnexpectedType() {
		ReferralOffered data = new ReferralOffered(UUID.randomUUID(), UUID.randomUUID(), "almaty", UUID.randomUUID(),
				UUID.randomUUID(), Priority.NORMAL, List.of(ExploitationType.OTHER), false, false, "s", SEALED, NOW,
				NOW, null, null, null, null, null, null, null, null, null, null, null);
		byte[] offered = this.codec.encode(SenimEvent.of(EventType.REFERRAL_OFFERED, SOURCE, "x", data));
		String unknown = new String(offered, StandardCharsets.UTF_8).replace("org.senim.referral.offered.v2",
				"org.senim.unknown.v1");

		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.codec.decode(offered, EventType.REPORT_SUBMITTED));
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.codec.decode(unknown.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void rejectsDataThatDoesNotFitTheType() {
		String json = """
				{"specversion":"1.0","id":"1","source":"/x","type":"org.senim.report.submitted.v2",
				 "time":"2026-01-01T00:00:00Z","datacontenttype":"application/json",
				 "data":{"reportId":"not-a-uuid","city":"almaty"}}""";

		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.codec.decode(json.getBytes(StandardCharsets.UTF_8)));
	}

	private <T> void assertRoundTrip(EventType<T> type, String subject, T data) {
		SenimEvent<T> event = new SenimEvent<>(UUID.randomUUID().toString(), type, SOURCE, subject, NOW, data);

		SenimEvent<?> decoded = this.codec.decode(this.codec.encode(event));

		assertThat(decoded).isEqualTo(event);
		assertThat(this.codec.decode(this.codec.encode(event), type).data()).isEqualTo(data);
	}

}
