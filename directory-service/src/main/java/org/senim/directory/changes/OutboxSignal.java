package org.senim.directory.changes;

import java.time.Duration;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.stereotype.Component;

/** Wakes the relay right after a transaction that wrote outbox rows committed. */
@Component
class OutboxSignal {

	private final Sinks.Many<Boolean> sink = Sinks.many().multicast().directBestEffort();

	void wake() {
		this.sink.emitNext(Boolean.TRUE, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(100)));
	}

	Flux<Boolean> wakeUps() {
		return this.sink.asFlux();
	}

}
