package org.senim.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import org.senim.gateway.PageBackendStub.Answer;
import org.senim.gateway.console.Console;
import org.senim.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consoles' relay of a live stream and the token it is opened with (docs/security.md
 * "Live streams"): it never outlives the token, it opens the service's stream again with
 * a refreshed token and the browser's last id after the service ended it, and it passes
 * on a refusal as a wait or as the session's end.
 */
class LiveStreamRelayTests extends ConsoleTests {

	static final String SESSION = "SENIM_NGO_SESSION";

	static final UUID ALMATY_ORG = UUID.fromString("0a000000-0000-4000-8000-000000000004");

	static final String STREAM = "/api/referrals/stream";

	final String accessToken = TestTokens.ngoWorker(ALMATY_ORG, "almaty");

	@BeforeEach
	void resetBackend() {
		backend.reset();
	}

	@Test
	void endsTheRelayWhenTheSessionsTokenExpires() {
		String session = signIn(3, null);
		backend.answer("GET", STREAM, Answer.openStream(":heartbeat\n\n"));

		Instant opened = Instant.now();
		String body = stream(session, null);

		assertThat(Duration.between(opened, Instant.now())).isLessThan(Duration.ofSeconds(20));
		assertThat(body).contains(":heartbeat");
	}

	@Test
	void reopensTheServicesStreamWithARefreshedTokenAndTheLastEventIdAfterTheServiceEndedIt() {
		// The issuer's token has two seconds left before the gateway renews it.
		String session = signIn(62, "refresh-1");
		String fresh = TestTokens.ngoWorker(ALMATY_ORG, "almaty");
		backend.answer("POST", "/oauth2/token", Answer.json(200, """
				{"access_token":"%s","token_type":"Bearer","expires_in":900,"refresh_token":"refresh-2"}"""
			.formatted(fresh)));
		// The service ends its stream (as at its token's expiry) after one event.
		backend.answer("GET", STREAM, new Answer(200, "text/event-stream",
				":heartbeat\n\nevent: referral.offered\nid: ev-2\ndata: {}\n\n", java.util.Map.of(), false));

		assertThat(stream(session, null)).contains("id:ev-2");
		assertThat(backend.only("GET", STREAM).header(HttpHeaders.AUTHORIZATION))
			.isEqualTo("Bearer " + this.accessToken);

		// The browser reconnects with its last id until the token has been renewed.
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			stream(session, "ev-2");
			List<PageBackendStub.Received> opened = backend.received("GET", STREAM);
			return ("Bearer " + fresh).equals(opened.get(opened.size() - 1).header(HttpHeaders.AUTHORIZATION));
		});
		List<PageBackendStub.Received> reopened = backend.received("GET", STREAM);
		assertThat(reopened.subList(1, reopened.size()))
			.allSatisfy((request) -> assertThat(request.header("Last-Event-ID")).isEqualTo("ev-2"));
		assertThat(backend.only("POST", "/oauth2/token").body()).contains("grant_type=refresh_token")
			.contains("refresh_token=refresh-1");
	}

	@Test
	void tellsTheBrowserToWaitWhenTheServiceRefusesOneStreamTooMany() {
		String session = signIn(900, null);
		backend.answer("GET", STREAM,
				Answer.problem(429, "{\"status\":429,\"type\":\"https://senim.org/problems/rate-limited\"}")
					.withHeader("Retry-After", "30"));

		String body = stream(session, "ev-1");

		assertThat(body).contains("retry:30000").contains(":busy");
	}

	@Test
	void keepsTheBrowserReconnectingWhileTheServiceIsAway() {
		String session = signIn(900, null);
		backend.answer("GET", STREAM, Answer.hangingUp());

		this.client.get()
			.uri("/ngo/stream")
			.cookie(SESSION, session)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("retry:3000"));
	}

	@Test
	void endsTheSessionWhenTheServiceRefusesItsToken() {
		String session = signIn(900, null);
		backend.answer("GET", STREAM, Answer.problem(401, "{\"status\":401}"));

		this.client.get()
			.uri("/ngo/stream")
			.cookie(SESSION, session)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.client.get()
			.uri("/ngo/")
			.cookie(SESSION, session)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound();
	}

	private String signIn(int expiresIn, String refreshToken) {
		String signedIn = new ConsoleSignIn(this.client, backend, Console.NGO).signIn("ngo-almaty", "almaty",
				this.accessToken, expiresIn, refreshToken);
		backend.received.clear();
		return signedIn;
	}

	private String stream(String session, String lastEventId) {
		return this.client.get().uri("/ngo/stream").cookie(SESSION, session).headers((headers) -> {
			if (lastEventId != null) {
				headers.set("Last-Event-ID", lastEventId);
			}
		})
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
