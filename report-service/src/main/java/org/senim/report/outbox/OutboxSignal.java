package org.senim.report.outbox;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.stereotype.Component;

/** The in-memory wake-up from a committed transaction to the relay. */
@Component
class OutboxSignal {

	private final Sinks.Many<Boolean> sink = Sinks.many().multicast().directBestEffort();

	void wake() {
		// Best effort: a lost wake-up is caught by the fallback poll.
		this.sink.tryEmitNext(Boolean.TRUE);
	}

	Flux<Boolean> wakeUps() {
		return this.sink.asFlux();
	}

}
