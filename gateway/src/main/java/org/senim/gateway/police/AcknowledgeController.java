package org.senim.gateway.police;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

import org.senim.gateway.console.ConsoleController;
import org.senim.gateway.page.PageLanguage;

/**
 * A liaison takes up an escalation: a form post (CSRF-checked by the console's chain)
 * answered by a redirect to the list (post/redirect/get) with a notice saying how it
 * went, so a reload never posts twice.
 */
@ConsoleController
class AcknowledgeController {

	/** The notices a redirect may ask for; anything else in the address is ignored. */
	static final List<String> NOTICES = List.of("acknowledged", "already", "notFound");

	private final Escalations escalations;

	AcknowledgeController(Escalations escalations) {
		this.escalations = escalations;
	}

	@PostMapping("/police/escalations/{id}/acknowledge")
	Mono<Rendering> acknowledge(@PathVariable UUID id, ServerWebExchange exchange) {
		return this.escalations.acknowledge(exchange, id).map((outcome) -> switch (outcome) {
			case DONE -> backToList(exchange, "acknowledged");
			case ALREADY -> backToList(exchange, "already");
			case NOT_FOUND -> backToList(exchange, "notFound");
		});
	}

	/** 303: the browser shows the list again with a GET. */
	private static Rendering backToList(ServerWebExchange exchange, String notice) {
		String lang = PageLanguage.of(exchange.getRequest()).tag();
		URI location = UriComponentsBuilder.fromPath("/police/")
			.queryParam("lang", lang)
			.queryParam("notice", notice)
			.build()
			.toUri();
		return Rendering.redirectTo(location.toString()).status(HttpStatus.SEE_OTHER).build();
	}

}
