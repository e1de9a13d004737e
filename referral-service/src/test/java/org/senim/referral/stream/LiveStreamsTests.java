package org.senim.referral.stream;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.referral.outbox.EventLog;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * What a live stream holds and gives back, however it ends: a client that does not read
 * is ended once its buffer is full (the others keep receiving), and its place of the
 * subject's cap is freed on completion, cancellation and failure.
 */
class LiveStreamsTests {

	private static final EventType<String> NOTE = new EventType<>("org.senim.test.note.v1", String.class);

	private static final int BUFFER = 3;

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final StreamProperties properties = new StreamProperties(Duration.ofMinutes(1), 30000, Duration.ofHours(1),
			2, Duration.ofSeconds(30), 20, Duration.ofHours(24), BUFFER);

	private final EventLog log = mock(EventLog.class);

	private final StreamQuota quota = new StreamQuota(this.properties);

	private final LiveStreams streams = new LiveStreams(
			new StreamResumption(this.log, this.properties, Clock.systemUTC()), this.quota, this.properties,
			Clock.systemUTC());

	private final Sinks.Many<SenimEvent<?>> feed = Sinks.many().multicast().directBestEffort();

	private final StreamedEvents events = new StreamedEvents(Set.of(NOTE), (event) -> true, this.feed.asFlux(),
			(event) -> Mono.just(ServerSentEvent.builder(event.data()).event("note").id(event.id()).build()));

	@Test
	void endsAClientThatLeavesItsBufferUnreadWhileAnotherKeepsReceiving() {
		given(this.log.latestEventId()).willReturn(Mono.empty());
		List<ServerSentEvent<?>> read = new CopyOnWriteArrayList<>();
		Disposable reader = this.streams.open(token("reader", Duration.ofMinutes(5)), null, this.events)
			.subscribe(read::add);
		int sent = BUFFER + 10;

		// Reads the heartbeat and nothing more.
		StepVerifier.create(this.streams.open(token("slow", Duration.ofMinutes(5)), null, this.events), 1)
			.expectNextMatches((event) -> "heartbeat".equals(event.comment()))
			.then(() -> IntStream.range(0, sent).forEach((n) -> this.feed.tryEmitNext(note(n))))
			.expectComplete()
			.verify(TIMEOUT);

		assertThat(this.quota.openFor("slow")).isZero();
		assertThat(read).filteredOn((event) -> "note".equals(event.event()))
			.extracting((event) -> (Object) event.data())
			.containsExactlyElementsOf(IntStream.range(0, sent).mapToObj((n) -> (Object) ("note " + n)).toList());
		reader.dispose();
	}

	@Test
	void freesItsPlaceWhenTheTokenExpires() {
		given(this.log.latestEventId()).willReturn(Mono.empty());

		StepVerifier.create(this.streams.open(token("expiring", Duration.ofMillis(500)), null, this.events))
			.expectNextMatches((event) -> "heartbeat".equals(event.comment()))
			.expectComplete()
			.verify(TIMEOUT);

		assertThat(this.quota.openFor("expiring")).isZero();
	}

	@Test
	void freesItsPlaceWhenTheClientGoes() {
		given(this.log.latestEventId()).willReturn(Mono.empty());
		Jwt token = token("leaving", Duration.ofMinutes(5));

		StepVerifier.create(this.streams.open(token, null, this.events))
			.expectNextMatches((event) -> "heartbeat".equals(event.comment()))
			.then(() -> assertThat(this.quota.openFor("leaving")).isEqualTo(1))
			.thenCancel()
			.verify(TIMEOUT);

		assertThat(this.quota.openFor("leaving")).isZero();
	}

	@Test
	void freesItsPlaceWhenTheStreamFails() {
		given(this.log.latestEventId()).willReturn(Mono.error(new IllegalStateException("the database is away")));

		StepVerifier.create(this.streams.open(token("failing", Duration.ofMinutes(5)), null, this.events))
			.expectNextMatches((event) -> "heartbeat".equals(event.comment()))
			.expectError(IllegalStateException.class)
			.verify(TIMEOUT);

		assertThat(this.quota.openFor("failing")).isZero();
	}

	@Test
	void refusesOneStreamMoreThanTheSubjectMayHold() {
		given(this.log.latestEventId()).willReturn(Mono.empty());
		Jwt token = token("busy", Duration.ofMinutes(5));
		Disposable first = this.streams.open(token, null, this.events).subscribe();
		Disposable second = this.streams.open(token, null, this.events).subscribe();

		StepVerifier.create(this.streams.open(token, null, this.events))
			.expectError(TooManyStreamsException.class)
			.verify(TIMEOUT);

		assertThat(this.quota.openFor("busy")).isEqualTo(2);
		first.dispose();
		second.dispose();
		assertThat(this.quota.openFor("busy")).isZero();
	}

	private static Jwt token(String subject, Duration left) {
		Instant now = Instant.now();
		return Jwt.withTokenValue("token-of-" + subject)
			.header("alg", "RS256")
			.subject(subject)
			.issuedAt(now)
			.expiresAt(now.plus(left))
			.build();
	}

	private static SenimEvent<String> note(int n) {
		return SenimEvent.of(NOTE, URI.create("urn:senim:test"), "note", "note " + n);
	}

}
