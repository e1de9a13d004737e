package org.senim.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.handler.codec.http.HttpHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

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

	private final DisposableServer server;

	StubService() {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes
				.get("/api/directory/cities", (request,
						response) -> record(request, "").then(response.header("Content-Type", "application/json")
							.sendString(Mono.just("[{\"slug\":\"almaty\"}]"))
							.then()))
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
				.get("/api/directory/hotlines",
						(request, response) -> record(request, "").then(response.status(503).send().then())))
			.bindNow();
	}

	private Mono<Void> record(reactor.netty.http.server.HttpServerRequest request, String body) {
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
