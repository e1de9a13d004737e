package org.senim.gateway.operator;

import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import org.senim.gateway.console.ConsoleController;
import org.senim.gateway.console.ConsoleTokens;
import org.senim.gateway.console.ConsoleTokens.SessionLapsedException;
import org.senim.gateway.page.PageLanguage;
import org.senim.gateway.tip.IdempotencyKey;
import org.senim.gateway.tip.Questionnaire;
import org.senim.gateway.tip.TipAnswers;
import org.senim.gateway.tip.TipErrors;
import org.senim.gateway.tip.TipFiling;

/**
 * {@code /operator/}: a hotline operator files a tip for a caller with the questionnaire
 * of the public form, and reads the receipt out to the caller. The tip goes to the
 * report-service with her token, which marks it operator-entered and keeps nothing else
 * of her. The receipt is the answer to the post itself, never in an address; a form sent
 * again carries the same idempotency key and gets the same receipt.
 */
@ConsoleController
class OperatorPageController {

	private final TipFiling tips;

	private final ConsoleTokens tokens;

	OperatorPageController(TipFiling tips, ConsoleTokens tokens) {
		this.tips = tips;
		this.tokens = tokens;
	}

	@GetMapping({ "/operator", "/operator/" })
	Rendering form() {
		return form(TipAnswers.EMPTY, IdempotencyKey.fresh(), TipErrors.NONE, HttpStatus.OK);
	}

	/**
	 * The address the form posts to, opened by itself (the language switch of a receipt
	 * or a refused form): a new form, as the receipt is shown only once.
	 */
	@GetMapping("/operator/tips")
	Rendering newForm(ServerWebExchange exchange) {
		String lang = PageLanguage.of(exchange.getRequest()).tag();
		return Rendering.redirectTo("/operator/?lang=" + lang).status(HttpStatus.SEE_OTHER).build();
	}

	/**
	 * {@code lang} is not bound from the request: binding would read the form before this
	 * method could answer a form too large to read with the form again.
	 */
	@PostMapping("/operator/tips")
	Mono<Rendering> file(ServerWebExchange exchange,
			@ModelAttribute(name = "lang", binding = false) PageLanguage lang) {
		return exchange.getFormData().flatMap((form) -> {
			TipAnswers answers = TipAnswers.from(form);
			IdempotencyKey key = IdempotencyKey.ofForm(form.getFirst("idempotencyKey"));
			return this.tokens.accessToken(exchange)
				.flatMap((token) -> this.tips.file(answers, lang, key, token))
				.map((filed) -> answer(filed, answers, key));
		})
			.onErrorResume(DataBufferLimitException.class, (ex) -> Mono
				.just(form(TipAnswers.EMPTY, IdempotencyKey.fresh(), TipErrors.TOO_LARGE, HttpStatus.BAD_REQUEST)));
	}

	private static Rendering answer(TipFiling.Filed filed, TipAnswers answers, IdempotencyKey key) {
		if (filed instanceof TipFiling.Receipt receipt) {
			return Rendering.view("operator-receipt").modelAttribute("receiptGroups", receipt.groups()).build();
		}
		if (filed instanceof TipFiling.Refused refused) {
			TipErrors errors = refused.errors();
			return form(answers, key, errors,
					"unavailable".equals(errors.notice()) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_REQUEST);
		}
		// Her token was refused: sign in again (ConsoleAttributes).
		throw new SessionLapsedException();
	}

	private static Rendering form(TipAnswers answers, IdempotencyKey key, TipErrors errors, HttpStatus status) {
		return Rendering.view("operator-report")
			.modelAttribute("answers", answers)
			.modelAttribute("idempotencyKey", key.value())
			.modelAttribute("codes", Questionnaire.CODES)
			.modelAttribute("errors", errors)
			.status(status)
			.build();
	}

}
