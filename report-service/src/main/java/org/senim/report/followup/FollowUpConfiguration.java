package org.senim.report.followup;

import org.senim.platform.crypto.CryptoWorkers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The follow-ups' own crypto workers: a flood of receipt look-ups (each an Argon2 hash)
 * fills these and is refused with 503, while tip intake keeps its workers. Not a default
 * candidate, so only code that asks for it by name gets it.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpConfiguration {

	static final String WORKERS = "followUpCryptoWorkers";

	@Bean(name = WORKERS, defaultCandidate = false)
	CryptoWorkers followUpCryptoWorkers(FollowUpProperties properties) {
		return new CryptoWorkers("senim-followup-crypto", properties.workerThreads(), properties.queuedTasks());
	}

}
