package org.senim.referral.offer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.codes.ControlMethod;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Industry;
import org.senim.contracts.codes.Priority;
import org.senim.contracts.codes.Recruitment;
import org.senim.contracts.codes.ReporterRole;
import org.senim.contracts.codes.TriageReason;
import org.senim.contracts.codes.VenueType;
import org.senim.contracts.codes.VictimNationality;
import org.senim.contracts.events.ReferralOffered;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.referral.IntegrationTestBase;
import org.senim.referral.ReportServiceStub;
import org.senim.referral.Reports;
import org.senim.testing.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.support.SendResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReferralFlowIntegrationTests extends IntegrationTestBase {

	@Autowired
	private ReferralRepository referrals;

	@LocalServerPort
	private int port;

	@Test
	void reportsReadyOnceDirectoryReplicaCaughtUp() {
		WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void offersTipToEveryFittingOrganizationOfItsCity() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").victims(6).submitted();

		try (Consumer<String, byte[]> almaty = consumer(Topics.referralsOf("almaty"))) {
			send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));

			List<SenimEvent<ReferralOffered>> offers = offersOf(awaitRecords(almaty, (r) -> about(r, report), 2));
			assertThat(offers).extracting((offer) -> offer.data().organizationId())
				.containsExactlyInAnyOrder(ALMATY_SHELTER_ORG, ALMATY_LEGAL_AID_ORG);
			assertThat(offers).allSatisfy((offer) -> {
				assertThat(offer.subject()).isEqualTo(offer.data().referralId().toString());
				assertThat(offer.data().city()).isEqualTo("almaty");
				assertThat(offer.data().priority()).isEqualTo(Priority.HIGH);
				assertThat(offer.data().summary()).isEqualTo("Forced labour · 6 victims · Farm");
				assertThat(ReportServiceStub.open(report.reportId(), offer.data().referralId(),
						EventType.REFERRAL_OFFERED, "description", offer.data().description()))
					.isEqualTo(Reports.DESCRIPTION);
				assertThat(Duration.between(offer.data().offeredAt(), offer.data().respondBy()))
					.isEqualTo(Duration.ofMinutes(30));
			});
		}
		assertThat(this.referrals.findByReport(report.reportId()).collectList().block())
			.allSatisfy((referral) -> assertThat(referral.triageReasons()).containsExactly(TriageReason.MANY_VICTIMS))
			.hasSize(2);
	}

	@Test
	void offersTheWholeCaseWithEveryCodedAnswerAndShowsItInTheApi() throws Exception {
		UUID reportId = UUID.randomUUID();
		ReportSubmitted report = new ReportSubmitted(reportId, "shymkent",
				List.of(ExploitationType.SEXUAL_EXPLOITATION),
				ReportServiceStub.seal(reportId, EventType.REPORT_SUBMITTED, "description",
						"Girls are kept in a sauna."),
				Industry.SEX_INDUSTRY, List.of(ControlMethod.WITHHOLDS_DOCUMENTS, ControlMethod.DEBT_BONDAGE),
				Recruitment.AGENCY, VenueType.SAUNA, 3, false, false, VictimNationality.FOREIGN, "kk",
				ReporterRole.RELATIVE, false, true, Instant.now());

		try (Consumer<String, byte[]> shymkent = consumer(Topics.referralsOf("shymkent"))) {
			send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));

			ReferralOffered offer = offersOf(awaitRecords(shymkent, (r) -> about(r, report), 1)).get(0).data();
			assertThat(offer.triageReasons()).containsExactly(TriageReason.WITHHELD_DOCUMENTS);
			assertThat(offer.exploitationTypes()).containsExactly(ExploitationType.SEXUAL_EXPLOITATION);
			assertThat(offer.industry()).isEqualTo(Industry.SEX_INDUSTRY);
			assertThat(offer.controlMethods()).containsExactly(ControlMethod.WITHHOLDS_DOCUMENTS,
					ControlMethod.DEBT_BONDAGE);
			assertThat(offer.recruitment()).isEqualTo(Recruitment.AGENCY);
			assertThat(offer.venueType()).isEqualTo(VenueType.SAUNA);
			assertThat(offer.victimCount()).isEqualTo(3);
			assertThat(offer.victimNationality()).isEqualTo(VictimNationality.FOREIGN);
			assertThat(offer.language()).isEqualTo("kk");
			assertThat(offer.reporterRole()).isEqualTo(ReporterRole.RELATIVE);
			assertThat(offer.operatorEntered()).isTrue();

			WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + this.port)
				.build()
				.get()
				.uri("/api/referrals/{id}", offer.referralId())
				.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(SHYMKENT_ORG, "shymkent")))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.triageReasons[0]")
				.isEqualTo("WITHHELD_DOCUMENTS")
				.jsonPath("$.industry")
				.isEqualTo("SEX_INDUSTRY")
				.jsonPath("$.controlMethods[1]")
				.isEqualTo("DEBT_BONDAGE")
				.jsonPath("$.recruitment")
				.isEqualTo("AGENCY")
				.jsonPath("$.venueType")
				.isEqualTo("SAUNA")
				.jsonPath("$.victimCount")
				.isEqualTo(3)
				.jsonPath("$.victimNationality")
				.isEqualTo("FOREIGN")
				.jsonPath("$.language")
				.isEqualTo("kk")
				.jsonPath("$.reporterRole")
				.isEqualTo("RELATIVE")
				.jsonPath("$.operatorEntered")
				.isEqualTo(true);
		}
	}

	@Test
	void keysEachOfferByItsReferralId() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").minors().submitted();

		try (Consumer<String, byte[]> almaty = consumer(Topics.referralsOf("almaty"))) {
			send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));

			ConsumerRecord<String, byte[]> record = awaitRecords(almaty, (r) -> about(r, report), 1).get(0);
			ReferralOffered offer = this.codec.decode(record.value(), EventType.REFERRAL_OFFERED).data();
			assertThat(record.key()).isEqualTo(offer.referralId().toString());
			assertThat(offer.organizationId()).isEqualTo(ALMATY_SHELTER_ORG);
			assertThat(offer.priority()).isEqualTo(Priority.CRITICAL);
		}
	}

	@Test
	void createsNoSecondReferralWhenEventIsDeliveredTwice() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").submitted();
		SenimEvent<ReportSubmitted> event = reportEvent(report);

		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), event);
		SendResult<String, byte[]> again = send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), event);

		awaitCommittedPast(again);
		assertThat(this.referrals.findByReport(report.reportId()).collectList().block()).hasSize(2);
	}

	@Test
	void sendsPoisonRecordToDeadLetterTopicAndKeepsPartitionFlowing() throws Exception {
		String key = UUID.randomUUID().toString();
		ReportSubmitted report = new ReportSubmitted(UUID.fromString(key), "shymkent",
				Reports.tip("shymkent").submitted().exploitationTypes(),
				ReportServiceStub.seal(UUID.fromString(key), EventType.REPORT_SUBMITTED, "description",
						"A later, readable tip."),
				null, null, null, null, null, null, null, null, null, null, null, false, java.time.Instant.now());

		try (Consumer<String, byte[]> deadLetters = consumer(Topics.deadLetterOf(Topics.REPORTS_SUBMITTED));
				Consumer<String, byte[]> shymkent = consumer(Topics.referralsOf("shymkent"))) {
			this.kafka.send(Topics.REPORTS_SUBMITTED, key, "{not a cloud event".getBytes(StandardCharsets.UTF_8))
				.get(30, TimeUnit.SECONDS);
			send(Topics.REPORTS_SUBMITTED, key, reportEvent(report));

			ConsumerRecord<String, byte[]> dead = awaitRecords(deadLetters, (r) -> key.equals(r.key()), 1).get(0);
			assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not a cloud event");
			assertThat(offersOf(awaitRecords(shymkent, (r) -> about(r, report), 1)))
				.extracting((offer) -> offer.data().organizationId())
				.containsExactly(SHYMKENT_ORG);
		}
	}

	@Test
	void offersTipToNearestCityWhenItsCityHasNoFittingService() throws Exception {
		ReportSubmitted report = Reports.tip("taraz").minors().submitted();

		try (Consumer<String, byte[]> shymkent = consumer(Topics.referralsOf("shymkent"))) {
			send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));

			List<SenimEvent<ReferralOffered>> offers = offersOf(awaitRecords(shymkent, (r) -> about(r, report), 1));
			assertThat(offers).extracting((offer) -> offer.data().organizationId()).containsExactly(SHYMKENT_ORG);
		}
	}

	@Test
	void createsTopicOfCityThatCameAfterSeedCities() throws Exception {
		UUID organization = UUID.randomUUID();
		city("baikonur", 45.616, 63.316);
		service(UUID.randomUUID(), organization, "baikonur", false, false, 1);
		await().atMost(TIMEOUT)
			.until(() -> this.replica.referralServices().any((s) -> s.organizationId().equals(organization)).block());
		ReportSubmitted report = Reports.tip("baikonur").submitted();

		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));

		try (Consumer<String, byte[]> baikonur = consumer(Topics.referralsOf("baikonur"))) {
			assertThat(offersOf(awaitRecords(baikonur, (r) -> about(r, report), 1)))
				.extracting((offer) -> offer.data().organizationId())
				.containsExactly(organization);
		}
		// Created by the service as it declares topics (3 partitions), not auto-created.
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				System.getProperty("spring.embedded.kafka.brokers")))) {
			assertThat(admin.describeTopics(List.of(Topics.referralsOf("baikonur")))
				.allTopicNames()
				.get(30, TimeUnit.SECONDS)
				.get(Topics.referralsOf("baikonur"))
				.partitions()).hasSize(3);
		}
	}

	@Test
	void offersTipToNationalOrganizationWhenNoCityCanTakeIt() throws Exception {
		ReportSubmitted report = Reports.tip("aktau").foreign().submitted();

		try (Consumer<String, byte[]> national = consumer(Topics.referralsOf(Topics.NATIONAL_TIER))) {
			send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));

			List<SenimEvent<ReferralOffered>> offers = offersOf(awaitRecords(national, (r) -> about(r, report), 1));
			assertThat(offers).singleElement().satisfies((offer) -> {
				assertThat(offer.data().organizationId()).isEqualTo(NATIONAL_ORG);
				assertThat(offer.data().serviceId()).isNotNull();
				assertThat(offer.data().city()).isEqualTo(Topics.NATIONAL_TIER);
			});
		}
	}

	// The national organization's service is not for children: nobody fits.
	@Test
	void offersTipToNoOrganizationWhenNoNationalOneFitsEither() throws Exception {
		ReportSubmitted report = Reports.tip("aktau").foreign().minors().submitted();

		try (Consumer<String, byte[]> national = consumer(Topics.referralsOf(Topics.NATIONAL_TIER))) {
			send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));

			List<SenimEvent<ReferralOffered>> offers = offersOf(awaitRecords(national, (r) -> about(r, report), 1));
			assertThat(offers).singleElement().satisfies((offer) -> {
				assertThat(offer.data().organizationId()).isNull();
				assertThat(offer.data().city()).isEqualTo(Topics.NATIONAL_TIER);
			});
		}
	}

	// The city topics also carry answers to offers (referral.updated).
	private boolean about(ConsumerRecord<String, byte[]> record, ReportSubmitted report) {
		return this.codec.decode(record.value()).data() instanceof ReferralOffered offer
				&& offer.reportId().equals(report.reportId());
	}

	private List<SenimEvent<ReferralOffered>> offersOf(List<ConsumerRecord<String, byte[]>> records) {
		return records.stream().map((r) -> this.codec.decode(r.value(), EventType.REFERRAL_OFFERED)).toList();
	}

	// The listener commits an offset only once every record before it is done.
	private static void awaitCommittedPast(SendResult<String, byte[]> sent) throws Exception {
		TopicPartition partition = new TopicPartition(sent.getRecordMetadata().topic(),
				sent.getRecordMetadata().partition());
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				System.getProperty("spring.embedded.kafka.brokers")))) {
			await().atMost(TIMEOUT).until(() -> {
				OffsetAndMetadata committed = admin.listConsumerGroupOffsets("referral-service")
					.partitionsToOffsetAndMetadata()
					.get(10, TimeUnit.SECONDS)
					.get(partition);
				return committed != null && committed.offset() > sent.getRecordMetadata().offset();
			});
		}
	}

}
