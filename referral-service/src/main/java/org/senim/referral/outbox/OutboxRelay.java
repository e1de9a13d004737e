package org.senim.referral.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends outbox rows to Kafka in {@code seq} order: woken after each commit, and polling
 * on a fixed delay to recover what a crash or an outage left behind. A failed send backs
 * that row off exponentially and ends the batch, so no later row overtakes it. Delivery
 * is at least once; consumers deduplicate by event id.
 */
@Component
class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final String owner = "relay-" + UUID.randomUUID();

	private final OutboxRepository repository;

	private final Outbox outbox;

	private final OutboxSignal signal;

	private final KafkaTemplate<String, byte[]> kafka;

	private final ReferralTopics.TopicProvisioning topics;

	private final OutboxProperties properties;

	private volatile Scheduler scheduler;

	private volatile Disposable running;

	OutboxRelay(OutboxRepository repository, Outbox outbox, OutboxSignal signal, KafkaTemplate<String, byte[]> kafka,
			ReferralTopics.TopicProvisioning topics, OutboxProperties properties) {
		this.repository = repository;
		this.outbox = outbox;
		this.signal = signal;
		this.kafka = kafka;
		this.topics = topics;
		this.properties = properties;
	}

	// Restartable: Spring stops and starts lifecycle beans of a paused context again.
	@Override
	public synchronized void start() {
		// One thread: sends are sequential, and a producer blocked on metadata blocks
		// only this.
		this.scheduler = Schedulers.newSingle("outbox-relay");
		Flux<Boolean> polls = Flux.interval(Duration.ZERO, this.properties.pollInterval(), this.scheduler)
			.map((tick) -> Boolean.TRUE);
		this.running = Flux.merge(this.signal.wakeUps(), polls)
			.onBackpressureLatest()
			.concatMap((wakeUp) -> drain(), 1)
			.subscribe();
	}

	@Override
	public synchronized void stop() {
		if (this.running != null) {
			this.running.dispose();
			this.scheduler.dispose();
		}
		this.running = null;
	}

	@Override
	public boolean isRunning() {
		Disposable current = this.running;
		return current != null && !current.isDisposed();
	}

	/** Publishes every due row, batch after batch, then deletes old published rows. */
	Mono<Void> drain() {
		return publishBatch().expand((full) -> full ? publishBatch() : Mono.empty())
			.then(purgePublished())
			.onErrorResume((ex) -> {
				// The database may be down: keep the relay alive, the next poll retries.
				log.warn("Outbox relay pass failed: {}", ex.toString());
				return this.repository.release(this.owner).onErrorComplete();
			});
	}

	/** Emits whether a whole batch went out, i.e. whether more rows may wait. */
	private Mono<Boolean> publishBatch() {
		Instant now = Instant.now();
		return this.repository.claim(this.owner, now, now.plus(this.properties.lease()), this.properties.batchSize())
			.thenMany(this.repository.claimed(this.owner))
			.concatMap(this::publish)
			.takeUntil((sent) -> !sent)
			.collectList()
			.flatMap(this::afterBatch);
	}

	private Mono<Boolean> afterBatch(List<Boolean> results) {
		if (results.contains(Boolean.FALSE)) {
			return this.repository.release(this.owner).thenReturn(false);
		}
		return Mono.just(results.size() >= this.properties.batchSize());
	}

	private Mono<Boolean> publish(OutboxRow row) {
		return this.topics.ensure(row.topic())
			.then(Mono.fromCallable(() -> this.outbox.open(row)))
			.flatMap((value) -> Mono
				.fromFuture(() -> this.kafka.send(new ProducerRecord<>(row.topic(), row.recordKey(), value))))
			.subscribeOn(this.scheduler)
			.timeout(this.properties.sendTimeout())
			.then(this.repository.published(row, Instant.now()))
			.thenReturn(true)
			.onErrorResume((ex) -> backOff(row, ex));
	}

	private Mono<Boolean> backOff(OutboxRow row, Throwable failure) {
		Duration delay = this.properties.backoff(row.attempts());
		log.warn("Outbox event {} (seq {}) to {} not sent, attempt {}, retrying in {}: {}", row.eventId(), row.seq(),
				row.topic(), row.attempts() + 1, delay, failure.getClass().getSimpleName());
		return this.repository.failed(row, Instant.now().plus(delay)).thenReturn(false);
	}

	private Mono<Void> purgePublished() {
		return this.repository.deletePublishedBefore(Instant.now().minus(this.properties.retention())).then();
	}

}
