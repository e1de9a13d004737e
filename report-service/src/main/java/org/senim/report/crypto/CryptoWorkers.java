package org.senim.report.crypto;

import java.util.concurrent.Callable;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The bounded scheduler for CPU-heavy or blocking crypto (Argon2, AES-GCM), sized by
 * {@code senim.report.crypto.worker-threads} and {@code queued-tasks}, so it never runs
 * on the event loop and a burst of tips queues instead of spawning threads.
 */
@Component
public class CryptoWorkers implements DisposableBean {

	private final Scheduler scheduler;

	public CryptoWorkers(CryptoProperties properties) {
		this.scheduler = Schedulers.newBoundedElastic(properties.workerThreads(), properties.queuedTasks(),
				"senim-crypto");
	}

	public <T> Mono<T> run(Callable<T> work) {
		return Mono.fromCallable(work).subscribeOn(this.scheduler);
	}

	@Override
	public void destroy() {
		this.scheduler.dispose();
	}

}
