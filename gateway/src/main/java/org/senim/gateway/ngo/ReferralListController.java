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
import org.senim.gateway.console.Paged;
import org.senim.gateway.help.CityNames;
import org.senim.gateway.page.PageLanguage;

/**
 * {@code /ngo/}: the organization's referrals (waiting for an answer, taken up, or all),
 * a page at a time as the referral-service pages them, the most urgent first on each
 * page, with the time left to respond. Works with a reload alone; the page's script adds
 * new offers live ({@code /ngo/referrals/{id}/row}).
 */
@ConsoleController
class ReferralListController {

	private final Caseload caseload;

	private final DashboardProperties properties;

	private final CityNames cityNames;

	ReferralListController(Caseload caseload, DashboardProperties properties, CityNames cityNames) {
		this.caseload = caseload;
		this.properties = properties;
		this.cityNames = cityNames;
	}

	@GetMapping({ "/ngo", "/ngo/" })
	Mono<Rendering> list(@RequestParam(required = false) String show, @RequestParam(required = false) String cursor,
			ServerWebExchange exchange) {
		int size = this.properties.pageSize();
		return this.caseload.page(exchange, ReferralPage.showOf(show), Paged.cursorOf(cursor), size)
			.zipWith(this.cityNames.in(PageLanguage.of(exchange.getRequest()).tag()))
			.map((found) -> Rendering.view("ngo-referrals")
				.modelAttribute("page", found.getT1())
				.modelAttribute("cityNames", found.getT2())
				.modelAttribute("shows", ReferralPage.SHOWS)
				.modelAttribute("pageSize", size)
				.build());
	}

	/** One row of the list, for the script to add or refresh without a reload. */
	@GetMapping("/ngo/referrals/{id}/row")
	Mono<Rendering> row(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean fresh,
			ServerWebExchange exchange) {
		return this.caseload.find(exchange, id)
			.zipWith(this.cityNames.in(PageLanguage.of(exchange.getRequest()).tag()))
			.map((found) -> Rendering.view("ngo-fragments :: row")
				.modelAttribute("referral", found.getT1())
				.modelAttribute("cityNames", found.getT2())
				.modelAttribute("fresh", fresh)
				.build())
			.defaultIfEmpty(Rendering.view("console-fragments :: none").status(HttpStatus.NOT_FOUND).build());
	}

}
