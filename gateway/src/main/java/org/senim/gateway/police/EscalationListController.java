package org.senim.gateway.police;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import org.senim.gateway.console.ConsoleController;
import org.senim.gateway.console.Paged;

/**
 * {@code /police/}: the escalations waiting for a liaison, CRITICAL first, each with why
 * it was escalated and the tip's coded answers; {@code ?show=acknowledged} those taken
 * up; a page of the service's paged list at a time. Works with a reload alone; the page's
 * script adds new escalations live ({@code /police/escalations/{id}/row}).
 */
@ConsoleController
class EscalationListController {

	/**
	 * Escalations looked through for the one row the script asks for: the newest of every
	 * status (the service's largest page).
	 */
	static final int ROW_LOOKUP = 200;

	static final List<String> SHOWS = List.of("raised", "acknowledged");

	private final Escalations escalations;

	private final PoliceProperties properties;

	EscalationListController(Escalations escalations, PoliceProperties properties) {
		this.escalations = escalations;
		this.properties = properties;
	}

	@GetMapping({ "/police", "/police/" })
	Mono<Rendering> list(@RequestParam(required = false) String show, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) String notice, ServerWebExchange exchange) {
		String shown = (show != null && SHOWS.contains(show)) ? show : "raised";
		String from = Paged.cursorOf(cursor);
		int size = this.properties.pageSize();
		return this.escalations.page(exchange, shown.toUpperCase(Locale.ROOT), from, size).map((found) -> {
			Rendering.Builder<?> page = Rendering.view("police-escalations")
				.modelAttribute("escalations", found.rows())
				.modelAttribute("cursor", from)
				.modelAttribute("nextCursor", found.nextCursor())
				.modelAttribute("show", shown)
				.modelAttribute("shows", SHOWS)
				.modelAttribute("pageSize", size);
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
		return this.escalations.page(exchange, null, null, ROW_LOOKUP)
			.flatMap((found) -> Mono.justOrEmpty(found.rows().stream().filter((e) -> e.id().equals(id)).findFirst()))
			.map((escalation) -> Rendering.view("police-fragments :: row")
				.modelAttribute("escalation", escalation)
				.modelAttribute("fresh", fresh)
				.build())
			.defaultIfEmpty(Rendering.view("console-fragments :: none").status(HttpStatus.NOT_FOUND).build());
	}

}
