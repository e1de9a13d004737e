package org.senim.referral.offer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Priority;
import org.senim.referral.IntegrationTestBase;
import org.senim.referral.datakey.ReportKeys;
import org.senim.testing.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what, for a referral of Almaty offered to organization A: every role ×
 * every endpoint with the status it must get.
 */
class AuthorizationMatrixIntegrationTests extends IntegrationTestBase {

	private static final UUID ORG_A = ALMATY_SHELTER_ORG;

	private static final UUID ORG_B = SHYMKENT_ORG;

	enum Role {

		NGO_WORKER_A(TestTokens.ngoWorker(ORG_A, "almaty")),

		NGO_WORKER_B(TestTokens.ngoWorker(ORG_B, "shymkent")),

		POLICE_LIAISON(TestTokens.withRoles("liaison", "POLICE_LIAISON")),

		DIRECTORY_ADMIN(TestTokens.withRoles("admin", "DIRECTORY_ADMIN")),

		HOTLINE_OPERATOR(TestTokens.withRoles("operator", "HOTLINE_OPERATOR")),

		NO_TOKEN(null);

		private final String token;

		Role(String token) {
			this.token = token;
		}

	}

	enum Endpoint {

		LIST(HttpMethod.GET, "/api/referrals", null, ReferralStatus.OFFERED),

		BY_ID(HttpMethod.GET, "/api/referrals/{id}", null, ReferralStatus.OFFERED),

		ACCEPT(HttpMethod.POST, "/api/referrals/{id}/accept", null, ReferralStatus.OFFERED),

		DECLINE(HttpMethod.POST, "/api/referrals/{id}/decline", "{\"reason\":\"No places\"}", ReferralStatus.OFFERED),

		CLOSE(HttpMethod.POST, "/api/referrals/{id}/close", "{\"outcome\":\"Helped\"}", ReferralStatus.ACCEPTED),

		MESSAGES(HttpMethod.POST, "/api/referrals/{id}/messages", "{\"text\":\"Hello\"}", ReferralStatus.ACCEPTED),

		THREAD(HttpMethod.GET, "/api/referrals/{id}/messages", null, ReferralStatus.OFFERED),

		DATA_KEY(HttpMethod.GET, "/api/referrals/{id}/data-key", null, ReferralStatus.OFFERED),

		STREAM(HttpMethod.GET, "/api/referrals/stream", null, null),

		ESCALATIONS(HttpMethod.GET, "/api/escalations", null, null),

		ESCALATION_STREAM(HttpMethod.GET, "/api/escalations/stream", null, null),

		ACKNOWLEDGE(HttpMethod.POST, "/api/escalations/{id}/acknowledge", null, null),

		ALERTS(HttpMethod.GET, "/api/referrals/alerts", null, null);

		private final HttpMethod method;

		private final String path;

		private final String body;

		private final ReferralStatus referralIn;

		Endpoint(HttpMethod method, String path, String body, ReferralStatus referralIn) {
			this.method = method;
			this.path = path;
			this.body = body;
			this.referralIn = referralIn;
		}

		boolean streams() {
			return this == STREAM || this == ESCALATION_STREAM;
		}

	}

	@Autowired
	private ReferralRepository referrals;

	@Autowired
	private ReportKeys keys;

	@Autowired
	private DatabaseClient db;

	@LocalServerPort
	private int port;

	private WebTestClient client;

