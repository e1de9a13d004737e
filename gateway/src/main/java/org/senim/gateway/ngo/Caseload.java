package org.senim.gateway.ngo;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.web.server.ServerWebExchange;

import org.senim.gateway.console.ConsoleTokens;
import org.senim.gateway.console.ConsoleTokens.SessionLapsedException;
import org.senim.gateway.ngo.ReferralClient.Reply;

/**
 * The signed-in worker's referrals, read and answered through the referral-service with
 * her token, behind the same circuit breaker ({@code referrals}) as the API route. A
 * refused token ends the session; a failing service is
 * {@link ReferralsUnavailableException}, a calm page.
 */
class Caseload {

	/**
	 * Open ones first, then the most urgent: CRITICAL first, then the earliest deadline.
	 */
	static final Comparator<ReferralView> URGENCY = Comparator.comparing((ReferralView r) -> !r.isOpen())
		.thenComparing(ReferralView::priority)
		.thenComparing(ReferralView::respondBy, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(ReferralView::offeredAt, Comparator.nullsLast(Comparator.reverseOrder()));

	private final ConsoleTokens tokens;

	private final ReferralClient client;

	private final ReactiveCircuitBreaker breaker;

	Caseload(ConsoleTokens tokens, ReferralClient client, ReactiveCircuitBreaker breaker) {
		this.tokens = tokens;
		this.client = client;
		this.breaker = breaker;
	}

	/**
	 * A page of the organization's referrals, the most urgent first on it; a cursor the
	 * service refuses (an old or edited address) is the first page.
	 */
	Mono<ReferralPage> page(ServerWebExchange exchange, String show, String cursor, int size) {
		String status = ReferralPage.statusOf(show);
		return call(exchange, (token) -> this.client.list(token, status, cursor, size)).flatMap((reply) -> {
			if (!reply.isOk() && cursor != null) {
				return page(exchange, show, null, size);
			}
			if (!reply.isOk()) {
				return Mono.error(new ReferralsUnavailableException(
						new IllegalStateException("The referral list answered " + reply.status())));
			}
			List<ReferralView> sorted = reply.body().rows().stream().sorted(URGENCY).toList();
			return Mono.just(new ReferralPage(show, sorted, cursor, reply.body().nextCursor()));
		});
	}

	/** The referral, or empty when it is not one of the organization's (404). */
	Mono<ReferralView> find(ServerWebExchange exchange, UUID id) {
		return call(exchange, (token) -> this.client.find(token, id)).filter(Reply::isOk).map(Reply::body);
	}

	/**
	 * The conversation; empty when the referral has none to show (not the organization's,
	 * or declined, withdrawn, re-routed: 404/409).
	 */
	Mono<List<ThreadMessage>> thread(ServerWebExchange exchange, UUID id) {
		return call(exchange, (token) -> this.client.thread(token, id)).filter(Reply::isOk).map(Reply::body);
	}

	Mono<Outcome> act(ServerWebExchange exchange, UUID id, CaseAction action, String text) {
		return call(exchange, (token) -> this.client.act(token, id, action, text)).map((reply) -> {
			if (reply.isOk()) {
				return Outcome.DONE;
			}
			if (reply.is(404)) {
				return Outcome.NOT_FOUND;
			}
			return reply.is(409) ? Outcome.CONFLICT : Outcome.REFUSED;
		});
	}

	private <T> Mono<Reply<T>> call(ServerWebExchange exchange, Function<String, Mono<Reply<T>>> request) {
		return this.tokens.accessToken(exchange)
			.flatMap((token) -> this.breaker.run(request.apply(token),
					(ex) -> Mono.error(new ReferralsUnavailableException(ex))))
			.flatMap((reply) -> reply.isUnauthorized() ? Mono.error(new SessionLapsedException()) : Mono.just(reply));
	}

	/** How an answer to a referral went. */
	enum Outcome {

		DONE,
		/** Not the organization's referral (or no longer there). */
		NOT_FOUND,
		/** The referral is no longer in a state that allows it (answered meanwhile). */
		CONFLICT,
		/** The service refused the text (empty, too long). */
		REFUSED

	}

	/** The referral-service failed, was too slow, or its breaker is open. */
	static final class ReferralsUnavailableException extends RuntimeException {

		ReferralsUnavailableException(Throwable cause) {
			super("The referral-service is unavailable", cause);
		}

	}

}
