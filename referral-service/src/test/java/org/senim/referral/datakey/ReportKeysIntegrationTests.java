package org.senim.referral.datakey;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.EncryptedText;
import org.senim.contracts.events.ReportExpired;
import org.senim.contracts.events.ReportSubmitted;
import org.senim.referral.IntegrationTestBase;
import org.senim.referral.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The referral-service's side of crypto-shredding: a tip's data key fetched from the
 * report-service (the {@code ReportServiceStub}) when the tip arrives, kept sealed,
 * deleted on {@code report.expired}; a tip waits while the key channel is away.
 */
class ReportKeysIntegrationTests extends IntegrationTestBase {

	@Autowired
	private DatabaseClient db;

	@Autowired
	private ReportKeys keys;

	@AfterEach
	void reportServiceBack() {
		REPORT_SERVICE.unavailable(false);
	}

	@Test
	void fetchesTheTipsDataKeyOnIntakeAndKeepsItOnlySealed() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").submitted();

		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));

		awaitReferral(report.reportId(), ALMATY_SHELTER_ORG);
		assertThat(REPORT_SERVICE.released(report.reportId())).isTrue();
		byte[] stored = this.db.sql("SELECT ciphertext FROM report_data_key WHERE report_id = :id")
			.bind("id", report.reportId())
			.map((row) -> row.get("ciphertext", byte[].class))
			.one()
			.block(TIMEOUT);
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(
				new String(REPORT_SERVICE.keyOf(report.reportId()).material(), StandardCharsets.ISO_8859_1));
		assertThat(this.keys.storedKeyOf(report.reportId()).block(TIMEOUT))
			.isEqualTo(REPORT_SERVICE.keyOf(report.reportId()));
	}

	@Test
	void waitsWhileTheReportServiceIsAwayAndRoutesTheTipAfter() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").submitted();
		REPORT_SERVICE.unavailable(true);

		try (Consumer<String, byte[]> deadLetters = consumer(Topics.deadLetterOf(Topics.REPORTS_SUBMITTED))) {
			send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));
			// four times the bounded budget of these tests (100/200/200 ms)
			await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> {
				ConsumerRecords<String, byte[]> dead = deadLetters.poll(Duration.ofMillis(100));
				return referralCount(report.reportId()) == 0
						&& dead.records(Topics.deadLetterOf(Topics.REPORTS_SUBMITTED)).iterator().hasNext() == false;
			});

			REPORT_SERVICE.unavailable(false);

			awaitReferral(report.reportId(), ALMATY_SHELTER_ORG);
		}
	}

	@Test
	void skipsATipWhoseReportExpiredBeforeItWasRouted() throws Exception {
		ReportSubmitted expired = Reports.tip("almaty").submitted();
		ReportSubmitted next = Reports.tip("almaty").submitted();
		REPORT_SERVICE.expire(expired.reportId());
		String key = expired.reportId().toString();

		try (Consumer<String, byte[]> deadLetters = consumer(Topics.deadLetterOf(Topics.REPORTS_SUBMITTED))) {
			send(Topics.REPORTS_SUBMITTED, key, reportEvent(expired));
			// the same partition, after it: routed only once the expired tip was passed
			send(Topics.REPORTS_SUBMITTED, key, reportEvent(next));

			awaitReferral(next.reportId(), ALMATY_SHELTER_ORG);
			assertThat(referralCount(expired.reportId())).isZero();
			assertThat(deadLetters.poll(Duration.ofSeconds(1))).noneMatch((record) -> key.equals(record.key()));
		}
	}

	@Test
	void deadLettersATipWhoseDescriptionWasMovedFromAnotherReport() throws Exception {
		ReportSubmitted other = Reports.tip("almaty").submitted();
		ReportSubmitted genuine = Reports.tip("almaty").submitted();
		// the ciphertext of another report's description, under this report's key id
		ReportSubmitted moved = new ReportSubmitted(genuine.reportId(), genuine.city(), genuine.exploitationTypes(),
				new EncryptedText(genuine.description().keyId(), other.description().nonce(),
						other.description().ciphertext()),
				null, null, null, null, null, null, null, null, null, null, null, false, Instant.now());
		String key = genuine.reportId().toString();

		try (Consumer<String, byte[]> deadLetters = consumer(Topics.deadLetterOf(Topics.REPORTS_SUBMITTED))) {
			send(Topics.REPORTS_SUBMITTED, key, reportEvent(moved));

			assertThat(awaitRecords(deadLetters, (record) -> key.equals(record.key()), 1)).hasSize(1);
			assertThat(referralCount(genuine.reportId())).isZero();
		}
	}

	@Test
	void deletesItsCopyOfTheKeyWhenTheReportExpires() throws Exception {
		ReportSubmitted report = Reports.tip("almaty").submitted();
		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(), reportEvent(report));
		awaitReferral(report.reportId(), ALMATY_SHELTER_ORG);
		assertThat(keyRows(report.reportId())).isOne();

		REPORT_SERVICE.expire(report.reportId());
		send(Topics.REPORTS_SUBMITTED, report.reportId().toString(),
				SenimEvent.of(EventType.REPORT_EXPIRED, URI.create("urn:test"), report.reportId().toString(),
						new ReportExpired(report.reportId(), Instant.now())));

		await().atMost(TIMEOUT).until(() -> keyRows(report.reportId()) == 0);
		assertThat(referralCount(report.reportId())).isZero();
		assertThat(this.keys.keyOf(report.reportId()).blockOptional(TIMEOUT)).as("shredded everywhere").isEmpty();
	}

	private long keyRows(UUID reportId) {
		return this.db.sql("SELECT COUNT(*) AS n FROM report_data_key WHERE report_id = :id")
			.bind("id", reportId)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block(TIMEOUT);
	}

	private long referralCount(UUID reportId) {
		return this.db.sql("SELECT COUNT(*) AS n FROM referral WHERE report_id = :id")
			.bind("id", reportId)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block(TIMEOUT);
	}

}
