package org.senim.gateway.admin;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import org.senim.contracts.codes.ServiceType;
import org.senim.gateway.admin.ServicePage.Entered;
import org.senim.gateway.console.ConsoleController;
import org.senim.gateway.page.PageLanguage;

/**
 * {@code /admin/services}: every service of the directory, a page at a time, with its
 * phones, eligibility, places and verification; a new service of an organization; one
 * service's details. Saved forms are answered by a redirect with a notice.
 */
@ConsoleController
class ServiceController {

	private final AdminDirectory directory;

	private final ServicePage servicePage;

	private final AdminProperties properties;

	ServiceController(AdminDirectory directory, AdminProperties properties) {
		this.directory = directory;
		this.servicePage = new ServicePage(directory);
		this.properties = properties;
	}

	@GetMapping("/admin/services")
	Mono<Rendering> list(@RequestParam(defaultValue = "1") int page, ServerWebExchange exchange) {
		String lang = PageLanguage.of(exchange.getRequest()).tag();
		return this.directory.services(exchange, Math.max(1, page), this.properties.pageSize(), null)
			.flatMap((reply) -> reply.isOk() ? this.directory.withPhones(exchange, reply.body())
					: this.directory.withPhones(exchange, new HsdsPage<>(0, 1, 1, null)))
			.zipWith(this.directory.cityNames(exchange, lang))
			.map((parts) -> Rendering.view("admin-services")
				.modelAttribute("services", parts.getT1())
				.modelAttribute("cityNames", parts.getT2())
				.modelAttribute("pageSize", this.properties.pageSize())
				.modelAttribute("maxPageSize", AdminProperties.MAX_PAGE_SIZE)
				.build());
	}

	@GetMapping("/admin/services/new")
	Mono<Rendering> blank(@RequestParam UUID organization, ServerWebExchange exchange) {
		return this.directory.organization(exchange, organization)
			.flatMap((reply) -> reply.isOk()
					? newService(exchange, reply.body(), ServiceForm.of(reply.body()), null, HttpStatus.OK)
					: Mono.just(AdminPages.notFound()));
	}

	@PostMapping("/admin/services")
	Mono<Rendering> create(ServerWebExchange exchange) {
		return exchange.getFormData().map(ServiceForm::of).flatMap((form) -> {
			UUID organization = uuidOf(form.organizationId());
			if (organization == null) {
				return Mono.just(AdminPages.notFound());
			}
			return this.directory.createService(exchange, form).flatMap((reply) -> {
				if (reply.isOk()) {
					return Mono.just(AdminPages.seeOther(exchange, "/admin/services/" + reply.body().id(), "created"));
				}
				if (reply.is(400)) {
					return this.directory.organization(exchange, organization)
						.flatMap(
								(org) -> org.isOk()
										? newService(exchange, org.body(), form,
												FormErrors.of("details", reply.errors()), HttpStatus.BAD_REQUEST)
										: Mono.just(AdminPages.notFound()));
				}
				return Mono.just(AdminPages.seeOther(exchange, "/admin/organizations/" + organization,
						reply.is(409) ? "retired" : "refused"));
			});
		});
	}

	@GetMapping("/admin/services/{id}")
	Mono<Rendering> view(@PathVariable UUID id, ServerWebExchange exchange) {
		return this.servicePage.show(exchange, id, exchange.getRequest().getQueryParams().getFirst("notice"));
	}

	@PostMapping("/admin/services/{id}")
	Mono<Rendering> update(@PathVariable UUID id, ServerWebExchange exchange) {
		return exchange.getFormData()
			.map(ServiceForm::of)
			.flatMap((form) -> this.directory.updateService(exchange, id, form).flatMap((reply) -> {
				if (reply.isOk()) {
					return Mono.just(AdminPages.seeOther(exchange, "/admin/services/" + id, "saved"));
				}
				if (reply.is(400)) {
					return this.servicePage.refused(exchange, id,
							Entered.details(form, FormErrors.of("details", reply.errors())));
				}
				return Mono.just(reply.is(404) ? AdminPages.notFound() : AdminPages.seeOther(exchange,
						"/admin/services/" + id, reply.is(409) ? "retired" : "refused"));
			}));
	}

	private Mono<Rendering> newService(ServerWebExchange exchange, OrganizationEntry organization, ServiceForm form,
			FormErrors errors, HttpStatus status) {
		return this.directory.cities(exchange).map((cities) -> {
			Rendering.Builder<?> page = Rendering.view("admin-service-new")
				.modelAttribute("organization", organization)
				.modelAttribute("form", form)
				.modelAttribute("cities", cities)
				.modelAttribute("serviceTypes", ServiceType.values())
				.modelAttribute("genders", ServiceForm.GENDERS)
				.status(status);
			if (errors != null) {
				page.modelAttribute("errors", errors);
			}
			return page.build();
		});
	}

	private static UUID uuidOf(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
