package org.senim.gateway;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import org.senim.testing.TestTokens;

/**
 * A real HTTP server standing in for the directory-service and the report-service behind
 * the pages: records every request as it arrived and answers each {@code METHOD path}
 * with the response a test gave it, or with the services' usual answer.
 */
final class PageBackendStub {

	/** A request as it reached the service. */
	record Received(String method, String path, Map<String, List<String>> query, Map<String, List<String>> headers,
			String body) {

		boolean hasHeader(String name) {
			return this.headers.keySet().stream().anyMatch(name::equalsIgnoreCase);
		}

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((header) -> header.getKey().equalsIgnoreCase(name))
				.map((header) -> String.join(", ", header.getValue()))
				.findFirst()
				.orElse(null);
		}

		String queryParam(String name) {
			List<String> values = this.query.get(name);
			return (values != null && !values.isEmpty()) ? values.get(0) : null;
		}

	}

	/**
	 * A canned answer; {@code hangUp} closes the connection without answering, as a
	 * service that dies mid-request.
	 */
	record Answer(int status, String contentType, String body, Map<String, String> headers, boolean hangUp) {

		static Answer json(int status, String body) {
			return new Answer(status, "application/json", body, Map.of(), false);
		}

		static Answer problem(int status, String body) {
			return new Answer(status, "application/problem+json", body, Map.of(), false);
		}

		static Answer hangingUp() {
			return new Answer(0, null, null, Map.of(), true);
		}

		/**
		 * A live stream that sends {@code body} and then stays open, as a service's does.
		 */
		static Answer openStream(String body) {
			return new Answer(200, "text/event-stream", body, Map.of(STAYS_OPEN, "true"), false);
		}

		Answer withHeader(String name, String value) {
			Map<String, String> more = new LinkedHashMap<>(this.headers);
			more.put(name, value);
			return new Answer(this.status, this.contentType, this.body, more, this.hangUp);
		}

	}

	/** Marks an answer whose response never ends (not sent as a header). */
	private static final String STAYS_OPEN = "X-Stub-Stays-Open";

	static final String CITIES = """
			[{"slug":"almaty","names":{"en":"Almaty","ru":"Алматы","kk":"Алматы"},"region":"Almaty"},
			 {"slug":"astana","names":{"en":"Astana","ru":"Астана","kk":"Астана"},"region":"Astana"},
			 {"slug":"karaganda","names":{"en":"Karaganda","ru":"Караганда","kk":"Қарағанды"},"region":"Karaganda"}]""";

	final List<Received> received = new CopyOnWriteArrayList<>();

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private final DisposableServer server;

	PageBackendStub() {
		reset();
		this.server = HttpServer.create().host("127.0.0.1").port(0).handle(this::serve).bindNow();
	}

	/** Forgets what was received and answers as the services usually do. */
	void reset() {
		this.received.clear();
		this.answers.clear();
		answer("GET", "/api/directory/cities", Answer.json(200, CITIES));
		answer("GET", "/api/directory/services", Answer.json(200, "[]"));
		answer("GET", "/oauth2/jwks", Answer.json(200, TestTokens.jwkSetJson()));
		// A stored tip, with the cookie a careless service might set: it must never
		// reach the browser.
		answer("POST", "/api/reports",
				Answer
					.json(201,
							"{\"reportId\":\"3f6c2a9e-8b1d-4c7a-9e2f-5d4b3a2c1e0f\","
									+ "\"receipt\":\"4821097356184420\",\"status\":\"RECEIVED\"}")
					.withHeader("Set-Cookie", "tracker=1"));
		answer("POST", "/api/reports/followup", Answer.problem(404, "{\"status\":404}"));
		answer("POST", "/api/reports/followup/messages", Answer.json(201,
				"{\"messageId\":\"0b7e7d2c-5c51-4d8a-9a0e-6f1f1f3c2a10\",\"at\":\"2026-03-12T18:10:00Z\"}"));
	}

	void answer(String method, String path, Answer answer) {
		this.answers.put(method + " " + path, answer);
	}

	String uri() {
		return "http://127.0.0.1:" + this.server.port();
	}

	List<Received> received(String method, String path) {
		return this.received.stream().filter((r) -> r.method().equals(method) && r.path().equals(path)).toList();
	}

	/** The one request of {@code method path}; fails when there was none or several. */
	Received only(String method, String path) {
		List<Received> matching = received(method, path);
		if (matching.size() != 1) {
			throw new AssertionError("Expected one " + method + " " + path + " but got " + matching.size() + " of "
					+ this.received.stream().map((r) -> r.method() + " " + r.path()).toList());
		}
		return matching.get(0);
	}

	private Mono<Void> serve(HttpServerRequest request, HttpServerResponse response) {
		return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap((body) -> {
			QueryStringDecoder uri = new QueryStringDecoder(request.uri(), StandardCharsets.UTF_8);
			this.received.add(new Received(request.method().name(), uri.path(), uri.parameters(),
					headersOf(request.requestHeaders()), body));
			Answer answer = this.answers.getOrDefault(request.method().name() + " " + uri.path(),
					Answer.json(404, "{}"));
			if (answer.hangUp()) {
				return response.withConnection(Connection::dispose).then();
			}
			answer.headers()
				.entrySet()
				.stream()
				.filter((header) -> !STAYS_OPEN.equals(header.getKey()))
				.forEach((header) -> response.header(header.getKey(), header.getValue()));
			Publisher<String> sent = answer.headers().containsKey(STAYS_OPEN)
					? Flux.concat(Mono.just(answer.body()), Mono.never()) : Mono.just(answer.body());
			return response.status(answer.status())
				.header("Content-Type", answer.contentType())
				.sendString(sent)
				.then();
		});
	}

	private static Map<String, List<String>> headersOf(HttpHeaders headers) {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		headers.names().forEach((name) -> copy.put(name, headers.getAll(name)));
		return copy;
	}

}
