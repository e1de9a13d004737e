package org.senim.report.crypto;

import java.util.concurrent.Callable;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A bounded scheduler for CPU-heavy or blocking crypto (Argon2, AES-GCM), so it never
 * runs on the event loop and a burst queues instead of spawning threads. This bean, sized
 * by {@code senim.report.crypto.worker-threads} and {@code queued-tasks}, serves tip
 * intake; other callers that must not take its threads (follow-ups) build their own.
 */
@Component
public class CryptoWorkers implements DisposableBean {

	private final Scheduler scheduler;

	@Autowired
	public CryptoWorkers(CryptoProperties properties) {
		this("senim-crypto", properties.workerThreads(), properties.queuedTasks());
	}

	/** Workers of their own, named after their purpose in thread dumps. */
	public CryptoWorkers(String name, int workerThreads, int queuedTasks) {
		this.scheduler = Schedulers.newBoundedElastic(workerThreads, queuedTasks, name);
	}

	public <T> Mono<T> run(Callable<T> work) {
		return Mono.fromCallable(work).subscribeOn(this.scheduler);
	}

	@Override
	public void destroy() {
		this.scheduler.dispose();
	}

}
