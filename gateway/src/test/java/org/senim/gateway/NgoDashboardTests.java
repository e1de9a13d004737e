package org.senim.gateway;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import org.senim.gateway.PageBackendStub.Answer;
import org.senim.gateway.console.Console;
import org.senim.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NGO dashboard behind its own session-based security chain: sign-in through the
 * issuer (stubbed: its token endpoint and keys), the worker's token kept on the server,
 * CSRF on every form, calm pages for every refusal; and the API chain and public pages as
 * they were.
 */
class NgoDashboardTests extends ConsoleTests {

	static final String SESSION = "SENIM_NGO_SESSION";

	static final UUID ALMATY_ORG = UUID.fromString("0a000000-0000-4000-8000-000000000004");

	static final String CRITICAL_ID = "11111111-1111-4111-8111-111111111111";

	static final String NORMAL_ID = "22222222-2222-4222-8222-222222222222";

	static final String OTHER_ORGS_ID = "33333333-3333-4333-8333-333333333333";

	static final String SHELTER_ID = "66666666-6666-4666-8666-666666666666";

	static final String CAPACITY_PATH = "/api/directory/ngo/services/" + SHELTER_ID + "/capacity";

	final String accessToken = TestTokens.ngoWorker(ALMATY_ORG, "almaty");

	/** The session cookie's latest value, as a browser would send it. */
	String session;

	@BeforeEach
	void resetBackend() {
		backend.reset();
		backend.answer("GET", "/api/referrals", Answer.json(200, "[" + referral(NORMAL_ID, "NORMAL", "OFFERED") + ","
				+ referral(CRITICAL_ID, "CRITICAL", "OFFERED") + "]"));
		backend.answer("GET", "/api/referrals/" + CRITICAL_ID,
				Answer.json(200, referral(CRITICAL_ID, "CRITICAL", "OFFERED")));
		backend.answer("GET", "/api/referrals/" + CRITICAL_ID + "/messages", Answer.json(200, """
				[{"id":"44444444-4444-4444-8444-444444444444","from":"TIPSTER","text":"Please help them",
				  "sentAt":"2026-12-01T10:05:00Z"}]"""));
		backend.answer("GET", "/api/referrals/" + OTHER_ORGS_ID,
				Answer.problem(404, "{\"status\":404,\"type\":\"https://senim.org/problems/not-found\"}"));
		backend.answer("POST", "/api/referrals/" + CRITICAL_ID + "/accept",
				Answer.json(200, referral(CRITICAL_ID, "CRITICAL", "ACCEPTED")));
		backend.answer("GET", "/api/directory/ngo/services", Answer.json(200, "[" + shelter(3) + "]"));
		backend.answer("PUT", CAPACITY_PATH, Answer.json(200, shelter(5)));
	}

	@Test
	void sendsAWorkerWithoutSessionToTheIssuersSignIn() {
		EntityExchangeResult<byte[]> start = this.client.get()
			.uri("/ngo/")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		assertThat(start.getResponseHeaders().getLocation()).hasToString("/ngo/sign-in/senim");
		String session = sessionOf(start, null);

		EntityExchangeResult<byte[]> authorize = this.client.get()
			.uri("/ngo/sign-in/senim")
			.cookie(SESSION, session)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		MultiValueMap<String, String> query = queryOf(authorize.getResponseHeaders().getLocation());
		assertThat(authorize.getResponseHeaders().getLocation()).hasHost("issuer.test").hasPath("/oauth2/authorize");
		assertThat(query.getFirst("client_id")).isEqualTo("senim-gateway");
		assertThat(query.getFirst("response_type")).isEqualTo("code");
		assertThat(query.getFirst("redirect_uri")).isEqualTo("http://localhost:8080/ngo/callback");
		assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
		assertThat(query.getFirst("scope")).contains("openid");
		assertThat(backend.received).noneMatch((request) -> request.path().startsWith("/api/referrals"));
	}

