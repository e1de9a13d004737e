package org.senim.gateway.ngo;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

import org.senim.gateway.ngo.DirectoryClient.Capacity;
import org.senim.gateway.ngo.ServiceCapacities.DirectoryUnavailableException;
import org.senim.gateway.console.ConsoleController;
import org.senim.gateway.page.PageLanguage;

/**
 * {@code /ngo/services}: the organization's own services with their places, and a form
 * per service to set the free and total places. A saved form is answered by a redirect to
 * the page (post/redirect/get) with a notice; a refused one shows the page again with the
 * refusal next to its fields.
 */
@ConsoleController
class ServicesController {

	/** The notices a redirect may ask for; anything else in the address is ignored. */
	static final List<String> NOTICES = List.of("saved", "notFound", "retired", "refused", "unavailable");

	private static final int MAX_DIGITS = 9;

	private final ServiceCapacities capacities;

	ServicesController(ServiceCapacities capacities) {
		this.capacities = capacities;
	}

	@GetMapping("/ngo/services")
	Mono<Rendering> list(ServerWebExchange exchange) {
		String notice = exchange.getRequest().getQueryParams().getFirst("notice");
		return page(exchange, (notice != null && NOTICES.contains(notice)) ? notice : null, null, HttpStatus.OK);
	}

	@PostMapping("/ngo/services/{id}/capacity")
	Mono<Rendering> setCapacity(@PathVariable UUID id, ServerWebExchange exchange) {
		return exchange.getFormData().flatMap((form) -> {
			String available = valueOf(form, CapacityRefusal.AVAILABLE);
			String maximum = valueOf(form, CapacityRefusal.MAXIMUM);
			Set<String> malformed = new HashSet<>();
			Integer free = number(available, CapacityRefusal.AVAILABLE, malformed);
			Integer total = number(maximum, CapacityRefusal.MAXIMUM, malformed);
			if (!malformed.isEmpty()) {
				return page(exchange, null, new CapacityRefusal(id, malformed, available, maximum),
						HttpStatus.BAD_REQUEST);
			}
			return this.capacities.update(exchange, id, new Capacity(free, total)).flatMap((reply) -> {
				if (reply.isOk()) {
					return Mono.just(backToServices(exchange, "saved"));
				}
				if (reply.is(400)) {
					return page(exchange, null, CapacityRefusal.of(id, reply.body(), available, maximum),
							HttpStatus.BAD_REQUEST);
				}
				if (reply.is(404)) {
					return Mono.just(backToServices(exchange, "notFound"));
				}
				return Mono.just(backToServices(exchange, reply.is(409) ? "retired" : "refused"));
			})
				.onErrorResume(DirectoryUnavailableException.class,
						(ex) -> Mono.just(backToServices(exchange, "unavailable")));
		});
	}

	private Mono<Rendering> page(ServerWebExchange exchange, String notice, CapacityRefusal refusal,
			HttpStatus status) {
		return this.capacities.services(exchange)
			.map((services) -> rendering(services, notice, refusal, status))
			.onErrorResume(DirectoryUnavailableException.class,
					(ex) -> Mono.just(rendering(null, "unavailable", null, HttpStatus.SERVICE_UNAVAILABLE)));
	}

	private static Rendering rendering(List<OwnService> services, String notice, CapacityRefusal refusal,
			HttpStatus status) {
		Rendering.Builder<?> page = Rendering.view("ngo-services")
			.modelAttribute("services", (services != null) ? services : List.of())
			.modelAttribute("listed", services != null)
			.status(status);
		if (notice != null) {
			page.modelAttribute("notice", notice);
		}
		if (refusal != null) {
			page.modelAttribute("refusal", refusal);
		}
		return page.build();
	}

	private static String valueOf(MultiValueMap<String, String> form, String field) {
		String value = form.getFirst(field);
		return (value != null) ? value.strip() : "";
	}

	/** A whole number of at most nine digits, or the field is noted as malformed. */
	private static Integer number(String value, String field, Set<String> malformed) {
		if (value.isEmpty() || value.length() > MAX_DIGITS || !value.chars().allMatch(Character::isDigit)) {
			malformed.add(field);
			return null;
		}
		return Integer.valueOf(value);
	}

	/**
	 * 303: the browser shows the list again with a GET, so a reload never posts twice.
	 */
	private static Rendering backToServices(ServerWebExchange exchange, String notice) {
		String lang = PageLanguage.of(exchange.getRequest()).tag();
		URI location = UriComponentsBuilder.fromPath("/ngo/services")
			.queryParam("lang", lang)
			.queryParam("notice", notice)
			.build()
			.toUri();
		return Rendering.redirectTo(location.toString()).status(HttpStatus.SEE_OTHER).build();
	}

}
