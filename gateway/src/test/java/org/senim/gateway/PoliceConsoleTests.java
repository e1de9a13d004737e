package org.senim.gateway;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import org.senim.gateway.PageBackendStub.Answer;
import org.senim.gateway.console.Console;
import org.senim.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The police console behind its own session-based chain: sign-in through the issuer
 * (stubbed), the liaison's token kept on the server, the escalations CRITICAL first with
 * the policy's reasons and the coded answers but never the tipster's words, acknowledging
 * by a CSRF-checked form, the live stream relayed, calm pages for every refusal.
 */
class PoliceConsoleTests extends ConsoleTests {

	static final String SESSION = "SENIM_POLICE_SESSION";

	static final String CRITICAL_ID = "11111111-1111-4111-8111-111111111111";

	static final String HIGH_ID = "22222222-2222-4222-8222-222222222222";

	static final String NORMAL_ID = "33333333-3333-4333-8333-333333333333";

	static final String ACKNOWLEDGED_ID = "44444444-4444-4444-8444-444444444444";

	/** Words of the tipster that a careless service might pass on: never on the page. */
	static final String TIPSTERS_WORDS = "They keep the girls in the basement of the sauna";

	ConsoleSignIn signIn;

	final String accessToken = TestTokens.withRoles("police", "POLICE_LIAISON");

	@BeforeEach
	void prepare() {
		this.signIn = new ConsoleSignIn(this.client, backend, Console.POLICE);
	}

	@BeforeEach
	void resetBackend() {
		backend.reset();
		// What the service answers for ?status=RAISED (the stub does not read the query).
		backend.answer("GET", "/api/escalations", Answer.json(200,
				"[" + String.join(",", escalation(NORMAL_ID, "NORMAL", "RAISED", 1),
						escalation(CRITICAL_ID, "CRITICAL", "RAISED", 30), escalation(HIGH_ID, "HIGH", "RAISED", 2))
						+ "]"));
		backend.answer("POST", "/api/escalations/" + CRITICAL_ID + "/acknowledge",
				Answer.json(200, escalation(CRITICAL_ID, "CRITICAL", "ACKNOWLEDGED", 30)));
	}

	@Test
	void sendsALiaisonWithoutSessionToTheIssuersSignInAndBackToThePoliceCallback() {
		EntityExchangeResult<byte[]> start = this.client.get()
			.uri("/police/")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		assertThat(start.getResponseHeaders().getLocation()).hasToString("/police/sign-in/senim");
		ResponseCookie cookie = start.getResponseCookies().getFirst(SESSION);
		assertThat(cookie).isNotNull();
		assertThat(cookie.getPath()).isEqualTo("/police");
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getSameSite()).isEqualTo("Strict");
		assertThat(start.getResponseCookies()).doesNotContainKey("SENIM_NGO_SESSION");

		EntityExchangeResult<byte[]> authorize = this.client.get()
			.uri("/police/sign-in/senim")
			.cookie(SESSION, cookie.getValue())
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		MultiValueMap<String, String> query = ConsoleSignIn.queryOf(authorize.getResponseHeaders().getLocation());
		assertThat(authorize.getResponseHeaders().getLocation()).hasHost("issuer.test").hasPath("/oauth2/authorize");
		assertThat(query.getFirst("redirect_uri")).isEqualTo("http://localhost:8080/police/callback");
		assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
		assertThat(backend.received).noneMatch((request) -> request.path().startsWith("/api/escalations"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "NGO_WORKER", "HOTLINE_OPERATOR" })
	void showsTheForbiddenNoticeToAnotherRole(String role) {
		String token = "NGO_WORKER".equals(role) ? TestTokens.ngoWorker(UUID.randomUUID(), "almaty")
				: TestTokens.withRoles("operator", role);
		this.signIn.as("someone", token);

		this.client.get()
			.uri("/police/?lang=en")
			.cookie(SESSION, this.signIn.session)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/police/forbidden");
		HtmlPage notice = HtmlPage.parse(this.signIn.page("/police/forbidden?lang=en", 403).getResponseBody());
		assertThat(notice.byId("notice-title").text()).isEqualTo("Not for this account");
		assertThat(backend.received("GET", "/api/escalations")).isEmpty();
	}

	@Test
	void doesNotOpenThePoliceConsoleWithAnNgoSession() {
		ConsoleSignIn ngo = new ConsoleSignIn(this.client, backend, Console.NGO);
		String ngoSession = ngo.as("ngo-almaty", TestTokens.ngoWorker(UUID.randomUUID(), "almaty"));

		this.client.get()
			.uri("/police/")
			.cookie("SENIM_NGO_SESSION", ngoSession)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/police/sign-in/senim");
		// Even sent under the police cookie's name, the worker's session has no police
		// role.
		this.client.get()
			.uri("/police/")
			.cookie(SESSION, ngoSession)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/police/forbidden");
		assertThat(backend.received("GET", "/api/escalations")).isEmpty();
	}

