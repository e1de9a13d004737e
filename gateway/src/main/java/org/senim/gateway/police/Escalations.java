package org.senim.gateway.police;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.web.server.ServerWebExchange;

import org.senim.gateway.console.ConsoleTokens;
import org.senim.gateway.console.Paged;
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

	/**
	 * A page of the escalations of a status, most urgent first on it; a cursor the
	 * service refuses (an old or edited address) is the first page.
	 */
	Mono<Paged<EscalationView>> page(ServerWebExchange exchange, String status, String cursor, int size) {
		return call(exchange, (token) -> this.client.list(token, status, cursor, size)).flatMap((reply) -> {
			if (!reply.isOk() && cursor != null) {
				return page(exchange, status, null, size);
			}
			if (!reply.isOk()) {
				return Mono.error(new EscalationsUnavailableException(
						new IllegalStateException("The escalation list answered " + reply.status())));
			}
			List<EscalationView> sorted = reply.body().rows().stream().sorted(URGENCY).toList();
			return Mono.just(new Paged<>(sorted, reply.body().nextCursor()));
		});
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
