package org.senim.gateway.tipster;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;

import org.senim.contracts.ProblemTypes;
import org.senim.gateway.page.PageController;
import org.senim.gateway.page.PageLanguage;
import org.senim.gateway.throttle.LimitsProperties;
import org.senim.gateway.throttle.Throttles;

/**
 * {@code /report}: the tip form. A plain form post, answered at the same address with the
 * receipt or with the form again, filled in as typed and with each refusal next to its
 * question. Works without JavaScript.
 */
@PageController
class TipPageController {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** At least 128 random bits, URL-safe: what the form itself hands out. */
	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{22,64}");

	private final ReportClient reports;

	private final ReactiveCircuitBreaker breaker;

	private final Throttles throttles;

	private final Throttles.Limit limit;

	TipPageController(ReportClient reports, ReactiveCircuitBreakerFactory<?, ?> breakers, Throttles throttles,
			LimitsProperties limits) {
		this.reports = reports;
		// The breaker of the tip route: the page and the API see the service the same
		// way.
		this.breaker = breakers.create("reports");
		this.throttles = throttles;
		this.limit = new Throttles.Limit("tips", limits.tipsPerMinute(), Duration.ofMinutes(1), false);
	}

	@GetMapping("/report")
	String form(Model model) {
		return form(model, TipAnswers.EMPTY, newIdempotencyKey(), TipErrors.NONE);
	}

	/**
	 * {@code lang} is not bound from the request: binding would read the form before this
	 * method could answer a form too large to read with the form again.
	 */
	@PostMapping("/report")
	Mono<String> submit(ServerWebExchange exchange, @ModelAttribute(name = "lang", binding = false) PageLanguage lang,
			Model model) {
		return exchange.getFormData().flatMap((form) -> {
			TipAnswers answers = TipAnswers.from(form);
			String key = idempotencyKeyOf(form.getFirst("idempotencyKey"));
			return this.throttles.consume(this.limit, exchange).flatMap((verdict) -> switch (verdict.outcome()) {
				case LIMITED -> Mono.just(form(model, answers, key, TipErrors.limited(verdict.retryAfterSeconds())));
				case UNAVAILABLE -> Mono.just(form(model, answers, key, TipErrors.UNAVAILABLE));
				case ALLOWED -> send(answers, key, lang, model);
			});
		})
			.onErrorResume(DataBufferLimitException.class,
					(ex) -> Mono.just(form(model, TipAnswers.EMPTY, newIdempotencyKey(), TipErrors.TOO_LARGE)));
	}

	private Mono<String> send(TipAnswers answers, String key, PageLanguage lang, Model model) {
		Mono<ReportClient.Submission> submission = this.reports.submit(answers.toRequest(lang.tag()), key);
		return this.breaker.run(submission, (ex) -> Mono.just(new ReportClient.Unavailable())).map((answer) -> {
			if (answer instanceof ReportClient.Accepted accepted) {
				return receipt(model, accepted);
			}
			if (answer instanceof ReportClient.Refused refused) {
				return form(model, answers, key, errorsOf(refused));
			}
			return form(model, answers, key, TipErrors.UNAVAILABLE);
		});
	}

	private static TipErrors errorsOf(ReportClient.Refused refused) {
		if (refused.isStatus(HttpStatus.TOO_MANY_REQUESTS)) {
			return TipErrors.limited(refused.retryAfterSeconds());
		}
		if (refused.isStatus(HttpStatus.PAYLOAD_TOO_LARGE)) {
			return TipErrors.TOO_LARGE;
		}
		Set<String> fields = new LinkedHashSet<>();
		refused.errors().forEach((error) -> fields.add(error.field()));
		boolean unknownCity = ProblemTypes.UNKNOWN_CITY.toString().equals(refused.type());
		if (unknownCity) {
			fields.add("city");
		}
		return new TipErrors(fields, unknownCity, refused.suggestions(), null, 0);
	}

	private static String receipt(Model model, ReportClient.Accepted accepted) {
		model.addAttribute("receiptGroups", groupsOf(accepted.receipt()));
		return "receipt";
	}

	private static String form(Model model, TipAnswers answers, String key, TipErrors errors) {
		model.addAttribute("answers", answers);
		model.addAttribute("idempotencyKey", key);
		model.addAttribute("codes", Questionnaire.CODES);
		model.addAttribute("errors", errors);
		return "report";
	}

	/** 16 digits as four groups of four, read and written like a phone number. */
	static List<String> groupsOf(String receipt) {
		String digits = receipt.replaceAll("\\D", "");
		return List.of(digits.split("(?<=\\G.{4})"));
	}

	private static String idempotencyKeyOf(String submitted) {
		return (submitted != null && IDEMPOTENCY_KEY.matcher(submitted).matches()) ? submitted : newIdempotencyKey();
	}

	private static String newIdempotencyKey() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
