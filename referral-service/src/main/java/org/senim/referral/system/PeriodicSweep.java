package org.senim.referral.system;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.SmartLifecycle;

/**
 * A job run every {@code interval} on a thread of its own while the service runs: one
 * sweep at a time (a tick that comes while one runs is dropped), a failed sweep logged
 * and retried at the next tick, stopped with the application.
 */
public abstract class PeriodicSweep implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PeriodicSweep.class);

	private final String name;

	private final Duration interval;

	private final Scheduler scheduler;

	private volatile Disposable running;

	/**
	 * @param name what the log calls it, e.g. "Offer timeout sweep"
	 * @param thread the name of its thread
	 */
	protected PeriodicSweep(String name, String thread, Duration interval) {
		this.name = name;
		this.interval = interval;
		this.scheduler = Schedulers.newSingle(thread, true);
	}

	/** One sweep; how many things it handled. */
	protected abstract Mono<Integer> sweep();

	@Override
	public synchronized void start() {
		if (this.running != null) {
			return;
		}
		this.running = Flux.interval(this.interval, this.scheduler)
			.onBackpressureDrop()
			.concatMap((tick) -> sweep().onErrorResume((ex) -> {
				log.warn("{} failed ({})", this.name, ex.getClass().getSimpleName());
				return Mono.just(0);
			}), 1)
			.subscribe();
	}

	@Override
	public synchronized void stop() {
		Disposable current = this.running;
		this.running = null;
		if (current != null) {
			current.dispose();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running != null;
	}

}
