package org.senim.gateway.admin;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import org.senim.gateway.admin.ServicePage.Entered;
import org.senim.gateway.console.ConsoleController;

/**
 * What keeps a service's entry true: its free places, its phones, the day someone checked
 * it, and its retirement. Each is a form post answered by a redirect to the service with
 * a notice; a refused one shows the service again with the refusal next to its fields.
 */
@ConsoleController
class ServiceUpkeepController {

	private final AdminDirectory directory;

	private final ServicePage servicePage;

	ServiceUpkeepController(AdminDirectory directory) {
		this.directory = directory;
		this.servicePage = new ServicePage(directory);
	}

	@PostMapping("/admin/services/{id}/capacity")
	Mono<Rendering> setCapacity(@PathVariable UUID id, ServerWebExchange exchange) {
		return exchange.getFormData().map(CapacityForm::of).flatMap((form) -> {
			FormErrors malformed = form.malformed();
			if (malformed != null) {
				return this.servicePage.refused(exchange, id, Entered.capacity(form, malformed));
			}
			return this.directory.setCapacity(exchange, id, form.toCapacity())
				.flatMap((reply) -> answer(exchange, id, reply, "capacitySaved",
						Entered.capacity(form, FormErrors.of("capacity", reply.errors()))));
		});
	}

	@PostMapping("/admin/services/{id}/phones")
	Mono<Rendering> addPhone(@PathVariable UUID id, ServerWebExchange exchange) {
		return exchange.getFormData().map(PhoneForm::of).flatMap((form) -> {
			if (form.number().isEmpty()) {
				return this.servicePage.refused(exchange, id, Entered.phone(form, FormErrors.of("phone", "number")));
			}
			return this.directory.addPhone(exchange, id, form)
				.flatMap((reply) -> answer(exchange, id, reply, "phoneAdded",
						Entered.phone(form, FormErrors.of("phone", reply.errors()))));
		});
	}

	@PostMapping("/admin/services/{id}/phones/{phoneId}/remove")
	Mono<Rendering> removePhone(@PathVariable UUID id, @PathVariable UUID phoneId, ServerWebExchange exchange) {
		return this.directory.removePhone(exchange, id, phoneId)
			.map((reply) -> AdminPages.seeOther(exchange, "/admin/services/" + id,
					reply.isOk() ? "phoneRemoved" : reply.is(409) ? "retired" : "phoneGone"));
	}

	@PostMapping("/admin/services/{id}/verify")
	Mono<Rendering> verify(@PathVariable UUID id, ServerWebExchange exchange) {
		return this.directory.verify(exchange, id)
			.flatMap((reply) -> answer(exchange, id, reply, "verified", Entered.NOTHING));
	}

	@PostMapping("/admin/services/{id}/retire")
	Mono<Rendering> retire(@PathVariable UUID id, ServerWebExchange exchange) {
		return this.directory.retireService(exchange, id)
			.flatMap((reply) -> answer(exchange, id, reply, "retiredNow", Entered.NOTHING));
	}

	/**
	 * Done: back to the service with the notice; 400: the page with the refusal; 404: not
	 * here; 409: the service is retired.
	 */
	private Mono<Rendering> answer(ServerWebExchange exchange, UUID id, DirectoryReply<?> reply, String done,
			Entered refused) {
		if (reply.isOk()) {
			return Mono.just(AdminPages.seeOther(exchange, "/admin/services/" + id, done));
		}
		if (reply.is(400) && refused.errors() != null) {
			return this.servicePage.refused(exchange, id, refused);
		}
		if (reply.is(404)) {
			return Mono.just(AdminPages.notFound());
		}
		return Mono.just(AdminPages.seeOther(exchange, "/admin/services/" + id, reply.is(409) ? "retired" : "refused"));
	}

}
