package org.senim.platform.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

import org.senim.contracts.ProblemTypes;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerRoutes;

import org.springframework.boot.reactor.netty.NettyRouteProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Answers a request whose address is no URI (malformed percent-encoding such as
 * {@code ?status=%ZZ}, characters a URI may not hold) with a 400 problem. Spring's
 * Reactor Netty adapter refuses such a request before any filter or handler runs, with an
 * empty 400; this route sees it first, at the server, and nothing of it is logged.
 */
public final class MalformedRequestRoute implements NettyRouteProvider {

	static final String BODY = "{\"type\":\"" + ProblemTypes.MALFORMED_REQUEST + "\",\"title\":\"Bad Request\","
			+ "\"status\":400,\"detail\":\"The address of the request is not well-formed.\"}";

	@Override
	public HttpServerRoutes apply(HttpServerRoutes routes) {
		return routes.route(MalformedRequestRoute::isMalformed,
				(request, response) -> response.status(400)
					.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
					.header(HttpHeaders.CACHE_CONTROL, "no-store")
					.sendByteArray(Mono.just(BODY.getBytes(StandardCharsets.UTF_8))));
	}

	/** Whether Spring could not read the request's address as a URI, as it would try. */
	static boolean isMalformed(HttpServerRequest request) {
		return isMalformed(request.uri());
	}

	static boolean isMalformed(String uri) {
		try {
			new URI(uri.startsWith("/") ? "http://localhost" + uri : uri);
			return false;
		}
		catch (URISyntaxException ex) {
			return true;
		}
	}

}
