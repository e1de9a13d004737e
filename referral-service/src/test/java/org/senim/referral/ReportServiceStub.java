package org.senim.referral;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.events.EncryptedText;
import org.senim.platform.crypto.DataKey;
import org.senim.platform.crypto.EnvelopeCipher;
import org.senim.platform.crypto.FieldCipher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A real HTTP server on a random local port standing in for the issuer's token endpoint
 * and the report-service's internal key channel, with the rules of both: a token only for
 * the right client secret (client credentials), a data key only for that token, 404 for a
 * report without key (never made, or {@link #expire expired}). {@link #unavailable} makes
 * the channel answer 503, as a report-service being redeployed would.
 */
public final class ReportServiceStub {

	public static final String CLIENT_ID = "senim-referral-service";

	public static final String CLIENT_SECRET = "test-only-referral-secret";

	private static final String TOKEN = "stub-token-" + UUID.randomUUID();

	private static final EnvelopeCipher ENVELOPE = new EnvelopeCipher(new FieldCipher(TestDatabases.crypto()));

	private static final ReportServiceStub INSTANCE = new ReportServiceStub();

	private final Map<UUID, DataKey> keys = new ConcurrentHashMap<>();

	private final Set<UUID> released = ConcurrentHashMap.newKeySet();

	private final List<UUID> refusedRequests = new CopyOnWriteArrayList<>();

	private volatile boolean unavailable;

	private final DisposableServer server;

	private ReportServiceStub() {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.post("/oauth2/token", this::token)
				.get("/internal/reports/{reportId}/data-key", this::dataKey))
			.bindNow();
	}

	public static ReportServiceStub get() {
		return INSTANCE;
	}

	public String uri() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/** Free text sealed under the report's data key (made now if the report has none). */
	public static EncryptedText seal(UUID reportId, EventType<?> type, String field, String text) {
		DataKey key = INSTANCE.keys.computeIfAbsent(reportId, (id) -> DataKey.generate());
		return ENVELOPE.seal(EncryptedText.keyIdOf(reportId), key, text,
				EncryptedText.associatedData(type.type(), field, reportId));
	}

	/**
	 * Opens free text of an event about {@code recordId} with the report's data key, as
	 * an NGO system holding the key does.
	 */
	public static String open(UUID reportId, UUID recordId, EventType<?> type, String field, EncryptedText sealed) {
		return ENVELOPE.open(sealed, EncryptedText.keyIdOf(reportId), INSTANCE.keys.get(reportId),
				EncryptedText.associatedData(type.type(), field, recordId));
	}

	/** Makes the report's data key, as the report-service does at intake. */
	public DataKey issue(UUID reportId) {
		return this.keys.computeIfAbsent(reportId, (id) -> DataKey.generate());
	}

	/** The report's data key as the report-service holds it. */
	public DataKey keyOf(UUID reportId) {
		return this.keys.get(reportId);
	}

	/** The report expired: the report-service deleted its data key. */
	public void expire(UUID reportId) {
		this.keys.remove(reportId);
	}

	/** Whether the channel released the report's key at least once. */
	public boolean released(UUID reportId) {
		return this.released.contains(reportId);
	}

	public void unavailable(boolean unavailable) {
		this.unavailable = unavailable;
	}

	private Mono<Void> token(HttpServerRequest request, HttpServerResponse response) {
		String expected = "Basic " + Base64.getEncoder()
			.encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
		if (!expected.equals(request.requestHeaders().get("Authorization"))) {
			return json(response.status(401), "{\"error\":\"invalid_client\"}");
		}
		return request.receive()
			.aggregate()
			.asString()
			.flatMap((form) -> form.contains("grant_type=client_credentials")
					? json(response.status(200),
							"{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")
					: json(response.status(400), "{\"error\":\"unsupported_grant_type\"}"));
	}

	private Mono<Void> dataKey(HttpServerRequest request, HttpServerResponse response) {
		UUID reportId = UUID.fromString(request.param("reportId"));
		if (!("Bearer " + TOKEN).equals(request.requestHeaders().get("Authorization"))) {
			this.refusedRequests.add(reportId);
			return json(response.status(401), "{\"status\":401}");
		}
		if (this.unavailable) {
			return json(response.status(503), "{\"status\":503}");
		}
		DataKey key = this.keys.get(reportId);
		if (key == null) {
			return json(response.status(404), "{\"status\":404,\"title\":\"Data key not found\"}");
		}
		this.released.add(reportId);
		return json(response.status(200),
				"{\"keyId\":\"" + EncryptedText.keyIdOf(reportId) + "\",\"algorithm\":\"AES-256-GCM\",\"key\":\""
						+ Base64.getEncoder().encodeToString(key.material()) + "\"}");
	}

	private static Mono<Void> json(HttpServerResponse response, String body) {
		return response.header("Content-Type", "application/json").sendString(Mono.just(body)).then();
	}

}
