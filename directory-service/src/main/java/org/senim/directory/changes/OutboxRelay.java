package org.senim.directory.changes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.senim.directory.changes.OutboxRepository.OutboxRecord;
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
 * that row off exponentially (capped) and ends the batch, so no later row overtakes it.
 * Delivery is at least once; consumers keep the latest state per key.
 */
@Component
class OutboxRelay implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(OutboxRelay.class);

	private final String owner = "directory-relay-" + UUID.randomUUID();

	private final OutboxRepository repository;

	private final KafkaTemplate<String, byte[]> kafka;

	private final OutboxSignal signal;

	private final OutboxProperties properties;

	private final Clock clock;

	private volatile Scheduler scheduler;

	private volatile Disposable running;

	OutboxRelay(OutboxRepository repository, KafkaTemplate<String, byte[]> kafka, OutboxSignal signal,
			OutboxProperties properties, Clock clock) {
		this.repository = repository;
		this.kafka = kafka;
		this.signal = signal;
		this.properties = properties;
		this.clock = clock;
	}

	/** Restartable: Spring pauses cached test contexts by stopping and starting them. */
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
			this.running = null;
		}
		if (this.scheduler != null) {
			this.scheduler.dispose();
			this.scheduler = null;
		}
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
				// the database may be down: keep the relay alive, the next poll retries
				log.warn(
						"Outbox relay pass failed, the next wake-up or poll retries: " + ex.getClass().getSimpleName());
				return this.repository.release(this.owner).onErrorComplete();
			});
	}

	/** Emits whether a whole batch went out, i.e. whether more rows may wait. */
	private Mono<Boolean> publishBatch() {
		Instant now = this.clock.instant();
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

	private Mono<Boolean> publish(OutboxRecord record) {
		return Mono.fromFuture(() -> this.kafka.send(record.topic(), record.recordKey(), record.payload()))
			.subscribeOn(this.scheduler)
			.timeout(this.properties.sendTimeout())
			.then(Mono.defer(() -> this.repository.markPublished(record.id(), this.clock.instant())))
			.thenReturn(true)
			.onErrorResume((ex) -> backOff(record, ex));
	}

	private Mono<Boolean> backOff(OutboxRecord record, Throwable failure) {
		Duration delay = this.properties.backoffAfter(record.attempts() + 1);
		log.warn("Outbox event " + record.eventId() + " (seq " + record.seq() + ") not sent, attempt "
				+ (record.attempts() + 1) + ", retrying in " + delay + ": " + failure.getClass().getSimpleName());
		return this.repository.markFailed(record.id(), this.clock.instant().plus(delay)).thenReturn(false);
	}

	private Mono<Void> purgePublished() {
		return this.repository.deletePublishedBefore(this.clock.instant().minus(this.properties.retention())).then();
	}

}