	@Test
	void setsAStrictHttpOnlySessionCookieForTheDashboardOnly() {
		ResponseCookie cookie = this.client.get()
			.uri("/ngo/")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult()
			.getResponseCookies()
			.getFirst(SESSION);
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getSameSite()).isEqualTo("Strict");
		assertThat(cookie.getPath()).isEqualTo("/ngo");
		// The test profile is production-shaped: Secure even behind a proxy that ends
		// TLS.
		assertThat(cookie.isSecure()).isTrue();
		assertThat(cookie.getMaxAge().isNegative()).isTrue();
	}

	@Test
	void listsTheOrganizationsReferralsCriticalFirstWithTheTokenKeptOnTheServer() {
		String session = signIn();

		EntityExchangeResult<String> list = page("/ngo/?lang=en", session);
		HtmlPage page = HtmlPage.parse(list.getResponseBody());
		List<String> order = page.all((element) -> element.hasAttribute("data-referral-id"))
			.stream()
			.map((row) -> row.attr("data-referral-id"))
			.toList();
		assertThat(order).containsExactly(CRITICAL_ID, NORMAL_ID);
		assertThat(page.text()).contains("Critical", "min left to answer", "Forced to work");
		assertThat(list.getResponseBody()).doesNotContain(this.accessToken);
		assertThat(list.getResponseHeaders().getCacheControl()).contains("no-store");
		assertThat(list.getResponseHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'")
			.doesNotContain("unsafe-inline");
		PageBackendStub.Received call = backend.only("GET", "/api/referrals");
		// The service's page of the dashboard's size, the offers waiting for an answer.
		assertThat(call.queryParam("size")).isEqualTo("20");
		assertThat(call.queryParam("status")).isEqualTo("OFFERED");
		assertThat(call.queryParam("cursor")).isNull();
		assertThat(call.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + this.accessToken);
		assertThat(call.hasHeader(HttpHeaders.COOKIE)).isFalse();
		assertThat(page.hasId("next-page")).as("no next page without a Link").isFalse();
	}

	@Test
	void pagesTheListWithTheServicesCursor() {
		String session = signIn();
		backend.answer("GET", "/api/referrals",
				new Answer(200, "application/json", "[" + referral(NORMAL_ID, "NORMAL", "ACCEPTED") + "]",
						java.util.Map.of(HttpHeaders.LINK,
								"</api/referrals?status=ACCEPTED&size=20&cursor=MjAyNi0xMi0wMVQxMDow_1>; rel=\"next\""),
						false));

		HtmlPage first = HtmlPage.parse(page("/ngo/?show=accepted&lang=en", session).getResponseBody());
		assertThat(first.byId("next-page").attr("href")).contains("show=accepted", "cursor=MjAyNi0xMi0wMVQxMDow_1");
		assertThat(first.hasId("first-page")).isFalse();
		assertThat(backend.only("GET", "/api/referrals").queryParam("status")).isEqualTo("ACCEPTED");

		backend.received.clear();
		backend.answer("GET", "/api/referrals",
				Answer.json(200, "[" + referral(CRITICAL_ID, "CRITICAL", "OFFERED") + "]"));
		HtmlPage second = HtmlPage
			.parse(page("/ngo/?show=all&cursor=MjAyNi0xMi0wMVQxMDow_1&lang=en", this.session).getResponseBody());
		PageBackendStub.Received call = backend.only("GET", "/api/referrals");
		assertThat(call.queryParam("cursor")).isEqualTo("MjAyNi0xMi0wMVQxMDow_1");
		assertThat(call.queryParam("status")).as("every status").isNull();
		assertThat(second.hasId("first-page")).isTrue();
		assertThat(second.hasId("next-page")).as("the last page").isFalse();

		// An address edited by hand: not a cursor, so the first page.
		backend.received.clear();
		page("/ngo/?cursor=%3Cscript%3E&lang=en", this.session);
		assertThat(backend.only("GET", "/api/referrals").queryParam("cursor")).isNull();
	}

	@Test
	void showsTheWholeCaseInPlainWordsWithTheConversation() {
		String session = signIn();

		HtmlPage page = HtmlPage.parse(page("/ngo/referrals/" + CRITICAL_ID + "?lang=en", session).getResponseBody());
		assertThat(page.byId("answer-venueType").text()).isEqualTo("Farm or field");
		assertThat(page.byId("answer-reporterRole").text()).isEqualTo("I saw or heard about it");
		assertThat(page.byId("answer-controlMethods").text()).contains("They took passports or ID cards");
		assertThat(page.byId("answer-triageReasons").text()).contains("Children involved");
		assertThat(page.byId("thread").text()).contains("Please help them");
		assertThat(page.hasId("accept")).isTrue();
	}

	@Test
	void showsInWordsWhichCityATipReRoutedToTheOrganizationIsAbout() {
		String session = signIn();
		backend.answer("GET", "/api/referrals",
				Answer.json(200, "[" + referral(NORMAL_ID, "NORMAL", "OFFERED", "almaty") + ","
						+ referral(CRITICAL_ID, "CRITICAL", "OFFERED", "karaganda") + "]"));
		backend.answer("GET", "/api/referrals/" + CRITICAL_ID,
				Answer.json(200, referral(CRITICAL_ID, "CRITICAL", "OFFERED", "karaganda")));

		HtmlPage list = HtmlPage.parse(page("/ngo/?lang=en", session).getResponseBody());
		assertThat(rowOf(list, CRITICAL_ID)).contains("Where: Karaganda (re-routed to you)");
		assertThat(rowOf(list, NORMAL_ID)).contains("Where: Almaty").doesNotContain("re-routed");
		String row = page("/ngo/referrals/" + CRITICAL_ID + "/row?lang=ru", this.session).getResponseBody();
		assertThat(HtmlPage.parse(row).text()).contains("Где: Караганда (перенаправлено вам)");
		HtmlPage english = HtmlPage
			.parse(page("/ngo/referrals/" + CRITICAL_ID + "?lang=en", this.session).getResponseBody());
		assertThat(english.byId("answer-city").text()).isEqualTo("Karaganda (re-routed to you)");
		HtmlPage kazakh = HtmlPage
			.parse(page("/ngo/referrals/" + CRITICAL_ID + "?lang=kk", this.session).getResponseBody());
		assertThat(kazakh.byId("answer-city").text()).isEqualTo("Қарағанды (сізге қайта бағытталды)");
	}

	@Test
	void showsNoDeadlineOnAnOfferOfTheLastTier() {
		String session = signIn();
		String national = referral(CRITICAL_ID, "CRITICAL", "OFFERED", "shymkent").replace("\"city\":\"almaty\"",
				"\"city\":\"national\"");
		backend.answer("GET", "/api/referrals", Answer.json(200, "[" + national + "]"));
		backend.answer("GET", "/api/referrals/" + CRITICAL_ID, Answer.json(200, national));

		String row = rowOf(HtmlPage.parse(page("/ngo/?lang=en", session).getResponseBody()), CRITICAL_ID);
		assertThat(row).contains("No deadline: there is no organisation after yours").doesNotContain("min left");
		HtmlPage view = HtmlPage
			.parse(page("/ngo/referrals/" + CRITICAL_ID + "?lang=en", this.session).getResponseBody());
		assertThat(view.text()).contains("No deadline: there is no organisation after yours")
			.doesNotContain("min left");
	}

	@Test
	void showsTheCityOfAnOlderReferralWithoutTheTipsCityAsBefore() {
		String session = signIn();

		HtmlPage list = HtmlPage.parse(page("/ngo/?lang=en", session).getResponseBody());
		assertThat(rowOf(list, CRITICAL_ID)).contains("almaty").doesNotContain("Where:", "re-routed");
		HtmlPage page = HtmlPage
			.parse(page("/ngo/referrals/" + CRITICAL_ID + "?lang=en", this.session).getResponseBody());
		assertThat(page.byId("answer-city").text()).isEqualTo("almaty");
	}

	private static String rowOf(HtmlPage page, String id) {
		return page.all((element) -> id.equals(element.getAttributeValue("data-referral-id"))).get(0).text();
	}

	@Test
	void refusesAFormWithoutTheSessionsCsrfToken() {
		String session = signIn();

		this.client.post()
			.uri("/ngo/referrals/" + CRITICAL_ID + "/accept")
			.cookie(SESSION, session)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("other", "field"))
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/ngo/refused");
		this.client.post()
			.uri("/ngo/referrals/" + CRITICAL_ID + "/accept")
			.cookie(SESSION, session)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("_csrf", "made-up"))
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/ngo/refused");
		assertThat(backend.received("POST", "/api/referrals/" + CRITICAL_ID + "/accept")).isEmpty();
	}

	@Test
	void acceptsWithTheFormsTokenAndRedirectsToTheCase() {
		String session = signIn();
		HtmlPage page = HtmlPage.parse(page("/ngo/referrals/" + CRITICAL_ID + "?lang=en", session).getResponseBody());
		String csrf = page.all((element) -> "_csrf".equals(element.getAttributeValue("name"))).get(0).attr("value");

		this.client.post()
			.uri("/ngo/referrals/" + CRITICAL_ID + "/accept?lang=en")
			.cookie(SESSION, this.session)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("_csrf", csrf))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/ngo/referrals/" + CRITICAL_ID + "?lang=en&notice=accepted");
		PageBackendStub.Received accept = backend.only("POST", "/api/referrals/" + CRITICAL_ID + "/accept");
		assertThat(accept.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + this.accessToken);
	}

	@Test
	void givesTheScriptOneRowByItsReferralAlone() {
		String session = signIn();
		String row = page("/ngo/referrals/" + CRITICAL_ID + "/row?fresh=true&lang=en", session).getResponseBody();
		assertThat(row).contains("data-referral-id=\"" + CRITICAL_ID + "\"", "New", "Critical");
		assertThat(backend.received("GET", "/api/referrals")).as("one referral asked, not the whole list").isEmpty();

		this.client.get()
			.uri("/ngo/referrals/" + OTHER_ORGS_ID + "/row")
			.cookie(SESSION, this.session)
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void showsACalmPageForAnotherOrganizationsReferral() {
		String session = signIn();

		EntityExchangeResult<String> answer = this.client.get()
			.uri("/ngo/referrals/" + OTHER_ORGS_ID + "?lang=en")
			.cookie(SESSION, session)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult();
		assertThat(HtmlPage.parse(answer.getResponseBody()).byId("notice-title").text())
			.isEqualTo("This case is not here");
	}

	@Test
	void showsACalmPageWhenTheReferralServiceFails() {
		String session = signIn();
		backend.answer("GET", "/api/referrals", Answer.problem(500, "{\"status\":500}"));

		EntityExchangeResult<String> answer = this.client.get()
			.uri("/ngo/?lang=en")
			.cookie(SESSION, session)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult();
		assertThat(HtmlPage.parse(answer.getResponseBody()).byId("notice").text()).contains("nothing was changed");
	}

	@Test
	void relaysTheWorkersStreamWithHerTokenAndTheLastEventId() {
		String session = signIn();
		backend.answer("GET", "/api/referrals/stream",
				new Answer(200, "text/event-stream",
						":heartbeat\n\nid: mark-7\n\nevent: referral.offered\nid: ev-2\ndata: {\"referralId\":\""
								+ CRITICAL_ID + "\"}\n\n",
						java.util.Map.of(), false));

		String body = this.client.get()
			.uri("/ngo/stream")
			.cookie(SESSION, session)
			.header("Last-Event-ID", "ev-1")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("event:referral.offered", "id:ev-2", CRITICAL_ID).doesNotContain(this.accessToken);
		// The service's resume mark, relayed as it is: the browser's last id before any
		// event.
		assertThat(body).contains("id:mark-7\n\n");
		PageBackendStub.Received stream = backend.only("GET", "/api/referrals/stream");
		assertThat(stream.header("Last-Event-ID")).isEqualTo("ev-1");
		assertThat(stream.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + this.accessToken);
	}

	@Test
	void answersTheScriptWith401WhenTheSessionIsGone() {
		this.client.get()
			.uri("/ngo/stream")
			.cookie(SESSION, "no-such-session")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.returnResult();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/report", "/followup", "/css/senim.css", "/js/ngo.js" })
	void keepsPublicPagesCookieFreeEvenForASignedInWorker(String path) {
		String session = signIn();

		this.client.get()
			.uri(path)
			.cookie(SESSION, session)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE)
			.expectBody()
			.returnResult();
	}

	@Test
	void keepsTheApiStatelessAndBearerOnly() {
		String session = signIn();

		this.client.get()
			.uri("/api/referrals")
			.cookie(SESSION, session)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
		this.client.get()
			.uri("/api/referrals")
			.headers((headers) -> headers.setBearerAuth(this.accessToken))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE)
			.expectBody()
			.returnResult();
	}

	@Test
	void signsOutAtTheIssuerToo() {
		String session = signIn();
		HtmlPage page = HtmlPage.parse(page("/ngo/?lang=en", session).getResponseBody());
		String csrf = page.all((element) -> "_csrf".equals(element.getAttributeValue("name"))).get(0).attr("value");

		URI issuer = this.client.post()
			.uri("/ngo/sign-out")
			.cookie(SESSION, this.session)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("_csrf", csrf))
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult()
			.getResponseHeaders()
			.getLocation();
		assertThat(issuer).hasHost("issuer.test").hasPath("/connect/logout");
		this.client.get()
			.uri("/ngo/")
			.cookie(SESSION, this.session)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/ngo/sign-in/senim");
	}

	@Test
	void listsTheOrganizationsServicesWithTheirPlaces() {
		String session = signIn();

		EntityExchangeResult<String> answer = page("/ngo/services?lang=en", session);
		HtmlPage page = HtmlPage.parse(answer.getResponseBody());
		assertThat(page.byId("service-" + SHELTER_ID).text()).contains("Almaty shelter", "almaty", "Shelter",
				"Legal help", "3 free of 10");
		assertThat(page.byId("available-" + SHELTER_ID).attr("value")).isEqualTo("3");
		assertThat(page.byId("nav-services").attr("href")).startsWith("/ngo/services");
		assertThat(answer.getResponseBody()).doesNotContain(this.accessToken);
		assertThat(backend.only("GET", "/api/directory/ngo/services").header(HttpHeaders.AUTHORIZATION))
			.isEqualTo("Bearer " + this.accessToken);
	}

	@Test
	void setsTheServicesPlacesWithTheWorkersTokenAndRedirectsWithANotice() {
		String csrf = csrfOf(signInAndOpen("/ngo/services?lang=en"));

		this.client.post()
			.uri("/ngo/services/" + SHELTER_ID + "/capacity?lang=en")
			.cookie(SESSION, this.session)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("_csrf", csrf).with("available", "5").with("maximum", "10"))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/ngo/services?lang=en&notice=saved");
		PageBackendStub.Received put = backend.only("PUT", CAPACITY_PATH);
		assertThat(put.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + this.accessToken);
		assertThat(put.header(HttpHeaders.CONTENT_TYPE)).startsWith(MediaType.APPLICATION_JSON_VALUE);
		assertThat(put.body()).isEqualTo("{\"available\":5,\"maximum\":10}");
		assertThat(put.hasHeader(HttpHeaders.COOKIE)).isFalse();
		assertThat(HtmlPage.parse(page("/ngo/services?lang=en&notice=saved", this.session).getResponseBody())
			.byId("notice")
			.text()).isEqualTo("The places are saved.");
	}

	@Test
	void showsTheDirectorysRefusalNextToTheFieldInThePagesLanguage() {
		String csrf = csrfOf(signInAndOpen("/ngo/services?lang=ru"));
		backend.answer("PUT", CAPACITY_PATH, Answer.problem(400, """
				{"status":400,"type":"https://senim.org/problems/invalid-request",
				 "errors":[{"field":"available","message":"must not exceed maximum"}]}"""));

		EntityExchangeResult<String> answer = this.client.post()
			.uri("/ngo/services/" + SHELTER_ID + "/capacity?lang=ru")
			.cookie(SESSION, this.session)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("_csrf", csrf).with("available", "12").with("maximum", "10"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult();
		HtmlPage page = HtmlPage.parse(answer.getResponseBody());
		assertThat(page.byId("available-" + SHELTER_ID + "-error").text())
			.isEqualTo("Свободные места: целое число от 0 до общего числа мест.");
		assertThat(page.byId("available-" + SHELTER_ID).attr("value")).isEqualTo("12");
		assertThat(page.hasId("maximum-" + SHELTER_ID + "-error")).isFalse();
		assertThat(answer.getResponseBody()).doesNotContain("must not exceed maximum");
	}

	@Test
	void changesNoPlacesWithoutTheSessionsCsrfToken() {
		HtmlPage page = signInAndOpen("/ngo/services?lang=en");
		assertThat(page.hasId("capacity-" + SHELTER_ID)).isTrue();

		this.client.post()
			.uri("/ngo/services/" + SHELTER_ID + "/capacity")
			.cookie(SESSION, this.session)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("available", "5").with("maximum", "10"))
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/ngo/refused");
		assertThat(backend.received("PUT", CAPACITY_PATH)).isEmpty();
	}

	@Test
	void showsACalmNoticeWhenTheDirectoryFails() {
		String csrf = csrfOf(signInAndOpen("/ngo/services?lang=en"));
		backend.answer("PUT", CAPACITY_PATH, Answer.problem(409, "{\"status\":409}"));

		this.client.post()
			.uri("/ngo/services/" + SHELTER_ID + "/capacity?lang=en")
			.cookie(SESSION, this.session)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("_csrf", csrf).with("available", "1").with("maximum", "10"))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/ngo/services?lang=en&notice=retired");
		backend.answer("GET", "/api/directory/ngo/services", Answer.problem(500, "{\"status\":500}"));
		EntityExchangeResult<String> down = this.client.get()
			.uri("/ngo/services?lang=en")
			.cookie(SESSION, this.session)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody(String.class)
			.returnResult();
		assertThat(HtmlPage.parse(down.getResponseBody()).byId("notice").text())
			.contains("The directory cannot be reached just now");
	}

	private HtmlPage signInAndOpen(String uri) {
		String session = signIn();
		return HtmlPage.parse(page(uri, session).getResponseBody());
	}

	private static String csrfOf(HtmlPage page) {
		return page.all((element) -> "_csrf".equals(element.getAttributeValue("name"))).get(0).attr("value");
	}

	private static String shelter(int available) {
		return """
				{"id":"%s","name":"Almaty shelter","city":"almaty","serviceTypes":["SHELTER","LEGAL_AID"],
				 "takesReferrals":true,"capacityAvailable":%d,"capacityMaximum":10,
				 "capacityUpdated":"2026-12-01T08:00:00Z"}""".formatted(SHELTER_ID, available);
	}

	/** The whole sign-in: the dashboard, the issuer's redirect, the callback. */
	private String signIn() {
		String signedIn = new ConsoleSignIn(this.client, backend, Console.NGO).signIn("ngo-almaty", "almaty",
				this.accessToken);
		backend.received.clear();
		return signedIn;
	}

	/**
	 * A page, with the session cookie kept as a browser keeps it: the first CSRF token of
	 * a session changes its id (fixation protection).
	 */
	private EntityExchangeResult<String> page(String uri, String session) {
		EntityExchangeResult<String> page = this.client.get()
			.uri(uri)
			.cookie(SESSION, session)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
		this.session = sessionOf(page, session);
		return page;
	}

	private static String sessionOf(EntityExchangeResult<?> result, String previous) {
		ResponseCookie cookie = result.getResponseCookies().getFirst(SESSION);
		return (cookie != null) ? cookie.getValue() : Objects.requireNonNull(previous, "no session cookie");
	}

	private static MultiValueMap<String, String> queryOf(URI location) {
		return ConsoleSignIn.queryOf(location);
	}

	private static String referral(String id, String priority, String status) {
		return referral(id, priority, status, null);
	}

	/**
	 * @param tipCity the city the tip is about; {@code null} as in older referrals
	 */
	private static String referral(String id, String priority, String status, String tipCity) {
		Instant now = Instant.now();
		String where = (tipCity != null) ? "\"tipCity\":\"" + tipCity + "\"," : "";
		return """
				{"id":"%s","reportId":"55555555-5555-4555-8555-555555555555","city":"almaty",%s
				 "organizationId":"%s","priority":"%s","triageReasons":%s,
				 "exploitationTypes":["FORCED_LABOUR"],"industry":"AGRICULTURE_OTHER",
				 "controlMethods":["WITHHOLDS_DOCUMENTS"],"recruitment":"ACQUAINTANCE","venueType":"FARM",
				 "victimCount":3,"minorsInvolved":true,"immediateDanger":false,"victimNationality":"FOREIGN",
				 "language":"ru","reporterRole":"WITNESS","operatorEntered":false,
				 "summary":"Forced labour · minors · Farm","description":"They work in the fields at night",
				 "status":"%s","offeredAt":"%s","respondBy":"%s"}""".formatted(id, where, ALMATY_ORG, priority,
				"CRITICAL".equals(priority) ? "[\"MINORS_INVOLVED\"]" : "[]", status, now.minus(5, ChronoUnit.MINUTES),
				now.plus(25, ChronoUnit.MINUTES));
	}

}
