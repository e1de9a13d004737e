package org.senim.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.netty.handler.codec.http.QueryStringDecoder;
import org.senim.testing.TestTokens;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A real HTTP server on a random local port answering the directory-service's
 * {@code /api/directory/cities/resolve} for a few cities; the {@link #FAILING} queries
 * answer 500. It also serves the JWK Set of {@link TestTokens} at {@link #JWKS_PATH}, so
 * the service checks test tokens with their public key like real ones.
 */
public final class DirectoryStub {

	private static final String ALMATY = """
			{"slug":"almaty","names":{"en":"Almaty","ru":"Алматы","kk":"Алматы"},"region":"Almaty",
			 "latitude":43.2389,"longitude":76.8897}""";

	private static final String KARAGANDA = """
			{"slug":"karaganda","names":{"en":"Karaganda","ru":"Караганда","kk":"Қарағанды"},
			 "region":"Karaganda Region","latitude":49.8047,"longitude":73.1094}""";

	private static final Map<String, String> CITIES = Map.of("almaty", ALMATY, "алматы", ALMATY, "alma-ata", ALMATY,
			"karaganda", KARAGANDA, "karaganada", KARAGANDA, "караганда", KARAGANDA);

	private static final String NOT_FOUND = """
			{"type":"https://senim.org/problems/unknown-city","title":"Unknown city","status":404,
			 "suggestions":[{"slug":"aktau","name":"Aktau"},{"slug":"aktobe","name":"Aktobe"}]}""";

	/** Where the stub serves the keys of {@link TestTokens}, as the issuer would. */
	public static final String JWKS_PATH = "/oauth2/jwks";

	/** Queries the stub fails with 500, as a broken directory would. */
	public static final Set<String> FAILING = Set.of("fail", "zhezkazgan");

	private final DisposableServer server;

	private DirectoryStub(DisposableServer server) {
		this.server = server;
	}

	public static DirectoryStub start() {
		return new DirectoryStub(HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes
				.get("/api/directory/cities/resolve", (request, response) -> answer(query(request.uri()), response))
				.get(JWKS_PATH,
						(request, response) -> json(response.status(200), "application/json", TestTokens.jwkSetJson())))
			.bindNow());
	}

	public String uri() {
		return "http://127.0.0.1:" + this.server.port();
	}

	public void stop() {
		this.server.disposeNow();
	}

	private static String query(String uri) {
		List<String> values = new QueryStringDecoder(uri, StandardCharsets.UTF_8).parameters().get("q");
		return (values != null && !values.isEmpty()) ? values.get(0).trim().toLowerCase(Locale.ROOT) : "";
	}

	private static Mono<Void> answer(String query, HttpServerResponse response) {
		if (FAILING.contains(query)) {
			return response.status(500).send();
		}
		String city = CITIES.get(query);
		if (city != null) {
			return json(response.status(200), "application/json", city);
		}
		return json(response.status(404), "application/problem+json", NOT_FOUND);
	}

	private static Mono<Void> json(HttpServerResponse response, String contentType, String body) {
		return response.header("Content-Type", contentType + ";charset=UTF-8").sendString(Mono.just(body)).then();
	}

}
