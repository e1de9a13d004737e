package org.senim.referral.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxRepositoryTests {

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	private final String relay = "relay-" + UUID.randomUUID();

	private String topic;

	@BeforeEach
	void newTopic() {
		this.topic = "referrals.test-" + UUID.randomUUID();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void claimsDueRowsInSequenceOrder(String database, DatabaseClient db) {
		OutboxRepository outbox = emptied(db);
		insert(outbox, "a", "first");
		insert(outbox, "b", "second");
		insert(outbox, "a", "third");

		List<OutboxRow> claimed = claim(outbox, this.relay);

		assertThat(claimed).extracting(OutboxRow::eventId).containsExactly("first", "second", "third");
		assertThat(new String(claimed.get(0).payload(), StandardCharsets.UTF_8)).isEqualTo("payload of first");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void claimsNothingBehindRowBackingOff(String database, DatabaseClient db) {
		OutboxRepository outbox = emptied(db);
		insert(outbox, "a", "first");
		insert(outbox, "b", "failing");
		insert(outbox, "c", "third");
		OutboxRow failing = claim(outbox, this.relay).get(1);
		outbox.failed(failing, this.now.plus(Duration.ofMinutes(1))).block();
		outbox.release(this.relay).block();

		assertThat(claim(outbox, this.relay)).extracting(OutboxRow::eventId).containsExactly("first");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void leavesRowsToRelayHoldingLiveLease(String database, DatabaseClient db) {
		OutboxRepository outbox = emptied(db);
		insert(outbox, "a", "leased");

		assertThat(claim(outbox, this.relay)).hasSize(1);
		assertThat(claim(outbox, "relay-other")).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void forgetsPublishedRowsAfterRetention(String database, DatabaseClient db) {
		OutboxRepository outbox = emptied(db);
		insert(outbox, "a", "sent");
		insert(outbox, "a", "pending");
		outbox.published(claim(outbox, this.relay).get(0), this.now).block();

		assertThat(claim(outbox, this.relay)).extracting(OutboxRow::eventId).containsExactly("pending");
		assertThat(outbox.deletePublishedBefore(this.now.plusSeconds(1)).block()).isEqualTo(1L);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void readsEventsOfGivenTypesAfterKnownEventInSequenceOrder(String database, DatabaseClient db) {
		OutboxRepository outbox = emptied(db);
		String seen = "seen@" + this.topic;
		for (String[] row : new String[][] { { "before", "org.senim.wanted.v1" }, { "seen", "org.senim.wanted.v1" },
				{ "other", "org.senim.other.v1" }, { "next", "org.senim.wanted.v1" },
				{ "last", "org.senim.also.v1" } }) {
			outbox.insert(this.topic, "k", row[0] + "@" + this.topic, row[1], new byte[] { 1 }, this.now).block();
		}
		long position = outbox.seqOf(seen).block();
		List<String> types = List.of("org.senim.wanted.v1", "org.senim.also.v1");

		assertThat(outbox.newestAfter(position, types, this.now, 10).collectList().block())
			.extracting(OutboxRow::eventId)
			.containsExactly("next@" + this.topic, "last@" + this.topic);
		assertThat(outbox.firstAfter(position, types).block()).isEqualTo(outbox.seqOf("next@" + this.topic).block());
		assertThat(outbox.seqOf("unknown").blockOptional()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void readsOnlyTheNewestEventsAfterKnownEventUpToTheLimit(String database, DatabaseClient db) {
		OutboxRepository outbox = emptied(db);
		for (String id : List.of("seen", "first", "second", "third", "fourth")) {
			outbox.insert(this.topic, "k", id + "@" + this.topic, "org.senim.wanted.v1", new byte[] { 1 }, this.now)
				.block();
		}
		long position = outbox.seqOf("seen@" + this.topic).block();

		assertThat(outbox.newestAfter(position, List.of("org.senim.wanted.v1"), this.now, 2).collectList().block())
			.extracting(OutboxRow::eventId)
			.containsExactly("third@" + this.topic, "fourth@" + this.topic);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.senim.referral.TestDatabases#both")
	void readsNoEventRecordedBeforeTheCutoff(String database, DatabaseClient db) {
		OutboxRepository outbox = emptied(db);
		Instant dayAgo = this.now.minus(Duration.ofDays(1));
		outbox.insert(this.topic, "k", "seen@" + this.topic, "org.senim.wanted.v1", new byte[] { 1 }, dayAgo).block();
		outbox.insert(this.topic, "k", "old@" + this.topic, "org.senim.wanted.v1", new byte[] { 1 }, dayAgo).block();
		outbox.insert(this.topic, "k", "recent@" + this.topic, "org.senim.wanted.v1", new byte[] { 1 }, this.now)
			.block();
		long position = outbox.seqOf("seen@" + this.topic).block();

		assertThat(outbox.newestAfter(position, List.of("org.senim.wanted.v1"), this.now.minus(Duration.ofHours(1)), 10)
			.collectList()
			.block()).extracting(OutboxRow::eventId).containsExactly("recent@" + this.topic);
		assertThat(outbox.firstAfter(position, List.of("org.senim.wanted.v1")).block())
			.isEqualTo(outbox.seqOf("old@" + this.topic).block());
		assertThat(outbox.firstAfter(outbox.seqOf("recent@" + this.topic).block(), List.of("org.senim.wanted.v1"))
			.blockOptional()).isEmpty();
	}

	// The queue is global: rows other tests left behind would be claimed first.
	private static OutboxRepository emptied(DatabaseClient db) {
		db.sql("DELETE FROM outbox_event").then().block();
		return new OutboxRepository(db);
	}

	private void insert(OutboxRepository outbox, String key, String eventId) {
		outbox
			.insert(this.topic, key, eventId + "@" + this.topic, "org.senim.test.v1",
					("payload of " + eventId).getBytes(StandardCharsets.UTF_8), this.now)
			.block();
	}

	private List<OutboxRow> claim(OutboxRepository outbox, String owner) {
		Instant later = this.now.plusSeconds(1);
		outbox.claim(owner, later, later.plusSeconds(60), 10).block();
		return outbox.claimed(owner)
			.map((row) -> new OutboxRow(row.id(), row.seq(), row.topic(), row.recordKey(),
					row.eventId().substring(0, row.eventId().indexOf('@')), row.payload(), row.attempts()))
			.collectList()
			.block();
	}

}
