package org.senim.gateway.police;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import org.senim.gateway.console.ConsoleController;

/**
 * {@code /police/}: the escalations waiting for a liaison, CRITICAL first, each with why
 * it was escalated and the tip's coded answers; {@code ?show=acknowledged} those taken
 * up. Works with a reload alone; the page's script adds new escalations live
 * ({@code /police/escalations/{id}/row}).
 */
@ConsoleController
class EscalationListController {

	/** Most escalations the referral-service lists at once (its stated limit). */
	static final int MAX_LISTED = 200;

	static final List<String> SHOWS = List.of("raised", "acknowledged");

	private final Escalations escalations;

	EscalationListController(Escalations escalations) {
		this.escalations = escalations;
	}

	@GetMapping({ "/police", "/police/" })
	Mono<Rendering> list(@RequestParam(required = false) String show, @RequestParam(required = false) String notice,
			ServerWebExchange exchange) {
		String shown = (show != null && SHOWS.contains(show)) ? show : "raised";
		return this.escalations.all(exchange).map((sorted) -> {
			Rendering.Builder<?> page = Rendering.view("police-escalations")
				.modelAttribute("escalations", sorted.stream().filter((e) -> shows(shown, e)).toList())
				.modelAttribute("show", shown)
				.modelAttribute("shows", SHOWS)
				.modelAttribute("maxListed", MAX_LISTED);
			if (notice != null && AcknowledgeController.NOTICES.contains(notice)) {
				page.modelAttribute("notice", notice);
			}
			return page.build();
		});
	}

	/** One row of the list, for the script to add or refresh without a reload. */
	@GetMapping("/police/escalations/{id}/row")
	Mono<Rendering> row(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean fresh,
			ServerWebExchange exchange) {
		return this.escalations.all(exchange)
			.flatMap((sorted) -> Mono.justOrEmpty(sorted.stream().filter((e) -> e.id().equals(id)).findFirst()))
			.map((escalation) -> Rendering.view("police-fragments :: row")
				.modelAttribute("escalation", escalation)
				.modelAttribute("fresh", fresh)
				.build())
			.defaultIfEmpty(Rendering.view("console-fragments :: none").status(HttpStatus.NOT_FOUND).build());
	}

	private static boolean shows(String show, EscalationView escalation) {
		return "acknowledged".equals(show) ? escalation.isAcknowledged() : escalation.isRaised();
	}

}
