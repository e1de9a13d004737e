package org.senim.report.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
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

	private static final Log log = LogFactory.getLog(OutboxRelay.class);

	private final String owner = "relay-" + UUID.randomUUID();

	private final OutboxRepository repository;

	private final Outbox outbox;

	private final OutboxSignal signal;

	private final KafkaTemplate<String, byte[]> kafka;

	private final OutboxProperties properties;

	// One thread: sends are sequential, and a producer blocked on metadata blocks only
	// this.
	private volatile Scheduler scheduler;

	private volatile Disposable running;

	OutboxRelay(OutboxRepository repository, Outbox outbox, OutboxSignal signal, KafkaTemplate<String, byte[]> kafka,
			OutboxProperties properties) {
		this.repository = repository;
		this.outbox = outbox;
		this.signal = signal;
		this.kafka = kafka;
		this.properties = properties;
	}

	@Override
	public void start() {
		this.scheduler = Schedulers.newSingle("outbox-relay");
		Flux<Boolean> polls = Flux.interval(Duration.ZERO, this.properties.pollInterval(), this.scheduler)
			.map((tick) -> Boolean.TRUE);
		this.running = Flux.merge(this.signal.wakeUps(), polls)
			.onBackpressureLatest()
			.concatMap((wakeUp) -> drain(), 1)
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable current = this.running;
		if (current != null) {
			current.dispose();
		}
		this.scheduler.dispose();
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
				log.warn("Outbox relay pass failed: " + ex);
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

	private Mono<Boolean> publish(OutboxRecord record) {
		return Mono.fromCallable(() -> this.outbox.open(record))
			.flatMap((value) -> Mono.fromFuture(() -> this.kafka.send(record.topic(), record.recordKey(), value)))
			.subscribeOn(this.scheduler)
			.timeout(this.properties.sendTimeout())
			.then(this.repository.markPublished(record.id(), Instant.now()))
			.thenReturn(true)
			.onErrorResume((ex) -> backOff(record, ex));
	}

	private Mono<Boolean> backOff(OutboxRecord record, Throwable failure) {
		Duration delay = this.properties.backoffAfter(record.attempts());
		log.warn("Outbox event " + record.eventId() + " (seq " + record.seq() + ") not sent, attempt "
				+ (record.attempts() + 1) + ", retrying in " + delay + ": " + failure.getClass().getSimpleName());
		return this.repository.markFailed(record.id(), Instant.now().plus(delay)).thenReturn(false);
	}

	private Mono<Void> purgePublished() {
		return this.repository.deletePublishedBefore(Instant.now().minus(this.properties.retention())).then();
	}

}
