package org.senim.gateway.police;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.web.server.ServerWebExchange;

import org.senim.gateway.console.ConsoleTokens;
import org.senim.gateway.console.ConsoleTokens.SessionLapsedException;
import org.senim.gateway.police.EscalationClient.Reply;

/**
 * The escalations as the signed-in liaison sees them, read and acknowledged through the
 * referral-service with her token, behind the same circuit breaker ({@code referrals}) as
 * the API route. A refused token ends the session; a failing service is
 * {@link EscalationsUnavailableException}, a calm page.
 */
class Escalations {

	/** CRITICAL first, then HIGH, then NORMAL; the newest first within each. */
	static final Comparator<EscalationView> URGENCY = Comparator.comparing(EscalationView::priority)
		.thenComparing(EscalationView::raisedAt, Comparator.nullsLast(Comparator.reverseOrder()));

	private final ConsoleTokens tokens;

	private final EscalationClient client;

	private final ReactiveCircuitBreaker breaker;

	Escalations(ConsoleTokens tokens, EscalationClient client, ReactiveCircuitBreaker breaker) {
		this.tokens = tokens;
		this.client = client;
		this.breaker = breaker;
	}

	/** Every escalation the service lists, most urgent first. */
	Mono<List<EscalationView>> all(ServerWebExchange exchange) {
		return call(exchange, this.client::list).map((reply) -> reply.body().stream().sorted(URGENCY).toList());
	}

	Mono<Acknowledgement> acknowledge(ServerWebExchange exchange, UUID id) {
		return call(exchange, (token) -> this.client.acknowledge(token, id)).map((reply) -> {
			if (reply.isOk()) {
				return Acknowledgement.DONE;
			}
			return (reply.status() == 409) ? Acknowledgement.ALREADY : Acknowledgement.NOT_FOUND;
		});
	}

	private <T> Mono<Reply<T>> call(ServerWebExchange exchange, Function<String, Mono<Reply<T>>> request) {
		return this.tokens.accessToken(exchange)
			.flatMap((token) -> this.breaker.run(request.apply(token),
					(ex) -> Mono.error(new EscalationsUnavailableException(ex))))
			.flatMap((reply) -> reply.isUnauthorized() ? Mono.error(new SessionLapsedException()) : Mono.just(reply));
	}

	/** How an acknowledgement went. */
	enum Acknowledgement {

		DONE,
		/** Someone (she, or a colleague) acknowledged it first. */
		ALREADY,
		/** No such escalation (any other refusal reads the same: nothing changed). */
		NOT_FOUND

	}

	/** The referral-service failed, was too slow, or its breaker is open. */
	static final class EscalationsUnavailableException extends RuntimeException {

		EscalationsUnavailableException(Throwable cause) {
			super("The referral-service is unavailable", cause);
		}

	}

}
