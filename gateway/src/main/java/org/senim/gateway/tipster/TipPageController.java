package org.senim.gateway.tipster;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;

import org.senim.gateway.page.PageController;
import org.senim.gateway.page.PageLanguage;
import org.senim.gateway.throttle.LimitsProperties;
import org.senim.gateway.throttle.Throttles;
import org.senim.gateway.tip.IdempotencyKey;
import org.senim.gateway.tip.Questionnaire;
import org.senim.gateway.tip.TipAnswers;
import org.senim.gateway.tip.TipErrors;
import org.senim.gateway.tip.TipFiling;

/**
 * {@code /report}: the tip form. A plain form post, answered at the same address with the
 * receipt or with the form again, filled in as typed and with each refusal next to its
 * question. Works without JavaScript.
 */
@PageController
class TipPageController {

	private final TipFiling tips;

	private final Throttles throttles;

	private final Throttles.Limit limit;

	TipPageController(TipFiling tips, Throttles throttles, LimitsProperties limits) {
		this.tips = tips;
		this.throttles = throttles;
		this.limit = new Throttles.Limit("tips", limits.tipsPerMinute(), Duration.ofMinutes(1), false);
	}

	@GetMapping("/report")
	String form(Model model) {
		return form(model, TipAnswers.EMPTY, IdempotencyKey.fresh(), TipErrors.NONE);
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
			IdempotencyKey key = IdempotencyKey.ofForm(form.getFirst("idempotencyKey"));
			return this.throttles.consume(this.limit, exchange).flatMap((verdict) -> switch (verdict.outcome()) {
				case LIMITED -> Mono.just(form(model, answers, key, TipErrors.limited(verdict.retryAfterSeconds())));
				case UNAVAILABLE -> Mono.just(form(model, answers, key, TipErrors.UNAVAILABLE));
				case ALLOWED -> send(answers, key, lang, model);
			});
		})
			.onErrorResume(DataBufferLimitException.class,
					(ex) -> Mono.just(form(model, TipAnswers.EMPTY, IdempotencyKey.fresh(), TipErrors.TOO_LARGE)));
	}

	private Mono<String> send(TipAnswers answers, IdempotencyKey key, PageLanguage lang, Model model) {
		return this.tips.file(answers, lang, key, null).map((filed) -> {
			if (filed instanceof TipFiling.Receipt receipt) {
				model.addAttribute("receiptGroups", receipt.groups());
				return "receipt";
			}
			if (filed instanceof TipFiling.Refused refused) {
				return form(model, answers, key, refused.errors());
			}
			// A tipster sends no token: a refused one means the service is not itself.
			return form(model, answers, key, TipErrors.UNAVAILABLE);
		});
	}

	private static String form(Model model, TipAnswers answers, IdempotencyKey key, TipErrors errors) {
		model.addAttribute("answers", answers);
		model.addAttribute("idempotencyKey", key.value());
		model.addAttribute("codes", Questionnaire.CODES);
		model.addAttribute("errors", errors);
		return "report";
	}

}
