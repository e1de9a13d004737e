package org.senim.platform.crypto;

import java.util.concurrent.Callable;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;

/**
 * A bounded scheduler for CPU-heavy or blocking crypto (Argon2, AES-GCM), so it never
 * runs on the event loop and a burst queues instead of spawning threads; a full queue
 * refuses with a {@code RejectedExecutionException}, which the platform counts as
 * transient.
 *
 * <p>
 * The platform configures one, sized by {@code senim.crypto.worker-threads} and
 * {@code queued-tasks} (bean {@code cryptoWorkers}, primary). A service that must keep
 * one kind of work from delaying another declares its own pool as a further bean with
 * {@link #CryptoWorkers(String, int, int)} and injects it by qualifier.
 */
public class CryptoWorkers implements DisposableBean {

	private final Scheduler scheduler;

	/**
	 * @param name the prefix of its threads' names
	 * @param threads the most threads it runs at once
	 * @param queuedTasks the tasks that may wait for them before callers are refused
	 */
	public CryptoWorkers(String name, int threads, int queuedTasks) {
		this.scheduler = Schedulers.newBoundedElastic(threads, queuedTasks, name);
	}

	public CryptoWorkers(CryptoProperties properties) {
		this("senim-crypto", properties.workerThreads(), properties.queuedTasks());
	}

	public <T> Mono<T> run(Callable<T> work) {
		return Mono.fromCallable(work).subscribeOn(this.scheduler);
	}

	@Override
	public void destroy() {
		this.scheduler.dispose();
	}

}
