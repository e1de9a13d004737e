package org.senim.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.handler.codec.http.HttpHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import org.senim.testing.TestTokens;

/**
 * A real HTTP server standing in for a downstream service: records what reaches it and
 * answers with canned responses, so routing tests see exactly what a service would.
 */
final class StubService {

	record Received(String method, String uri, Map<String, List<String>> headers, String body) {

		boolean hasHeader(String name) {
			return this.headers.keySet().stream().anyMatch(name::equalsIgnoreCase);
		}

		String allHeaderText() {
			return this.headers.toString();
		}

	}

	final List<Received> received = new CopyOnWriteArrayList<>();

	final AtomicInteger tipStatus = new AtomicInteger(201);

	/** While set, a follow-up look-up gets no answer: the connection is closed on it. */
	final AtomicBoolean followupsFail = new AtomicBoolean();

	private final DisposableServer server;

	StubService() {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes
				.get("/api/directory/cities",
						(request, response) -> json(request, response, 200, "[{\"slug\":\"almaty\"}]"))
				.get("/api/directory/hotlines", (request, response) -> json(request, response, 503, "{}"))
				.get("/api/referrals", (request, response) -> json(request, response, 200, "[]"))
				.get("/api/referrals/alerts", (request, response) -> json(request, response, 200, "[]"))
				.get("/api/referrals/{id}/data-key",
						(request, response) -> json(request, response.header("Cache-Control", "no-store"), 200,
								"{\"keyId\":\"report:x\",\"algorithm\":\"AES-256-GCM\",\"key\":\"k\"}"))
				.get("/api/escalations", (request, response) -> json(request, response, 200, "[]"))
				.post("/api/reports/followup",
						(request, response) -> this.followupsFail.get()
								? record(request, "")
									.then(Mono.fromRunnable(() -> response.withConnection(Connection::dispose)))
								: json(request, response, 404, "{}"))
				.post("/api/reports",
						(request, response) -> request.receive()
							.aggregate()
							.asString(StandardCharsets.UTF_8)
							.defaultIfEmpty("")
							.flatMap((body) -> record(request, body))
							.then(response.status(this.tipStatus.get())
								.header("Content-Type", "application/json")
								.header("Set-Cookie", "tracker=1")
								.sendString(Mono.just("{\"status\":\"RECEIVED\"}"))
								.then()))
				.get("/api/referrals/stream", (request,
						response) -> record(request, "").thenMany(response.header("Content-Type", "text/event-stream")
							.sendString(Flux.concat(Mono.just(": heartbeat\n\n"),
									Mono.delay(Duration.ofMillis(300))
										.thenReturn("event: referral.offered\nid: 1\ndata: {}\n\n")))))
				.get("/oauth2/jwks",
						(request, response) -> response.header("Content-Type", "application/json")
							.sendString(Mono.just(TestTokens.jwkSetJson()))
							.then()))
			.bindNow();
	}

	private Mono<Void> json(HttpServerRequest request, HttpServerResponse response, int status, String body) {
		return record(request, "").then(
				response.status(status).header("Content-Type", "application/json").sendString(Mono.just(body)).then());
	}

	private Mono<Void> record(HttpServerRequest request, String body) {
		HttpHeaders headers = request.requestHeaders();
		Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
		headers.names().forEach((name) -> copy.put(name, headers.getAll(name)));
		this.received.add(new Received(request.method().name(), request.uri(), copy, body));
		return Mono.empty();
	}

	String uri() {
		return "http://127.0.0.1:" + this.server.port();
	}

	long count(String method, String path) {
		return this.received.stream().filter((r) -> r.method().equals(method) && r.uri().startsWith(path)).count();
	}

	void stop() {
		this.server.disposeNow();
	}

}
