package org.senim.gateway.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import org.senim.gateway.admin.TipAlerts.Check;
import org.senim.gateway.console.ConsoleController;

/**
 * {@code /admin/}: the tips nobody has accepted at the last tier, first; then the
 * directory's organizations, a page at a time.
 */
@ConsoleController
class AdminHomeController {

	/** The most organizations read to name those an alert's offers went to. */
	static final int MAX_NAMED = 200;

	private static final List<String> NOTICES = List.of("refused");

	private final AdminDirectory directory;

	private final TipAlerts alerts;

	private final AdminProperties properties;

	AdminHomeController(AdminDirectory directory, TipAlerts alerts, AdminProperties properties) {
		this.directory = directory;
		this.alerts = alerts;
		this.properties = properties;
	}

	@GetMapping({ "/admin", "/admin/" })
	Mono<Rendering> home(@RequestParam(defaultValue = "1") int page, ServerWebExchange exchange) {
		String notice = exchange.getRequest().getQueryParams().getFirst("notice");
		return Mono
			.zip(this.alerts.check(exchange),
					this.directory.organizations(exchange, Math.max(1, page), this.properties.pageSize()))
			.flatMap((parts) -> namesFor(exchange, parts.getT1()).map((names) -> {
				Rendering.Builder<?> rendering = Rendering.view("admin-home")
					.modelAttribute("alerts", parts.getT1())
					.modelAttribute("organizationNames", names)
					.modelAttribute("organizations",
							parts.getT2().isOk() ? parts.getT2().body()
									: new HsdsPage<OrganizationEntry>(0, 1, 1, null))
					.modelAttribute("pageSize", this.properties.pageSize())
					.modelAttribute("maxPageSize", AdminProperties.MAX_PAGE_SIZE);
				if (notice != null && NOTICES.contains(notice)) {
					rendering.modelAttribute("notice", notice);
				}
				return rendering.build();
			}));
	}

	/** The names of the organizations the alerts' tips are offered to. */
	private Mono<Map<UUID, String>> namesFor(ServerWebExchange exchange, Check alerts) {
		if (!alerts.any()) {
			return Mono.just(Map.of());
		}
		return this.directory.organizations(exchange, 1, MAX_NAMED)
			.map((reply) -> reply.isOk() ? reply.body()
				.contents()
				.stream()
				.collect(Collectors.toMap(OrganizationEntry::id, OrganizationEntry::name, (first, second) -> first))
					: Map.<UUID, String>of());
	}

}
