package org.senim.gateway.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import org.senim.contracts.codes.ServiceType;
import org.senim.gateway.page.PageLanguage;

/**
 * {@code /admin/services/{id}}: one service with every form that changes it (details,
 * places, phones, verification, retirement). A refused form shows the page again with
 * what was entered and the refusal next to its fields.
 */
final class ServicePage {

	/** The notices a redirect may ask for; anything else in the address is ignored. */
	static final List<String> NOTICES = List.of("created", "saved", "capacitySaved", "phoneAdded", "phoneRemoved",
			"phoneGone", "verified", "retiredNow", "retired", "refused");

	private final AdminDirectory directory;

	ServicePage(AdminDirectory directory) {
		this.directory = directory;
	}

	Mono<Rendering> show(ServerWebExchange exchange, UUID id, String notice) {
		return show(exchange, id, Entered.NOTHING, (notice != null && NOTICES.contains(notice)) ? notice : null,
				HttpStatus.OK);
	}

	/** The page again after a refused form, with what was entered. */
	Mono<Rendering> refused(ServerWebExchange exchange, UUID id, Entered entered) {
		return show(exchange, id, entered, null, HttpStatus.BAD_REQUEST);
	}

	private Mono<Rendering> show(ServerWebExchange exchange, UUID id, Entered entered, String notice,
			HttpStatus status) {
		String lang = PageLanguage.of(exchange.getRequest()).tag();
		return this.directory.service(exchange, id).flatMap((reply) -> {
			if (!reply.isOk()) {
				return Mono.just(AdminPages.notFound());
			}
			ServiceEntry service = reply.body();
			return Mono
				.zip(this.directory.cities(exchange), this.directory.organization(exchange, service.organizationId()))
				.map((parts) -> {
					Rendering.Builder<?> page = Rendering.view("admin-service")
						.modelAttribute("service", service)
						.modelAttribute("cities", parts.getT1())
						.modelAttribute("cityNames", namesOf(parts.getT1(), lang))
						.modelAttribute("form",
								(entered.details() != null) ? entered.details() : ServiceForm.of(service))
						.modelAttribute("capacity",
								(entered.capacity() != null) ? entered.capacity() : CapacityForm.of(service))
						.modelAttribute("phone", (entered.phone() != null) ? entered.phone() : PhoneForm.empty())
						.modelAttribute("serviceTypes", ServiceType.values())
						.modelAttribute("genders", ServiceForm.GENDERS)
						.status(status);
					if (parts.getT2().isOk()) {
						page.modelAttribute("organization", parts.getT2().body());
					}
					if (entered.errors() != null) {
						page.modelAttribute("errors", entered.errors());
					}
					if (notice != null) {
						page.modelAttribute("notice", notice);
					}
					return page.build();
				});
		});
	}

	/** The cities' names in the page's language, by slug. */
	static Map<String, String> namesOf(List<CityOption> cities, String lang) {
		return cities.stream()
			.collect(Collectors.toMap(CityOption::slug, (city) -> city.name(lang), (first, second) -> first));
	}

	/** What was entered in the one refused form of the page, and its refusal. */
	record Entered(ServiceForm details, CapacityForm capacity, PhoneForm phone, FormErrors errors) {

		static final Entered NOTHING = new Entered(null, null, null, null);

		static Entered details(ServiceForm form, FormErrors errors) {
			return new Entered(form, null, null, errors);
		}

		static Entered capacity(CapacityForm form, FormErrors errors) {
			return new Entered(null, form, null, errors);
		}

		static Entered phone(PhoneForm form, FormErrors errors) {
			return new Entered(null, null, form, errors);
		}

	}

}
