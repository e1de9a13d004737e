package org.senim.gateway.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.web.server.ServerWebExchange;

import org.senim.gateway.admin.AdminDirectoryClient.Capacity;
import org.senim.gateway.admin.AdminDirectoryClient.ImportResult;
import org.senim.gateway.console.ConsoleTokens;
import org.senim.gateway.console.ConsoleTokens.SessionLapsedException;

/**
 * The directory as the signed-in administrator reads and changes it: through the
 * directory-service with her token, behind the same circuit breaker ({@code directory})
 * as the API route. A refused token ends the session; a failing service is
 * {@link DirectoryUnavailableException}, a calm page.
 */
class AdminDirectory {

	/** How many services of a list are read in full at once. */
	private static final int PARALLEL_READS = 4;

	private final ConsoleTokens tokens;

	private final AdminDirectoryClient client;

	private final ReactiveCircuitBreaker breaker;

	AdminDirectory(ConsoleTokens tokens, AdminDirectoryClient client, ReactiveCircuitBreaker breaker) {
		this.tokens = tokens;
		this.client = client;
		this.breaker = breaker;
	}

	Mono<DirectoryReply<HsdsPage<OrganizationEntry>>> organizations(ServerWebExchange exchange, int page, int perPage) {
		return call(exchange, (token) -> this.client.organizations(token, page, perPage));
	}

	Mono<DirectoryReply<HsdsPage<ServiceEntry>>> services(ServerWebExchange exchange, int page, int perPage,
			UUID organizationId) {
		return call(exchange, (token) -> this.client.services(token, page, perPage, organizationId));
	}

	/**
	 * The page's services in their full form, with phones (the HSDS list has none): a few
	 * calls at a time, in the list's order.
	 */
	Mono<HsdsPage<ServiceEntry>> withPhones(ServerWebExchange exchange, HsdsPage<ServiceEntry> page) {
		return Flux.fromIterable(page.contents())
			.flatMapSequential(
					(listed) -> service(exchange, listed.id()).map((full) -> full.isOk() ? full.body() : listed),
					PARALLEL_READS)
			.collectList()
			.map((full) -> new HsdsPage<>(page.totalItems(), page.totalPages(), page.pageNumber(), full));
	}

	/** The cities' names in the page's language, by slug. */
	Mono<Map<String, String>> cityNames(ServerWebExchange exchange, String lang) {
		return cities(exchange).map((cities) -> ServicePage.namesOf(cities, lang));
	}

	Mono<DirectoryReply<OrganizationEntry>> organization(ServerWebExchange exchange, UUID id) {
		return call(exchange, (token) -> this.client.organization(token, id));
	}

	Mono<DirectoryReply<ServiceEntry>> service(ServerWebExchange exchange, UUID id) {
		return call(exchange, (token) -> this.client.service(token, id));
	}

	/** The known cities; none when the directory lists none. */
	Mono<List<CityOption>> cities(ServerWebExchange exchange) {
		return call(exchange, this.client::cities).map((reply) -> reply.isOk() ? reply.body() : List.of());
	}

	Mono<DirectoryReply<OrganizationEntry>> createOrganization(ServerWebExchange exchange, OrganizationForm form) {
		return call(exchange, (token) -> this.client.createOrganization(token, form));
	}

	Mono<DirectoryReply<OrganizationEntry>> updateOrganization(ServerWebExchange exchange, UUID id,
			OrganizationForm form) {
		return call(exchange, (token) -> this.client.updateOrganization(token, id, form));
	}

	Mono<DirectoryReply<OrganizationEntry>> retireOrganization(ServerWebExchange exchange, UUID id) {
		return call(exchange, (token) -> this.client.retireOrganization(token, id));
	}

	Mono<DirectoryReply<ServiceEntry>> createService(ServerWebExchange exchange, ServiceForm form) {
		return call(exchange, (token) -> this.client.createService(token, form));
	}

	Mono<DirectoryReply<ServiceEntry>> updateService(ServerWebExchange exchange, UUID id, ServiceForm form) {
		return call(exchange, (token) -> this.client.updateService(token, id, form));
	}

	Mono<DirectoryReply<ServiceEntry>> retireService(ServerWebExchange exchange, UUID id) {
		return call(exchange, (token) -> this.client.serviceAction(token, id, "retire"));
	}

	Mono<DirectoryReply<ServiceEntry>> verify(ServerWebExchange exchange, UUID id) {
		return call(exchange, (token) -> this.client.serviceAction(token, id, "verify"));
	}

	Mono<DirectoryReply<ServiceEntry>> setCapacity(ServerWebExchange exchange, UUID id, Capacity capacity) {
		return call(exchange, (token) -> this.client.setCapacity(token, id, capacity));
	}

	Mono<DirectoryReply<Void>> addPhone(ServerWebExchange exchange, UUID id, PhoneForm phone) {
		return call(exchange, (token) -> this.client.addPhone(token, id, phone));
	}

	Mono<DirectoryReply<Void>> removePhone(ServerWebExchange exchange, UUID id, UUID phoneId) {
		return call(exchange, (token) -> this.client.removePhone(token, id, phoneId));
	}

	Mono<DirectoryReply<ImportResult>> importHsds(ServerWebExchange exchange, byte[] json) {
		return call(exchange, (token) -> this.client.importHsds(token, json));
	}

	private <T> Mono<DirectoryReply<T>> call(ServerWebExchange exchange,
			Function<String, Mono<DirectoryReply<T>>> request) {
		return this.tokens.accessToken(exchange)
			.flatMap((token) -> this.breaker.run(request.apply(token),
					(ex) -> Mono.error(new DirectoryUnavailableException(ex))))
			.flatMap((reply) -> reply.isUnauthorized() ? Mono.error(new SessionLapsedException()) : Mono.just(reply));
	}

	/** The directory-service failed, was too slow, or its breaker is open. */
	static final class DirectoryUnavailableException extends RuntimeException {

		DirectoryUnavailableException(Throwable cause) {
			super("The directory-service is unavailable", cause);
		}

	}

}
