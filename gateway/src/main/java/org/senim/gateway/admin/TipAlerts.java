package org.senim.gateway.admin;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;

import org.senim.gateway.console.ConsoleTokens;

/**
 * The unaccepted-tip alerts of the referral-service ({@code GET /api/referrals/alerts}),
 * read with the administrator's token behind the {@code referrals} breaker. They are a
 * part of the start page, not its condition: any failure is {@link Check#unavailable()},
 * and the rest of the page still works.
 */
class TipAlerts {

	private static final ParameterizedTypeReference<List<TipAlert>> ALERTS = new ParameterizedTypeReference<>() {
	};

	private final ConsoleTokens tokens;

	private final WebClient referrals;

	private final ReactiveCircuitBreaker breaker;

	TipAlerts(ConsoleTokens tokens, WebClient referrals, ReactiveCircuitBreaker breaker) {
		this.tokens = tokens;
		this.referrals = referrals;
		this.breaker = breaker;
	}

	/** Oldest first, as the service lists them. */
	Mono<Check> check(ServerWebExchange exchange) {
		return this.tokens.accessToken(exchange)
			.flatMap((token) -> this.breaker.run(this.referrals.get()
				.uri("/api/referrals/alerts")
				.headers((headers) -> headers.setBearerAuth(token))
				.retrieve()
				.bodyToMono(ALERTS)
				.defaultIfEmpty(List.of()), Mono::error))
			.map(Check::of)
			// The session's own lapse still leads back to sign-in, through the page.
			.onErrorResume((ex) -> !(ex instanceof ConsoleTokens.SessionLapsedException),
					(ex) -> Mono.just(Check.unavailable()));
	}

	/**
	 * @param checked whether the referral-service answered; {@code false}: the page says
	 * the alerts cannot be checked now
	 */
	record Check(boolean checked, List<TipAlert> alerts) {

		static Check of(List<TipAlert> alerts) {
			return new Check(true, List.copyOf(alerts));
		}

		static Check unavailable() {
			return new Check(false, List.of());
		}

		public boolean any() {
			return !this.alerts.isEmpty();
		}

	}

}