	@Test
	void listsTheWaitingEscalationsCriticalFirstWithReasonsAndCodedAnswersButNoTipstersWords() {
		this.signIn.as("police", this.accessToken);

		EntityExchangeResult<String> list = this.signIn.page("/police/?lang=en", 200);
		HtmlPage page = HtmlPage.parse(list.getResponseBody());
		assertThat(rowIds(page)).containsExactly(CRITICAL_ID, HIGH_ID, NORMAL_ID);
		HtmlPage.Tag critical = page.byId("escalation-" + CRITICAL_ID);
		assertThat(critical.text()).contains("Critical", "Forced labour · minors");
		assertThat(page.text()).contains("Children are involved: the police are told without waiting for consent",
				"The tipster agreed that the police be told", "Forced to sell sex or to take part in sex", "almaty");
		assertThat(list.getResponseBody()).doesNotContain(TIPSTERS_WORDS).doesNotContain(this.accessToken);
		assertThat(list.getResponseHeaders().getCacheControl()).contains("no-store");
		PageBackendStub.Received call = backend.only("GET", "/api/escalations");
		assertThat(call.queryParam("status")).isEqualTo("RAISED");
		assertThat(call.queryParam("size")).isEqualTo("50");
		assertThat(call.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + this.accessToken);
		assertThat(call.hasHeader(HttpHeaders.COOKIE)).isFalse();
		assertThat(page.hasId("next-page")).as("no next page without a Link").isFalse();
	}

	@Test
	void showsEveryCodedAnswerOfTheTipInPlainWordsAndAnOlderEscalationAsBefore() {
		this.signIn.as("police", this.accessToken);
		backend.answer("GET", "/api/escalations",
				Answer.json(200, "[" + withAnswers(escalation(CRITICAL_ID, "CRITICAL", "RAISED", 5)) + ","
						+ escalation(HIGH_ID, "HIGH", "RAISED", 2) + "]"));

		EntityExchangeResult<String> english = this.signIn.page("/police/?lang=en", 200);
		HtmlPage.Tag answered = row(HtmlPage.parse(english.getResponseBody()), CRITICAL_ID);
		assertThat(answered.byClass("venue").get(0).text()).isEqualTo("Sauna");
		assertThat(answered.byClass("industry").get(0).text()).isEqualTo("Cafe, restaurant, hotel or sauna");
		assertThat(answered.byClass("control").get(0).text()).contains("They took passports or ID cards");
		assertThat(answered.byClass("recruitment").get(0).text()).isEqualTo("A job advertisement on the internet");
		assertThat(answered.byClass("victims").get(0).text()).isEqualTo("4");
		assertThat(answered.byClass("nationality").get(0).text()).isEqualTo("From another country");
		assertThat(answered.byClass("reporter").get(0).text()).isEqualTo("It is happening to someone in my family");
		assertThat(answered.byClass("language").get(0).text()).isEqualTo("Russian");
		assertThat(answered.byClass("filed").get(0).text()).isEqualTo("A hotline operator, for a caller");
		assertThat(english.getResponseBody()).doesNotContain(TIPSTERS_WORDS).doesNotContain("WITHHOLDS_DOCUMENTS");
		// Raised before the service kept the answers: the row as it always was.
		HtmlPage.Tag older = row(HtmlPage.parse(english.getResponseBody()), HIGH_ID);
		for (String answer : List.of("venue", "industry", "control", "recruitment", "victims", "nationality",
				"reporter", "language", "filed")) {
			assertThat(older.byClass(answer)).as(answer).isEmpty();
		}
		assertThat(older.byClass("exploitation").get(0).text()).contains("Forced to work");

		EntityExchangeResult<String> russian = this.signIn.page("/police/?lang=ru", 200);
		HtmlPage.Tag inRussian = row(HtmlPage.parse(russian.getResponseBody()), CRITICAL_ID);
		assertThat(inRussian.byClass("venue").get(0).text()).isEqualTo("Сауна");
		assertThat(inRussian.byClass("control").get(0).text()).contains("Забрали паспорт или удостоверение личности");
		assertThat(inRussian.text()).contains("Кто сообщил");
		assertThat(russian.getResponseBody()).doesNotContain(TIPSTERS_WORDS);
	}

