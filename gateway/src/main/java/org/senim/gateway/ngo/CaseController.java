package org.senim.gateway.ngo;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

import org.senim.gateway.ngo.Caseload.Outcome;
import org.senim.gateway.console.ConsoleController;
import org.senim.gateway.help.CityNames;
import org.senim.gateway.page.PageLanguage;

/**
 * {@code /ngo/referrals/{id}}: the whole case in plain words, the answers the worker can
 * give (accept, decline with a reason, close with an outcome) and the conversation with
 * the tipster. Every answer is a form post answered by a redirect to the case
 * (post/redirect/get), with a notice saying how it went.
 */
@ConsoleController
class CaseController {

	/** The notices a redirect may ask for; anything else in the address is ignored. */
	static final List<String> NOTICES = List.of("accepted", "declined", "closed", "sent", "conflict", "empty",
			"tooLong", "refused");

	private final Caseload caseload;

	private final CityNames cityNames;

	CaseController(Caseload caseload, CityNames cityNames) {
		this.caseload = caseload;
		this.cityNames = cityNames;
	}

	@GetMapping("/ngo/referrals/{id}")
	Mono<Rendering> view(@PathVariable UUID id, ServerWebExchange exchange) {
		String notice = exchange.getRequest().getQueryParams().getFirst("notice");
		String lang = PageLanguage.of(exchange.getRequest()).tag();
		return this.caseload.find(exchange, id)
			.zipWith(this.cityNames.in(lang))
			.flatMap((found) -> this.caseload.thread(exchange, id)
				.map((thread) -> page(found.getT1(), found.getT2(), thread, true, notice))
				.defaultIfEmpty(page(found.getT1(), found.getT2(), List.of(), false, notice)))
			.defaultIfEmpty(DashboardPages.notFound());
	}

	/** The conversation alone, for the script to refresh when the tipster writes. */
	@GetMapping("/ngo/referrals/{id}/thread")
	Mono<Rendering> thread(@PathVariable UUID id, ServerWebExchange exchange) {
		return this.caseload.thread(exchange, id)
			.map((thread) -> Rendering.view("ngo-fragments :: thread").modelAttribute("thread", thread).build())
			.defaultIfEmpty(Rendering.view("console-fragments :: none").status(HttpStatus.NOT_FOUND).build());
	}

	@PostMapping("/ngo/referrals/{id}/accept")
	Mono<Rendering> accept(@PathVariable UUID id, ServerWebExchange exchange) {
		return answer(id, CaseAction.ACCEPT, exchange, "accepted");
	}

	@PostMapping("/ngo/referrals/{id}/decline")
	Mono<Rendering> decline(@PathVariable UUID id, ServerWebExchange exchange) {
		return answer(id, CaseAction.DECLINE, exchange, "declined");
	}

	@PostMapping("/ngo/referrals/{id}/close")
	Mono<Rendering> close(@PathVariable UUID id, ServerWebExchange exchange) {
		return answer(id, CaseAction.CLOSE, exchange, "closed");
	}

	@PostMapping("/ngo/referrals/{id}/messages")
	Mono<Rendering> write(@PathVariable UUID id, ServerWebExchange exchange) {
		return answer(id, CaseAction.WRITE, exchange, "sent");
	}

	private Mono<Rendering> answer(UUID id, CaseAction action, ServerWebExchange exchange, String done) {
		return exchange.getFormData()
			.flatMap((form) -> checked(form, action).map((refusal) -> Mono.just(backToCase(exchange, id, refusal)))
				.orElseGet(
						() -> this.caseload.act(exchange, id, action, textOf(form)).map((outcome) -> switch (outcome) {
							case DONE -> backToCase(exchange, id, done);
							case CONFLICT -> backToCase(exchange, id, "conflict");
							case REFUSED -> backToCase(exchange, id, "refused");
							case NOT_FOUND -> DashboardPages.notFound();
						})))
			.onErrorResume(DataBufferLimitException.class, (ex) -> Mono.just(backToCase(exchange, id, "tooLong")));
	}

	/** What the service would refuse anyway, said before calling it. */
	private static Optional<String> checked(MultiValueMap<String, String> form, CaseAction action) {
		if (action.maxText() == 0) {
			return Optional.empty();
		}
		String text = textOf(form);
		if (text.isBlank()) {
			return Optional.of("empty");
		}
		return (text.length() > action.maxText()) ? Optional.of("tooLong") : Optional.empty();
	}

	private static String textOf(MultiValueMap<String, String> form) {
		String text = form.getFirst("text");
		return (text != null) ? text.replace("\r\n", "\n").strip() : "";
	}

	private static Rendering page(ReferralView referral, Map<String, String> cityNames, List<ThreadMessage> thread,
			boolean conversation, String notice) {
		Rendering.Builder<?> page = Rendering.view("ngo-case")
			.modelAttribute("referral", referral)
			.modelAttribute("cityNames", cityNames)
			.modelAttribute("thread", thread)
			.modelAttribute("conversation", conversation)
			.modelAttribute("maxText", CaseAction.DECLINE.maxText())
			.modelAttribute("maxMessage", CaseAction.WRITE.maxText());
		if (notice != null && NOTICES.contains(notice)) {
			page.modelAttribute("notice", notice);
		}
		return page.build();
	}

	/**
	 * 303: the browser shows the case again with a GET, so a reload never posts twice.
	 */
	private static Rendering backToCase(ServerWebExchange exchange, UUID id, String notice) {
		String lang = PageLanguage.of(exchange.getRequest()).tag();
		URI location = UriComponentsBuilder.fromPath("/ngo/referrals/{id}")
			.queryParam("lang", lang)
			.queryParam("notice", notice)
			.buildAndExpand(id)
			.toUri();
		return Rendering.redirectTo(location.toString()).status(HttpStatus.SEE_OTHER).build();
	}

}
