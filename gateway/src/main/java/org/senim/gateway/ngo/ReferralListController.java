package org.senim.gateway.ngo;

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
 * {@code /ngo/}: the organization's referrals, open ones first, CRITICAL first, with the
 * time left to respond, a page at a time. Works with a reload alone; the page's script
 * adds new offers live ({@code /ngo/referrals/{id}/row}).
 */
@ConsoleController
class ReferralListController {

	/** Most referrals the referral-service lists at once (its stated limit). */
	static final int MAX_LISTED = 200;

	private final Caseload caseload;

	private final DashboardProperties properties;

	ReferralListController(Caseload caseload, DashboardProperties properties) {
		this.caseload = caseload;
		this.properties = properties;
	}

	@GetMapping({ "/ngo", "/ngo/" })
	Mono<Rendering> list(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String show,
			ServerWebExchange exchange) {
		String shown = ReferralPage.showOf(show);
		return this.caseload.all(exchange)
			.map((sorted) -> Rendering.view("ngo-referrals")
				.modelAttribute("page", ReferralPage.of(sorted, shown, page, this.properties.pageSize()))
				.modelAttribute("shows", ReferralPage.SHOWS)
				.modelAttribute("pageSize", this.properties.pageSize())
				.modelAttribute("maxListed", MAX_LISTED)
				.build());
	}

	/** One row of the list, for the script to add or refresh without a reload. */
	@GetMapping("/ngo/referrals/{id}/row")
	Mono<Rendering> row(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean fresh,
			ServerWebExchange exchange) {
		return this.caseload.find(exchange, id)
			.map((referral) -> Rendering.view("ngo-fragments :: row")
				.modelAttribute("referral", referral)
				.modelAttribute("fresh", fresh)
				.build())
			.defaultIfEmpty(Rendering.view("console-fragments :: none").status(HttpStatus.NOT_FOUND).build());
	}

}
