package org.senim.gateway.admin;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import org.senim.gateway.console.ConsoleController;
import org.senim.gateway.page.PageLanguage;

/**
 * {@code /admin/organizations/…}: a new organization, and one organization with its
 * details, its services (a page at a time) and its retirement. Saved forms are answered
 * by a redirect with a notice; a refused one shows the form again as entered, the refusal
 * next to its fields.
 */
@ConsoleController
class OrganizationController {

	/** The notices a redirect may ask for; anything else in the address is ignored. */
	static final List<String> NOTICES = List.of("created", "saved", "retiredNow", "retired", "refused");

	private final AdminDirectory directory;

	private final AdminProperties properties;

	OrganizationController(AdminDirectory directory, AdminProperties properties) {
		this.directory = directory;
		this.properties = properties;
	}

	@GetMapping("/admin/organizations/new")
	Rendering blank() {
		return Rendering.view("admin-organization-new").modelAttribute("form", OrganizationForm.empty()).build();
	}

	@PostMapping("/admin/organizations")
	Mono<Rendering> create(ServerWebExchange exchange) {
		return exchange.getFormData()
			.map(OrganizationForm::of)
			.flatMap((form) -> this.directory.createOrganization(exchange, form).map((reply) -> {
				if (reply.isOk()) {
					return AdminPages.seeOther(exchange, "/admin/organizations/" + reply.body().id(), "created");
				}
				if (reply.is(400)) {
					return Rendering.view("admin-organization-new")
						.modelAttribute("form", form)
						.modelAttribute("errors", FormErrors.of("details", reply.errors()))
						.status(HttpStatus.BAD_REQUEST)
						.build();
				}
				return AdminPages.seeOther(exchange, "/admin/", "refused");
			}));
	}

	@GetMapping("/admin/organizations/{id}")
	Mono<Rendering> view(@PathVariable UUID id, @RequestParam(defaultValue = "1") int page,
			ServerWebExchange exchange) {
		String notice = exchange.getRequest().getQueryParams().getFirst("notice");
		return show(exchange, id, page, null, null, (notice != null && NOTICES.contains(notice)) ? notice : null,
				HttpStatus.OK);
	}

	@PostMapping("/admin/organizations/{id}")
	Mono<Rendering> update(@PathVariable UUID id, ServerWebExchange exchange) {
		return exchange.getFormData()
			.map(OrganizationForm::of)
			.flatMap((form) -> this.directory.updateOrganization(exchange, id, form).flatMap((reply) -> {
				if (reply.is(400)) {
					return show(exchange, id, 1, form, FormErrors.of("details", reply.errors()), null,
							HttpStatus.BAD_REQUEST);
				}
				return Mono.just(answer(exchange, id, reply, "saved"));
			}));
	}

	/** Retires the organization and every one of its services. */
	@PostMapping("/admin/organizations/{id}/retire")
	Mono<Rendering> retire(@PathVariable UUID id, ServerWebExchange exchange) {
		return this.directory.retireOrganization(exchange, id)
			.map((reply) -> answer(exchange, id, reply, "retiredNow"));
	}

	private static Rendering answer(ServerWebExchange exchange, UUID id, DirectoryReply<?> reply, String done) {
		if (reply.isOk()) {
			return AdminPages.seeOther(exchange, "/admin/organizations/" + id, done);
		}
		if (reply.is(404)) {
			return AdminPages.notFound();
		}
		return AdminPages.seeOther(exchange, "/admin/organizations/" + id, reply.is(409) ? "retired" : "refused");
	}

	private Mono<Rendering> show(ServerWebExchange exchange, UUID id, int page, OrganizationForm entered,
			FormErrors errors, String notice, HttpStatus status) {
		String lang = PageLanguage.of(exchange.getRequest()).tag();
		return this.directory.organization(exchange, id).flatMap((reply) -> {
			if (!reply.isOk()) {
				return Mono.just(AdminPages.notFound());
			}
			return this.directory.services(exchange, Math.max(1, page), this.properties.pageSize(), id)
				.flatMap((services) -> this.directory.withPhones(exchange,
						services.isOk() ? services.body() : new HsdsPage<>(0, 1, 1, null)))
				.zipWith(this.directory.cityNames(exchange, lang))
				.map((parts) -> {
					Rendering.Builder<?> rendering = Rendering.view("admin-organization")
						.modelAttribute("organization", reply.body())
						.modelAttribute("form", (entered != null) ? entered : OrganizationForm.of(reply.body()))
						.modelAttribute("services", parts.getT1())
						.modelAttribute("cityNames", parts.getT2())
						.status(status);
					if (errors != null) {
						rendering.modelAttribute("errors", errors);
					}
					if (notice != null) {
						rendering.modelAttribute("notice", notice);
					}
					return rendering.build();
				});
		});
	}

}
