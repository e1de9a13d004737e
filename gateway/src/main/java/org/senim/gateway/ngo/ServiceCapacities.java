package org.senim.gateway.ngo;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.web.server.ServerWebExchange;

import org.senim.gateway.console.ConsoleTokens;
import org.senim.gateway.console.ConsoleTokens.SessionLapsedException;
import org.senim.gateway.ngo.DirectoryClient.Capacity;
import org.senim.gateway.ngo.ReferralClient.Reply;

/**
 * The signed-in worker's organization's services and their places, read and updated
 * through the directory-service with her token, behind the same circuit breaker
 * ({@code directory}) as the API route. A refused token ends the session; a failing
 * service is {@link DirectoryUnavailableException}, a calm notice.
 */
class ServiceCapacities {

	private final ConsoleTokens tokens;

	private final DirectoryClient client;

	private final ReactiveCircuitBreaker breaker;

	ServiceCapacities(ConsoleTokens tokens, DirectoryClient client, ReactiveCircuitBreaker breaker) {
		this.tokens = tokens;
		this.client = client;
		this.breaker = breaker;
	}

	Mono<List<OwnService>> services(ServerWebExchange exchange) {
		return call(exchange, this.client::services).map((reply) -> reply.isOk() ? reply.body() : List.of());
	}

	/** The directory's answer: its status and, for a 400, the fields it refused. */
	Mono<Reply<Set<String>>> update(ServerWebExchange exchange, UUID id, Capacity capacity) {
		return call(exchange, (token) -> this.client.setCapacity(token, id, capacity));
	}

	private <T> Mono<Reply<T>> call(ServerWebExchange exchange, Function<String, Mono<Reply<T>>> request) {
		return this.tokens.accessToken(exchange)
			.flatMap((token) -> this.breaker.run(request.apply(token),
					(ex) -> Mono.error(new DirectoryUnavailableException(ex))))
			.flatMap((reply) -> reply.isUnauthorized() ? Mono.error(new SessionLapsedException()) : Mono.just(reply));
	}

	/** The directory-service failed, was too slow, or its breaker is open. */
	static final class DirectoryUnavailableException extends RuntimeException {

		DirectoryUnavailableException(Throwable cause) {
			super("The directory-service is unavailable", cause);
		}

	}

}
