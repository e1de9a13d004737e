package org.senim.platform.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.senim.testing.TestTokens;

/**
 * A real local HTTP endpoint serving the test issuer's JWK Set, counting its requests; it
 * can be told to serve another key id or to fail.
 */
final class JwksServer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(4);

	private final AtomicInteger requests = new AtomicInteger();

	private final AtomicReference<String> document = new AtomicReference<>(TestTokens.jwkSetJson());

	private JwksServer(HttpServer server) {
		this.server = server;
	}

	static JwksServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			JwksServer jwks = new JwksServer(server);
			server.createContext("/jwks", (exchange) -> {
				jwks.requests.incrementAndGet();
				String body = jwks.document.get();
				byte[] bytes = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders((body != null) ? 200 : 503, (bytes.length > 0) ? bytes.length : -1);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(bytes);
				}
			});
			server.setExecutor(jwks.executor);
			server.start();
			return jwks;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	URI uri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/jwks");
	}

	int requests() {
		return this.requests.get();
	}

	void serveKeyId(String keyId) {
		this.document.set(TestTokens.jwkSetJson(keyId));
	}

	/** Answers 503 from now on, like an issuer that is down. */
	void fail() {
		this.document.set(null);
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