	@Test
	void pagesTheListWithTheServicesCursor() {
		this.signIn.as("police", this.accessToken);
		backend.answer("GET", "/api/escalations",
				new Answer(200, "application/json", "[" + escalation(NORMAL_ID, "NORMAL", "RAISED", 1) + "]",
						java.util.Map.of(HttpHeaders.LINK,
								"</api/escalations?status=RAISED&size=50&cursor=MjAyNi0xMi0wMQ_2>; rel=\"next\""),
						false));

		HtmlPage first = HtmlPage.parse(this.signIn.page("/police/?lang=en", 200).getResponseBody());
		assertThat(first.byId("next-page").attr("href")).contains("show=raised", "cursor=MjAyNi0xMi0wMQ_2");

		backend.received.clear();
		HtmlPage second = HtmlPage
			.parse(this.signIn.page("/police/?cursor=MjAyNi0xMi0wMQ_2&lang=en", 200).getResponseBody());
		assertThat(backend.only("GET", "/api/escalations").queryParam("cursor")).isEqualTo("MjAyNi0xMi0wMQ_2");
		assertThat(second.hasId("first-page")).isTrue();
	}

	@Test
	void listsTheAcknowledgedEscalationsApart() {
		this.signIn.as("police", this.accessToken);
		backend.answer("GET", "/api/escalations",
				Answer.json(200, "[" + escalation(ACKNOWLEDGED_ID, "CRITICAL", "ACKNOWLEDGED", 50) + "]"));

		HtmlPage page = HtmlPage.parse(this.signIn.page("/police/?show=acknowledged&lang=en", 200).getResponseBody());
		assertThat(rowIds(page)).containsExactly(ACKNOWLEDGED_ID);
		assertThat(backend.only("GET", "/api/escalations").queryParam("status")).isEqualTo("ACKNOWLEDGED");
		assertThat(page.byId("nav-acknowledged").attr("aria-current")).isEqualTo("page");
		assertThat(page.byClass("acknowledge")).isEmpty();
		assertThat(page.text()).doesNotContain(TIPSTERS_WORDS);
	}

	@Test
	void acknowledgesWithTheFormsTokenAndSaysCalmlyWhenItWasAlreadyAcknowledged() {
		this.signIn.as("police", this.accessToken);
		String csrf = ConsoleSignIn.csrfOf(HtmlPage.parse(this.signIn.page("/police/?lang=en", 200).getResponseBody()));

		acknowledge(csrf).expectStatus().isSeeOther().expectHeader().location("/police/?lang=en&notice=acknowledged");
		PageBackendStub.Received post = backend.only("POST", "/api/escalations/" + CRITICAL_ID + "/acknowledge");
		assertThat(post.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + this.accessToken);

		backend.answer("POST", "/api/escalations/" + CRITICAL_ID + "/acknowledge",
				Answer.problem(409, "{\"status\":409,\"title\":\"Escalation already acknowledged\"}"));
		acknowledge(csrf).expectStatus().isSeeOther().expectHeader().location("/police/?lang=en&notice=already");
		HtmlPage again = HtmlPage.parse(this.signIn.page("/police/?lang=en&notice=already", 200).getResponseBody());
		assertThat(again.byId("notice").text())
			.isEqualTo("This escalation was already acknowledged, by you or a colleague. Nothing was changed.");
	}