	@BeforeEach
	void connect() {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	static Stream<Arguments> matrix() {
		List<Arguments> cases = new ArrayList<>();
		for (Endpoint endpoint : Endpoint.values()) {
			if (endpoint == Endpoint.ALERTS) {
				// Directory admins only: an NGO worker's role covers the rest of
				// /api/referrals, not this.
				for (Role role : Role.values()) {
					cases.add(Arguments.of(role, endpoint,
							(role == Role.DIRECTORY_ADMIN) ? 200 : (role == Role.NO_TOKEN) ? 401 : 403));
				}
				continue;
			}
			boolean referralEndpoint = !endpoint.name().startsWith("ESCALATION") && endpoint != Endpoint.ACKNOWLEDGE;
			int forA = !referralEndpoint ? 403 : (endpoint == Endpoint.MESSAGES) ? 202 : 200;
			int forB = !referralEndpoint ? 403 : (endpoint == Endpoint.LIST || endpoint == Endpoint.STREAM) ? 200 : 404;
			cases.add(Arguments.of(Role.NGO_WORKER_A, endpoint, forA));
			cases.add(Arguments.of(Role.NGO_WORKER_B, endpoint, forB));
			cases.add(Arguments.of(Role.POLICE_LIAISON, endpoint, referralEndpoint ? 403 : 200));
			cases.add(Arguments.of(Role.DIRECTORY_ADMIN, endpoint, 403));
			cases.add(Arguments.of(Role.HOTLINE_OPERATOR, endpoint, 403));
			cases.add(Arguments.of(Role.NO_TOKEN, endpoint, 401));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@MethodSource("matrix")
	void answersEachRoleAtEachEndpoint(Role role, Endpoint endpoint, int expected) {
		Referral referral = almatyReferral(endpoint.referralIn);
		UUID id = (endpoint == Endpoint.ACKNOWLEDGE) ? escalation() : referral.id();

		WebTestClient.RequestBodySpec request = this.client.method(endpoint.method)
			.uri(endpoint.path, id)
			.headers((headers) -> {
				if (role.token != null) {
					headers.setBearerAuth(role.token);
				}
			});
		if (endpoint.body != null) {
			request.contentType(MediaType.APPLICATION_JSON).bodyValue(endpoint.body);
		}
		if (endpoint.streams()) {
			request.accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_PROBLEM_JSON);
		}
		WebTestClient.ResponseSpec response = request.exchange().expectStatus().isEqualTo(expected);
		if (expected >= 400) {
			response.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
		else if (endpoint.streams()) {
			// The heartbeat comes at once; then the endless stream is cancelled.
			assertThat(response.returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			}).getResponseBody().take(1).blockFirst(TIMEOUT).comment()).isEqualTo("heartbeat");
		}
		if (role == Role.NGO_WORKER_B && endpoint == Endpoint.LIST) {
			this.client.get()
				.uri("/api/referrals")
				.headers((headers) -> headers.setBearerAuth(role.token))
				.exchange()
				.expectBody()
				.jsonPath("$[?(@.id == '" + referral.id() + "')]")
				.doesNotExist();
		}
	}

	private Referral almatyReferral(ReferralStatus status) {
		Instant now = Instant.now();
		Referral referral = new Referral(UUID.randomUUID(), UUID.randomUUID(), "almaty", "almaty", ORG_A,
				UUID.fromString("0b000000-0000-4000-8000-000000000004"), Priority.NORMAL, List.of(),
				new TipAnswers(List.of(ExploitationType.FORCED_LABOUR), null, List.of(), null, null, null, false, false,
						null, null, null, false),
				"Forced labour", "A description.", ReferralStatus.OFFERED, now, now.plus(Duration.ofMinutes(30)));
		// Its report's data key, as the intake of its tip left it.
		REPORT_SERVICE.issue(referral.reportId());
		this.keys.keyOf(referral.reportId()).block(TIMEOUT);
		this.referrals.insert(referral, UUID.randomUUID().toString()).block(TIMEOUT);
		if (status == ReferralStatus.ACCEPTED) {
			this.referrals.changeStatus(referral.id(), ReferralStatus.OFFERED, ReferralStatus.ACCEPTED, null, now)
				.block(TIMEOUT);
		}
		return referral;
	}

	private UUID escalation() {
		UUID id = UUID.randomUUID();
		this.db.sql("""
				INSERT INTO escalation (id, report_id, city, priority, exploitation_types, minors_involved,
				       immediate_danger, summary, reasons, status, raised_at)
				VALUES (:id, :reportId, 'almaty', 'CRITICAL', 'FORCED_LABOUR', TRUE, FALSE, 'Forced labour · minors',
				       'MINORS_INVOLVED', 'RAISED', :now)""")
			.bind("id", id)
			.bind("reportId", UUID.randomUUID())
			.bind("now", Instant.now())
			.then()
			.block(TIMEOUT);
		return id;
	}

}
