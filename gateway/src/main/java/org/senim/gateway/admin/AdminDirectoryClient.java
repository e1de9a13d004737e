package org.senim.gateway.admin;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriBuilder;

import org.senim.gateway.admin.DirectoryReply.Problem;

/**
 * Calls the directory-service on behalf of the signed-in administrator, with her access
 * token: the HSDS read API to list, the admin API to change. A 4xx is an answer the page
 * explains (a 400 with the fields it refused); a 5xx, a time-out or a refused connection
 * is an error for the circuit breaker.
 */
class AdminDirectoryClient {

	private static final String HSDS = "/api/directory/hsds";

	private static final String ADMIN = "/api/directory/admin";

	private static final ParameterizedTypeReference<HsdsPage<OrganizationEntry>> ORGANIZATIONS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<HsdsPage<ServiceEntry>> SERVICES = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<CityOption>> CITIES = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<OrganizationEntry> ORGANIZATION = ParameterizedTypeReference
		.forType(OrganizationEntry.class);

	private static final ParameterizedTypeReference<ServiceEntry> SERVICE = ParameterizedTypeReference
		.forType(ServiceEntry.class);

	private static final ParameterizedTypeReference<ImportResult> IMPORTED = ParameterizedTypeReference
		.forType(ImportResult.class);

	private final WebClient api;

	AdminDirectoryClient(WebClient api) {
		this.api = api;
	}

	Mono<DirectoryReply<HsdsPage<OrganizationEntry>>> organizations(String token, int page, int perPage) {
		return get(token,
				(uri) -> uri.path(HSDS + "/organizations")
					.queryParam("page", page)
					.queryParam("per_page", perPage)
					.build(),
				ORGANIZATIONS);
	}

	/** One page of services, of one organization when {@code organizationId} is given. */
	Mono<DirectoryReply<HsdsPage<ServiceEntry>>> services(String token, int page, int perPage, UUID organizationId) {
		return get(token, (uri) -> {
			uri.path(HSDS + "/services").queryParam("page", page).queryParam("per_page", perPage);
			if (organizationId != null) {
				uri.queryParam("organization_id", organizationId);
			}
			return uri.build();
		}, SERVICES);
	}

	Mono<DirectoryReply<OrganizationEntry>> organization(String token, UUID id) {
		return get(token, (uri) -> uri.path(HSDS + "/organizations/{id}").build(id), ORGANIZATION);
	}

	/** The full form of one service: with its phones. */
	Mono<DirectoryReply<ServiceEntry>> service(String token, UUID id) {
		return get(token, (uri) -> uri.path(HSDS + "/services/{id}").build(id), SERVICE);
	}

	Mono<DirectoryReply<List<CityOption>>> cities(String token) {
		return get(token, (uri) -> uri.path("/api/directory/cities").build(), CITIES);
	}

	Mono<DirectoryReply<OrganizationEntry>> createOrganization(String token, OrganizationForm form) {
		return send(token, HttpMethod.POST, ADMIN + "/organizations", form, ORGANIZATION);
	}

	Mono<DirectoryReply<OrganizationEntry>> updateOrganization(String token, UUID id, OrganizationForm form) {
		return send(token, HttpMethod.PUT, ADMIN + "/organizations/" + id, form, ORGANIZATION);
	}

	Mono<DirectoryReply<OrganizationEntry>> retireOrganization(String token, UUID id) {
		return send(token, HttpMethod.POST, ADMIN + "/organizations/" + id + "/retire", null, ORGANIZATION);
	}

	Mono<DirectoryReply<ServiceEntry>> createService(String token, ServiceForm form) {
		return send(token, HttpMethod.POST, ADMIN + "/services", form.toRequest(), SERVICE);
	}

	Mono<DirectoryReply<ServiceEntry>> updateService(String token, UUID id, ServiceForm form) {
		return send(token, HttpMethod.PUT, ADMIN + "/services/" + id, form.toRequest(), SERVICE);
	}

	/** Retire or verify: {@code action} is the admin API's last path segment. */
	Mono<DirectoryReply<ServiceEntry>> serviceAction(String token, UUID id, String action) {
		return send(token, HttpMethod.POST, ADMIN + "/services/" + id + "/" + action, null, SERVICE);
	}

	Mono<DirectoryReply<ServiceEntry>> setCapacity(String token, UUID id, Capacity capacity) {
		return send(token, HttpMethod.PUT, ADMIN + "/services/" + id + "/capacity", capacity, SERVICE);
	}

	Mono<DirectoryReply<Void>> addPhone(String token, UUID id, PhoneForm phone) {
		return send(token, HttpMethod.POST, ADMIN + "/services/" + id + "/phones", phone, null);
	}

	Mono<DirectoryReply<Void>> removePhone(String token, UUID id, UUID phoneId) {
		return send(token, HttpMethod.DELETE, ADMIN + "/services/" + id + "/phones/" + phoneId, null, null);
	}

	/** The file's bytes as they were uploaded: the directory reads and checks them. */
	Mono<DirectoryReply<ImportResult>> importHsds(String token, byte[] json) {
		return send(token, HttpMethod.POST, ADMIN + "/hsds/import", json, IMPORTED);
	}

	private <T> Mono<DirectoryReply<T>> get(String token, Function<UriBuilder, URI> uri,
			ParameterizedTypeReference<T> type) {
		return this.api.get()
			.uri(uri)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchangeToMono((response) -> reply(response, type));
	}

	/** {@code type} {@code null}: the answer's body is not read. */
	private <T> Mono<DirectoryReply<T>> send(String token, HttpMethod method, String path, Object body,
			ParameterizedTypeReference<T> type) {
		WebClient.RequestBodySpec request = this.api.method(method)
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(token));
		WebClient.RequestHeadersSpec<?> call = (body != null)
				? request.contentType(MediaType.APPLICATION_JSON).bodyValue(body) : request;
		return call.exchangeToMono((response) -> reply(response, type));
	}

	private static <T> Mono<DirectoryReply<T>> reply(ClientResponse response, ParameterizedTypeReference<T> type) {
		int status = response.statusCode().value();
		if (response.statusCode().is2xxSuccessful()) {
			return (type != null) ? response.bodyToMono(type).map((body) -> DirectoryReply.ok(status, body))
					: response.releaseBody().thenReturn(DirectoryReply.<T>ok(status, null));
		}
		if (!response.statusCode().is4xxClientError()) {
			return response.createError();
		}
		if (status == 400) {
			return response.bodyToMono(Problem.class)
				.flatMap((problem) -> Mono.justOrEmpty(problem.errors()))
				.onErrorReturn(List.of())
				.defaultIfEmpty(List.of())
				.map((errors) -> new DirectoryReply<T>(400, null, errors));
		}
		return response.releaseBody().thenReturn(new DirectoryReply<T>(status, null, List.of()));
	}

	/** The body of a capacity update. */
	record Capacity(int available, int maximum) {
	}

	/** What an HSDS import stored: how many services, and their ids. */
	record ImportResult(int imported, List<UUID> services) {

		ImportResult {
			services = (services != null) ? List.copyOf(services) : List.of();
		}

	}

}
