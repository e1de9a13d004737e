package org.senim.referral.offer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.senim.contracts.ProblemTypes;
import org.senim.contracts.codes.ControlMethod;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Industry;
import org.senim.contracts.codes.Priority;
import org.senim.contracts.codes.Recruitment;
import org.senim.contracts.codes.ReporterRole;
import org.senim.contracts.codes.TriageReason;
import org.senim.contracts.codes.VenueType;
import org.senim.contracts.codes.VictimNationality;
import org.senim.referral.TestJwtDecoder;
import org.senim.referral.audit.Actor;
import org.senim.referral.audit.AuditTrail;
import org.senim.referral.system.PageRequest;
import org.senim.referral.system.SecurityConfiguration;
import org.senim.testing.TestTokens;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

@WebFluxTest(ReferralController.class)
@Import({ SecurityConfiguration.class, TestJwtDecoder.class })
class ReferralControllerTests {

	private static final UUID ALMATY_ORG = UUID.fromString("0a000000-0000-4000-8000-000000000004");

	// The subject of TestTokens.ngoWorker(…, "almaty").
	private static final Actor WORKER = new Actor("ngo-almaty", "NGO_WORKER");

	private static final UUID SHYMKENT_ORG = UUID.fromString("0a000000-0000-4000-8000-000000000013");

	@Autowired
	private WebTestClient client;

	@MockitoBean
	private ReferralRepository referrals;

	@MockitoBean
	private ReferralDecisions decisions;

	@MockitoBean
	private AuditTrail audit;

	@MockitoBean
	private Conversation conversation;

	@MockitoBean
	private TransactionalOperator transaction;

	@BeforeEach
	void auditAndTransactionPassThrough() {
		given(this.audit.record(any(), any(), any(), any(), any())).willReturn(Mono.empty());
		given(this.transaction.transactional(ArgumentMatchers.<Mono<Object>>any()))
			.willAnswer((invocation) -> invocation.getArgument(0));
	}

