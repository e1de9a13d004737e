package org.senim.referral.offer;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Priority;
import org.senim.referral.IntegrationTestBase;
import org.senim.testing.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The paged lists: {@code ?size=}, {@code ?cursor=} and the {@code Link} header. */
class ReferralPagingIntegrationTests extends IntegrationTestBase {

	private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

	@Autowired
	private ReferralRepository referrals;

	@Autowired
	private DatabaseClient db;

	@LocalServerPort
	private int port;

	@Test
	void pagesReferralsNewestFirstWithNextLinkUntilLastPage() {
		UUID organization = UUID.randomUUID();
		String worker = TestTokens.ngoWorker(organization, "almaty");
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Referral oldest = offer(organization, now.minusSeconds(120), ReferralStatus.OFFERED);
		Referral middle = offer(organization, now.minusSeconds(60), ReferralStatus.ACCEPTED);
		Referral newest = offer(organization, now, ReferralStatus.OFFERED);

		EntityExchangeResult<String> first = get("/api/referrals?size=2", worker);
		String next = nextLink(first);
		EntityExchangeResult<String> second = get(next, worker);

		assertThat(ids(first)).containsExactly(newest.id().toString(), middle.id().toString());
		assertThat(next).startsWith("/api/referrals?").contains("size=2").contains("cursor=");
		assertThat(ids(second)).containsExactly(oldest.id().toString());
		assertThat(second.getResponseHeaders().get(HttpHeaders.LINK)).isNull();

		EntityExchangeResult<String> offered = get("/api/referrals?status=OFFERED&size=1", worker);
		assertThat(ids(offered)).containsExactly(newest.id().toString());
		assertThat(nextLink(offered)).contains("status=OFFERED");
		assertThat(ids(get(nextLink(offered), worker))).containsExactly(oldest.id().toString());
	}

	@Test
	void rejectsPageSizeOutsideOneToTwoHundredAndForeignCursorAsProblems() {
		String worker = TestTokens.ngoWorker(ALMATY_SHELTER_ORG, "almaty");
		for (String query : List.of("size=0", "size=201", "size=many")) {
			problem("/api/referrals?" + query, worker, "size");
			problem("/api/escalations?" + query, TestTokens.withRoles("liaison", "POLICE_LIAISON"), "size");
		}
		problem("/api/referrals?cursor=bm90LWEtY3Vyc29y", worker, "cursor");
		problem("/api/escalations?cursor=%25%25", TestTokens.withRoles("liaison", "POLICE_LIAISON"), "cursor");
		problem("/api/escalations?status=FORGOTTEN", TestTokens.withRoles("liaison", "POLICE_LIAISON"), "status");
	}

	@Test
	void pagesEscalationsNewestFirstAndListsAcknowledgedOnes() {
		String liaison = TestTokens.withRoles("liaison", "POLICE_LIAISON");
		// A year ahead: newer than any escalation other tests raise, so these lead the
		// list.
		Instant ahead = Instant.now().plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.MILLIS);
		UUID older = escalation(ahead, "RAISED");
		UUID newer = escalation(ahead.plusSeconds(60), "ACKNOWLEDGED");

		EntityExchangeResult<String> first = get("/api/escalations?size=1", liaison);
		EntityExchangeResult<String> second = get(nextLink(first), liaison);
		EntityExchangeResult<String> acknowledged = get("/api/escalations?status=ACKNOWLEDGED&size=200", liaison);

		try {
			assertThat(ids(first)).containsExactly(newer.toString());
			assertThat(ids(second)).containsExactly(older.toString());
			assertThat(ids(acknowledged)).contains(newer.toString()).doesNotContain(older.toString());
		}
		finally {
			this.db.sql("DELETE FROM escalation WHERE id IN (:ids)").bind("ids", List.of(older, newer)).then().block();
		}
	}

	private Referral offer(UUID organization, Instant offeredAt, ReferralStatus status) {
		Referral referral = new Referral(UUID.randomUUID(), UUID.randomUUID(), "almaty", "almaty", organization,
				UUID.randomUUID(), Priority.NORMAL, List.of(),
				new TipAnswers(List.of(ExploitationType.FORCED_LABOUR), null, List.of(), null, null, null, false, false,
						null, null, null, false),
				"Forced labour", "A description.", status, offeredAt, offeredAt.plus(Duration.ofMinutes(30)));
		this.referrals.insert(referral, UUID.randomUUID().toString()).block(TIMEOUT);
		return referral;
	}

	private UUID escalation(Instant raisedAt, String status) {
		UUID id = UUID.randomUUID();
		this.db.sql("""
				INSERT INTO escalation (id, report_id, city, priority, exploitation_types, minors_involved,
				       immediate_danger, summary, reasons, status, raised_at)
				VALUES (:id, :reportId, 'almaty', 'CRITICAL', 'ORGAN_REMOVAL', FALSE, FALSE, 'Organ removal',
				       'ORGAN_REMOVAL', :status, :raisedAt)""")
			.bind("id", id)
			.bind("reportId", UUID.randomUUID())
			.bind("status", status)
			.bind("raisedAt", raisedAt)
			.then()
			.block(TIMEOUT);
		return id;
	}

	private EntityExchangeResult<String> get(String uri, String token) {
		return http().get()
			.uri(URI.create("http://localhost:" + this.port + uri))
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
	}

	private void problem(String uri, String token, String field) {
		http().get()
			.uri(URI.create("http://localhost:" + this.port + uri))
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	private static String nextLink(EntityExchangeResult<String> page) {
		String link = page.getResponseHeaders().getFirst(HttpHeaders.LINK);
		assertThat(link).as("Link header").isNotNull();
		Matcher matcher = NEXT.matcher(link);
		assertThat(matcher.matches()).as(link).isTrue();
		return matcher.group(1);
	}

	private static List<String> ids(EntityExchangeResult<String> page) {
		return JsonPath.read(page.getResponseBody(), "$[*].id");
	}

}
