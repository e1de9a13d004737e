package org.senim.gateway.anonymity;

import java.util.List;
import java.util.Locale;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Removes every header that carries a client's address from requests on every route, not
 * only the tipster's: a proxy in front of the gateway adds {@code X-Forwarded-For}, which
 * the gateway reads for its rate limits only and never passes on to a service.
 */
@Component
class ClientAddressHeadersFilter implements HttpHeadersFilter {

	static final List<String> ADDRESS_HEADERS = List.of("Forwarded", "X-Real-IP", "True-Client-IP", "CF-Connecting-IP",
			"X-Client-IP", "X-Cluster-Client-IP", "Fastly-Client-IP", "X-Original-Forwarded-For", "Via");

	static final String ADDRESS_PREFIX = "x-forwarded-";

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		HttpHeaders filtered = new HttpHeaders();
		input.forEach((name, values) -> {
			if (!isAddressHeader(name)) {
				filtered.addAll(name, values);
			}
		});
		return filtered;
	}

	static boolean isAddressHeader(String name) {
		return name.toLowerCase(Locale.ROOT).startsWith(ADDRESS_PREFIX)
				|| ADDRESS_HEADERS.stream().anyMatch(name::equalsIgnoreCase);
	}

}
