package org.senim.referral.crypto;

import java.util.concurrent.Callable;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The bounded scheduler for CPU-bound crypto (AES-GCM), sized by
 * {@code senim.referral.crypto.worker-threads} and {@code queued-tasks}, so it never runs
 * on the event loop and a burst of offers queues instead of spawning threads.
 */
@Component
public class CryptoWorkers implements DisposableBean {

	private final Scheduler scheduler;

	public CryptoWorkers(CryptoProperties properties) {
		this.scheduler = Schedulers.newBoundedElastic(properties.workerThreads(), properties.queuedTasks(),
				"senim-referral-crypto");
	}

	public <T> Mono<T> run(Callable<T> work) {
		return Mono.fromCallable(work).subscribeOn(this.scheduler);
	}

	@Override
	public void destroy() {
		this.scheduler.dispose();
	}

}