	@Test
	void refusesAnAcknowledgementWithoutTheSessionsCsrfToken() {
		this.signIn.as("police", this.accessToken);

		this.client.post()
			.uri("/police/escalations/" + CRITICAL_ID + "/acknowledge")
			.cookie(SESSION, this.signIn.session)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("_csrf", "made-up"))
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/police/refused");
		assertThat(backend.received("POST", "/api/escalations/" + CRITICAL_ID + "/acknowledge")).isEmpty();
	}

	@Test
	void showsACalmPageWhenTheReferralServiceFails() {
		this.signIn.as("police", this.accessToken);
		backend.answer("GET", "/api/escalations", Answer.problem(500, "{\"status\":500}"));

		EntityExchangeResult<String> answer = this.client.get()
			.uri("/police/?lang=en")
			.cookie(SESSION, this.signIn.session)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult();
		HtmlPage page = HtmlPage.parse(answer.getResponseBody());
		assertThat(page.byId("notice-title").text()).isEqualTo("The escalations cannot be reached just now");
		assertThat(answer.getResponseBody()).doesNotContain("Exception").doesNotContain("500");
	}

	@Test
	void relaysOnlyEscalationEventsWithTheLiaisonsTokenAndTheLastEventId() {
		this.signIn.as("police", this.accessToken);
		backend.answer("GET", "/api/escalations/stream", new Answer(200, "text/event-stream",
				":heartbeat\n\nevent: referral.offered\nid: ev-2\ndata: {\"referralId\":\"" + NORMAL_ID + "\"}\n\n"
						+ "event: escalation.raised\nid: ev-3\ndata: {\"escalationId\":\"" + CRITICAL_ID + "\"}\n\n"
						+ "event: escalation.acknowledged\nid: ev-4\ndata: {\"escalationId\":\"" + HIGH_ID + "\"}\n\n",
				Map.of(), false));

		String body = this.client.get()
			.uri("/police/stream")
			.cookie(SESSION, this.signIn.session)
			.header("Last-Event-ID", "ev-1")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("event:escalation.raised", "id:ev-3", CRITICAL_ID, "event:escalation.acknowledged",
				"id:ev-4");
		assertThat(body).doesNotContain("referral.offered").doesNotContain(NORMAL_ID).doesNotContain(this.accessToken);
		PageBackendStub.Received stream = backend.only("GET", "/api/escalations/stream");
		assertThat(stream.header("Last-Event-ID")).isEqualTo("ev-1");
		assertThat(stream.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + this.accessToken);
	}

	@Test
	void givesTheScriptARowAndA401WhenTheSessionIsGone() {
		this.signIn.as("police", this.accessToken);

		HtmlPage row = HtmlPage.parse(
				this.signIn.page("/police/escalations/" + HIGH_ID + "/row?fresh=true&lang=en", 200).getResponseBody());
		assertThat(row.byId("escalation-" + HIGH_ID).text()).contains("High", "New");
		for (String path : List.of("/police/stream", "/police/escalations/" + HIGH_ID + "/row")) {
			this.client.get()
				.uri(path)
				.cookie(SESSION, "no-such-session")
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectBody()
				.returnResult();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/police/?lang=kk", "/police/?show=acknowledged&lang=ru",
			"/police/escalations/" + HIGH_ID + "/row", "/police/no-such-page", "/police/forbidden" })
	void sendsNoStoreOnEveryPage(String path) {
		this.signIn.as("police", this.accessToken);

		EntityExchangeResult<byte[]> answer = this.client.get()
			.uri(path)
			.cookie(SESSION, this.signIn.session)
			.exchange()
			.expectBody()
			.returnResult();
		assertThat(answer.getStatus().is5xxServerError()).isFalse();
		assertThat(answer.getResponseHeaders().getCacheControl()).isEqualTo("no-store");
		assertThat(answer.getResponseHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
	}

	private WebTestClient.ResponseSpec acknowledge(String csrf) {
		return this.client.post()
			.uri("/police/escalations/" + CRITICAL_ID + "/acknowledge?lang=en")
			.cookie(SESSION, this.signIn.session)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("_csrf", csrf))
			.exchange();
	}

	private static List<String> rowIds(HtmlPage page) {
		return page.all((element) -> element.hasAttribute("data-escalation-id"))
			.stream()
			.map((row) -> row.attr("data-escalation-id"))
			.toList();
	}

	private static HtmlPage.Tag row(HtmlPage page, String id) {
		return page.all((element) -> id.equals(element.getAttributeValue("data-escalation-id"))).get(0);
	}

	/** The escalation with every coded answer of its tip, as the service now lists it. */
	private static String withAnswers(String escalation) {
		return escalation.substring(0, escalation.lastIndexOf('}')) + """
				,"industry":"HOSPITALITY","controlMethods":["WITHHOLDS_DOCUMENTS","DEBT_BONDAGE"],
				 "recruitment":"JOB_AD_ONLINE","venueType":"SAUNA","victimCount":4,"victimNationality":"FOREIGN",
				 "language":"ru","reporterRole":"RELATIVE","operatorEntered":true}""";
	}

	/**
	 * An escalation as the referral-service lists it, with a description it should never
	 * send, to show the console drops it.
	 */
	private static String escalation(String id, String priority, String status, int minutesAgo) {
		Instant raised = Instant.now().minus(minutesAgo, ChronoUnit.MINUTES);
		return """
				{"id":"%s","reportId":"55555555-5555-4555-8555-555555555555","city":"almaty","priority":"%s",
				 "exploitationTypes":["SEXUAL_EXPLOITATION","FORCED_LABOUR"],"minorsInvolved":true,
				 "immediateDanger":false,"summary":"Forced labour · minors",
				 "reasons":["MINORS_INVOLVED","CONSENT_TO_POLICE"],"status":"%s","raisedAt":"%s",
				 "acknowledgedAt":%s,"description":"%s"}""".formatted(id, priority, status, raised,
				"ACKNOWLEDGED".equals(status) ? "\"" + raised.plusSeconds(60) + "\"" : "null", TIPSTERS_WORDS);
	}

}
