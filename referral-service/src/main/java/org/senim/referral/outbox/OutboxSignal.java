package org.senim.referral.outbox;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.stereotype.Component;

/** Wakes the relay right after a transaction with outbox rows commits. */
@Component
class OutboxSignal {

	private final Sinks.Many<Boolean> sink = Sinks.many().multicast().directBestEffort();

	synchronized void wake() {
		// Best effort: a lost wake-up is caught by the fallback poll.
		this.sink.tryEmitNext(Boolean.TRUE);
	}

	Flux<Boolean> wakeUps() {
		return this.sink.asFlux();
	}

}