	@Test
	void rejectsListWithoutTokenAsUnauthorizedProblem() {
		this.client.get()
			.uri("/api/referrals")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.UNAUTHORIZED.toString())
			.jsonPath("$.status")
			.isEqualTo(401);
		verifyNoInteractions(this.referrals);
	}

	@Test
	void rejectsExpiredTokenAsUnauthorized() {
		this.client.get()
			.uri("/api/referrals")
			.headers((headers) -> headers.setBearerAuth(TestTokens.expired("ngo", "NGO_WORKER")))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void forbidsPoliceLiaisonReferralsAsProblem() {
		this.client.get()
			.uri("/api/referrals")
			.headers((headers) -> headers.setBearerAuth(TestTokens.withRoles("police", "POLICE_LIAISON")))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.FORBIDDEN.toString());
		verifyNoInteractions(this.referrals);
	}

	@Test
	void answersServiceUnavailableWithRetryAfterWhileItsDatabaseIsAway() {
		given(this.referrals.findByOrganization(eq(ALMATY_ORG), any(), any(PageRequest.class)))
			.willReturn(Flux.error(new DataAccessResourceFailureException("Failed to obtain R2DBC Connection",
					new R2dbcNonTransientResourceException("Cannot connect to localhost/127.0.0.1:5432"))));

		this.client.get()
			.uri("/api/referrals")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ALMATY_ORG, "almaty")))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "10")
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.UNAVAILABLE.toString())
			.jsonPath("$.status")
			.isEqualTo(503)
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).doesNotContain("5432", "R2DBC"));
	}

	@Test
	void answersInternalErrorWithoutRetryAfterForABug() {
		given(this.referrals.findByOrganization(eq(ALMATY_ORG), any(), any(PageRequest.class)))
			.willReturn(Flux.error(new IllegalStateException("bug")));

		this.client.get()
			.uri("/api/referrals")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ALMATY_ORG, "almaty")))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR)
			.expectHeader()
			.doesNotExist(HttpHeaders.RETRY_AFTER)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.INTERNAL.toString());
	}

	@Test
	void listsOnlyReferralsOfCallersOrganization() {
		Referral almaty = referral(ALMATY_ORG, "almaty");
		given(this.referrals.findByOrganization(eq(ALMATY_ORG), any(), any(PageRequest.class)))
			.willReturn(Flux.just(almaty));
		given(this.referrals.findByOrganization(eq(SHYMKENT_ORG), any(), any(PageRequest.class)))
			.willReturn(Flux.just(referral(SHYMKENT_ORG, "shymkent")));

		this.client.get()
			.uri("/api/referrals")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ALMATY_ORG, "almaty")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].id")
			.isEqualTo(almaty.id().toString())
			.jsonPath("$[0].organizationId")
			.isEqualTo(ALMATY_ORG.toString())
			.jsonPath("$[0].triageReasons[0]")
			.isEqualTo("PHYSICAL_ABUSE");
	}

	@Test
	void filtersListByStatus() {
		given(this.referrals.findByOrganization(eq(ALMATY_ORG), eq(ReferralStatus.ACCEPTED), any(PageRequest.class)))
			.willReturn(Flux.empty());

		this.client.get()
			.uri("/api/referrals?status=accepted")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ALMATY_ORG, "almaty")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.json("[]");
	}

	@Test
	void rejectsUnknownStatusAsValidationProblem() {
		this.client.get()
			.uri("/api/referrals?status=LOST")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ALMATY_ORG, "almaty")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.VALIDATION.toString())
			.jsonPath("$.errors[0].field")
			.isEqualTo("status");
		verifyNoInteractions(this.referrals);
	}

	@Test
	void showsOwnReferralById() {
		Referral almaty = referral(ALMATY_ORG, "almaty");
		given(this.referrals.findById(almaty.id())).willReturn(Mono.just(almaty));

		this.client.get()
			.uri("/api/referrals/{id}", almaty.id())
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ALMATY_ORG, "almaty")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.summary")
			.isEqualTo("Forced labour · Farm");
	}

	@Test
	void showsEveryCodedAnswerOfTheTipBesideTheReferral() {
		Referral almaty = referral(ALMATY_ORG, "almaty");
		given(this.referrals.findById(almaty.id())).willReturn(Mono.just(almaty));

		this.client.get()
			.uri("/api/referrals/{id}", almaty.id())
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ALMATY_ORG, "almaty")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.answers")
			.doesNotExist()
			.jsonPath("$.triageReasons[0]")
			.isEqualTo("PHYSICAL_ABUSE")
			.jsonPath("$.exploitationTypes[0]")
			.isEqualTo("FORCED_LABOUR")
			.jsonPath("$.industry")
			.isEqualTo("AGRICULTURE_TOBACCO")
			.jsonPath("$.controlMethods[0]")
			.isEqualTo("PHYSICAL_ABUSE")
			.jsonPath("$.recruitment")
			.isEqualTo("JOB_AD_ONLINE")
			.jsonPath("$.venueType")
			.isEqualTo("FARM")
			.jsonPath("$.victimCount")
			.isEqualTo(3)
			.jsonPath("$.minorsInvolved")
			.isEqualTo(false)
			.jsonPath("$.immediateDanger")
			.isEqualTo(false)
			.jsonPath("$.victimNationality")
			.isEqualTo("FOREIGN")
			.jsonPath("$.language")
			.isEqualTo("ru")
			.jsonPath("$.reporterRole")
			.isEqualTo("WITNESS")
			.jsonPath("$.operatorEntered")
			.isEqualTo(true);
	}

	@Test
	void hidesAnotherOrganizationsReferralAsNotFound() {
		Referral shymkent = referral(SHYMKENT_ORG, "shymkent");
		given(this.referrals.findById(shymkent.id())).willReturn(Mono.just(shymkent));

		this.client.get()
			.uri("/api/referrals/{id}", shymkent.id())
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ALMATY_ORG, "almaty")))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.NOT_FOUND.toString())
			.jsonPath("$.description")
			.doesNotExist();
	}

	@Test
	void rejectsMalformedIdAsBadRequestProblem() {
		this.client.get()
			.uri("/api/referrals/not-a-uuid")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ALMATY_ORG, "almaty")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.MALFORMED_REQUEST.toString());
	}

	@Test
	void forbidsWorkerTokenWithoutOrganization() {
		this.client.get()
			.uri("/api/referrals")
			.headers((headers) -> headers.setBearerAuth(TestTokens.withRoles("ngo", "NGO_WORKER")))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.FORBIDDEN.toString());
	}

	@Test
	void acceptsOfferForCallersOrganization() {
		Referral referral = referral(ALMATY_ORG, "almaty");
		given(this.decisions.accept(referral.id(), new Caller(ALMATY_ORG), WORKER))
			.willReturn(Mono.just(referral.withStatus(ReferralStatus.ACCEPTED)));

		this.client.post()
			.uri("/api/referrals/{id}/accept", referral.id())
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ALMATY_ORG, "almaty")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("ACCEPTED");
	}

	@Test
	void declinesOfferWithTrimmedReason() {
		Referral referral = referral(ALMATY_ORG, "almaty");
		given(this.decisions.decline(referral.id(), new Caller(ALMATY_ORG), WORKER, "No free places"))
			.willReturn(Mono.just(referral.withStatus(ReferralStatus.DECLINED)));

		this.client.post()
			.uri("/api/referrals/{id}/decline", referral.id())
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ALMATY_ORG, "almaty")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"reason\":\"  No free places \"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DECLINED");
	}

	@Test
	void rejectsDeclineWithoutReasonAsValidationProblem() {
		this.client.post()
			.uri("/api/referrals/{id}/decline", UUID.randomUUID())
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ALMATY_ORG, "almaty")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"reason\":\"  \"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.VALIDATION.toString())
			.jsonPath("$.errors[0].field")
			.isEqualTo("reason");
		verifyNoInteractions(this.decisions);
	}

	@Test
	void rejectsUnreadableDeclineBodyAsBadRequest() {
		this.client.post()
			.uri("/api/referrals/{id}/decline", UUID.randomUUID())
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ALMATY_ORG, "almaty")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"reason\":")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.MALFORMED_REQUEST.toString());
		verifyNoInteractions(this.decisions);
	}

	@Test
	void reportsAnsweredOfferAsConflict() {
		UUID id = UUID.randomUUID();
		given(this.decisions.accept(id, new Caller(ALMATY_ORG), WORKER))
			.willReturn(Mono.error(new ReferralConflictException(id, ReferralStatus.DECLINED)));

		this.client.post()
			.uri("/api/referrals/{id}/accept", id)
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(ALMATY_ORG, "almaty")))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.CONFLICT.toString());
	}

	@Test
	void forbidsPoliceLiaisonToAcceptOffers() {
		this.client.post()
			.uri("/api/referrals/{id}/accept", UUID.randomUUID())
			.headers((headers) -> headers.setBearerAuth(TestTokens.withRoles("police", "POLICE_LIAISON")))
			.exchange()
			.expectStatus()
			.isForbidden();
		verifyNoInteractions(this.decisions);
	}

	private static Referral referral(UUID organization, String city) {
		Instant now = Instant.now();
		return new Referral(UUID.randomUUID(), UUID.randomUUID(), city, city, organization, UUID.randomUUID(),
				Priority.HIGH, List.of(TriageReason.PHYSICAL_ABUSE),
				new TipAnswers(List.of(ExploitationType.FORCED_LABOUR), Industry.AGRICULTURE_TOBACCO,
						List.of(ControlMethod.PHYSICAL_ABUSE), Recruitment.JOB_AD_ONLINE, VenueType.FARM, 3, false,
						false, VictimNationality.FOREIGN, "ru", ReporterRole.WITNESS, true),
				"Forced labour · Farm", "Workers cannot leave.", ReferralStatus.OFFERED, now, now.plusSeconds(1800));
	}

	@Test
	void answersUnsupportedMethodWithMethodNotAllowedProblem() {
		this.client.delete()
			.uri("/api/referrals")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ngoWorker(UUID.randomUUID(), "almaty")))
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.ALLOW, (allow) -> assertThat(allow).contains("GET"))
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.METHOD_NOT_ALLOWED.toString())
			.jsonPath("$.title")
			.isEqualTo("Method not allowed")
			.jsonPath("$.status")
			.isEqualTo(405);
	}

}
