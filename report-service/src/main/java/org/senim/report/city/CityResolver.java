package org.senim.report.city;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;

/**
 * Resolves what a tipster typed as the city to a directory city: the directory-service
 * through a circuit breaker, or, while it is unreachable, the local replica of
 * {@code directory.changes}. Never answers a city it could not confirm.
 */
public class CityResolver {

	private static final Log log = LogFactory.getLog(CityResolver.class);

	private final DirectoryClient directory;

	private final ReactiveCircuitBreaker breaker;

	private final CityReplica replica;

	CityResolver(DirectoryClient directory, ReactiveCircuitBreaker breaker, CityReplica replica) {
		this.directory = directory;
		this.breaker = breaker;
		this.replica = replica;
	}

	/**
	 * The city, or an {@link UnknownCityException} (directory has no such city) or a
	 * {@link DirectoryUnavailableException} (neither source could confirm it).
	 */
	public Mono<City> resolve(String query) {
		return this.breaker.run(this.directory.resolve(query), (failure) -> fromReplica(query, failure))
			.flatMap(CityResolver::cityOrUnknown);
	}

	private Mono<CityLookup> fromReplica(String query, Throwable failure) {
		log.warn("Directory unreachable (" + failure.getClass().getSimpleName() + "), using the city replica of "
				+ this.replica.size() + " cities");
		return Mono.justOrEmpty(this.replica.match(query))
			.map((city) -> (CityLookup) new CityLookup.Found(city))
			.switchIfEmpty(Mono.error(DirectoryUnavailableException::new));
	}

	private static Mono<City> cityOrUnknown(CityLookup lookup) {
		if (lookup instanceof CityLookup.Found found) {
			return Mono.just(found.city());
		}
		return Mono.error(new UnknownCityException(((CityLookup.Unknown) lookup).suggestions()));
	}

}
