package org.senim.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriComponentsBuilder;

import org.senim.gateway.PageBackendStub.Answer;
import org.senim.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory admin page behind its own session-based chain: sign-in through the
 * (stubbed) issuer, the lists read from the directory's HSDS pages, every change relayed
 * to the admin API with the administrator's token, the directory's refusals shown next to
 * the fields, the HSDS import, and the unaccepted-tip alerts of the referral-service.
 */
class AdminPageTests extends ConsoleTests {

	static final String SESSION = "SENIM_ADMIN_SESSION";

	static final String ORG_ID = "0a000000-0000-4000-8000-000000000004";

	static final String SERVICE_ID = "0b000000-0000-4000-8000-000000000004";

	static final String PHONE_ID = "0c000000-0000-4000-8000-000000000001";

	static final String ADMIN_API = "/api/directory/admin";

	String accessToken = TestTokens.withRoles("admin", "DIRECTORY_ADMIN");

	/** The session cookie's latest value, as a browser would send it. */
	String session;

	@BeforeEach
	void resetBackend() {
		backend.reset();
		backend.answer("GET", "/api/directory/hsds/organizations", Answer.json(200, page(organization())));
		backend.answer("GET", "/api/directory/hsds/organizations/" + ORG_ID, Answer.json(200, organization()));
		backend.answer("GET", "/api/directory/hsds/services", Answer.json(200, page(service(false))));
		backend.answer("GET", "/api/directory/hsds/services/" + SERVICE_ID, Answer.json(200, service(true)));
		backend.answer("GET", "/api/referrals/alerts", Answer.json(200, "[]"));
	}

	@Test
	void setsAStrictSessionCookieForTheAdminPageOnly() {
		ResponseCookie cookie = this.client.get()
			.uri("/admin/")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/admin/sign-in/senim")
			.expectBody()
			.returnResult()
			.getResponseCookies()
			.getFirst(SESSION);
		assertThat(cookie).isNotNull();
		assertThat(cookie.getPath()).isEqualTo("/admin");
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getSameSite()).isEqualTo("Strict");
	}

	@Test
	void showsTheForbiddenNoticeToAnNgoWorker() {
		this.accessToken = TestTokens.ngoWorker(java.util.UUID.fromString(ORG_ID), "almaty");
		String session = signIn();

		this.client.get()
			.uri("/admin/")
			.cookie(SESSION, session)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/admin/forbidden");
		assertThat(backend.received).noneMatch((request) -> request.path().startsWith("/api/directory"));
	}

	@Test
	void listsTheOrganizationsAndTheUnacceptedTipsWithTheAdminsTokenKeptOnTheServer() {
		backend.answer("GET", "/api/referrals/alerts", Answer.json(200, """
				[{"reportId":"55555555-5555-4555-8555-555555555555","priority":"CRITICAL","city":"almaty",
				  "triageReasons":["MINORS_INVOLVED"],"lastTierSince":"2026-12-01T04:00:00Z",
				  "raisedAt":"2026-12-01T05:00:00Z",
				  "offers":[{"organizationId":"%s","status":"DECLINED"}]}]""".formatted(ORG_ID)));
		String session = signIn();

		EntityExchangeResult<String> answer = page("/admin/?lang=en", session);
		HtmlPage page = HtmlPage.parse(answer.getResponseBody());
		assertThat(page.byId("organization-" + ORG_ID).text()).contains("Sample NGO Almaty", "Sample data",
				"Last checked on 2026-06-01");
		HtmlPage.Tag alerts = page.byId("alerts");
		assertThat(alerts.attr("role")).isEqualTo("alert");
		assertThat(alerts.text()).contains("Tips nobody has accepted: 1", "Critical", "almaty", "Children involved",
				"01.12.2026 09:00", "Sample NGO Almaty", "Declined");
		assertThat(page.hasId("alerts-unavailable")).isFalse();
		assertThat(page.text()).contains("20 per page (at most 50); 1 in all.");
		assertThat(answer.getResponseBody()).doesNotContain(this.accessToken);
		assertThat(answer.getResponseHeaders().getCacheControl()).contains("no-store");
		assertThat(backend.only("GET", "/api/referrals/alerts").header(HttpHeaders.AUTHORIZATION))
			.isEqualTo("Bearer " + this.accessToken);
		PageBackendStub.Received list = backend.received("GET", "/api/directory/hsds/organizations").get(0);
		assertThat(list.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + this.accessToken);
		assertThat(list.queryParam("per_page")).isEqualTo("20");
		assertThat(list.hasHeader(HttpHeaders.COOKIE)).isFalse();
	}

	@Test
	void saysCalmlyThatTheAlertsCannotBeCheckedWhileTheRestOfThePageWorks() {
		backend.answer("GET", "/api/referrals/alerts", Answer.problem(503, "{\"status\":503}"));
		String session = signIn();

		HtmlPage page = HtmlPage.parse(page("/admin/?lang=en", session).getResponseBody());
		assertThat(page.byId("alerts-unavailable").text()).contains("cannot be checked just now");
		assertThat(page.hasId("alerts")).isFalse();
		assertThat(page.hasId("organization-" + ORG_ID)).isTrue();
	}

	@Test
	void listsTheServicesWithPhonesEligibilityPlacesAndVerification() {
		String session = signIn();

		HtmlPage page = HtmlPage.parse(page("/admin/services?lang=en", session).getResponseBody());
		assertThat(page.byId("service-" + SERVICE_ID).text()).contains("Sample help line Almaty", "Almaty", "Hotline",
				"women only", "adults only", "foreign nationals too", "3 free of 10", "8 000 000 00 00",
				"Mon-Fri 09:00-18:00", "2026-06-01", "Sample data");
	}

	@Test
	void createsAnOrganizationAndRedirectsToItWithANotice() {
		String csrf = csrfOf(signInAndOpen("/admin/organizations/new?lang=en"));
		backend.answer("POST", ADMIN_API + "/organizations", Answer.json(201, organization()));

		post("/admin/organizations?lang=en",
				form(csrf).with("name", " New NGO ").with("source", "Its charter").with("sample", "on"))
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/admin/organizations/" + ORG_ID + "?lang=en&notice=created");
		PageBackendStub.Received create = backend.only("POST", ADMIN_API + "/organizations");
		assertThat(create.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + this.accessToken);
		assertThat(create.body()).contains("\"name\":\"New NGO\"", "\"source\":\"Its charter\"", "\"sample\":true");
	}

	@Test
	void showsTheDirectorysRefusalNextToEachFieldAndKeepsWhatWasEntered() {
		String csrf = csrfOf(signInAndOpen("/admin/services/" + SERVICE_ID + "?lang=ru"));
		backend.answer("PUT", ADMIN_API + "/services/" + SERVICE_ID, Answer.problem(400, """
				{"status":400,"errors":[{"field":"name","message":"must not be blank"},
				 {"field":"serviceTypes","message":"must list at least one service type"},
				 {"field":"languages[0]","message":"must be an ISO 639-1 code in lower case"}]}"""));

		EntityExchangeResult<String> answer = post("/admin/services/" + SERVICE_ID + "?lang=ru",
				form(csrf).with("organizationId", ORG_ID)
					.with("name", "")
					.with("hours", "Пн-Пт 9-18")
					.with("languages", "kazakh")
					.with("city", "almaty")
					.with("source", "test"))
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult();
		HtmlPage page = HtmlPage.parse(answer.getResponseBody());
		assertThat(page.byId("details-name-error").text()).isEqualTo("Название: обязательно, не больше 300 символов.");
		assertThat(page.byId("details-name").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.byId("details-serviceTypes-error").text()).contains("Виды помощи");
		assertThat(page.byId("details-languages").attr("value")).isEqualTo("kazakh");
		assertThat(page.byId("details-hours").attr("value")).isEqualTo("Пн-Пт 9-18");
		assertThat(page.hasId("details-hours-error")).isFalse();
		assertThat(page.byId("error-summary").links()).containsExactly("#details-name", "#details-serviceTypes",
				"#details-languages");
		assertThat(answer.getResponseBody()).doesNotContain("must not be blank");
		assertThat(backend.only("PUT", ADMIN_API + "/services/" + SERVICE_ID).body())
			.contains("\"languages\":[\"kazakh\"]", "\"serviceTypes\":[]");
	}

	@Test
	void retiresAServiceAndSaysSoWhenItIsAlreadyRetired() {
		String csrf = csrfOf(signInAndOpen("/admin/services/" + SERVICE_ID + "?lang=en"));
		backend.answer("POST", ADMIN_API + "/services/" + SERVICE_ID + "/retire", Answer.json(200, service(true)));

		post("/admin/services/" + SERVICE_ID + "/retire?lang=en", form(csrf)).expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/admin/services/" + SERVICE_ID + "?lang=en&notice=retiredNow");
		assertThat(backend.only("POST", ADMIN_API + "/services/" + SERVICE_ID + "/retire")
			.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + this.accessToken);

		backend.answer("POST", ADMIN_API + "/services/" + SERVICE_ID + "/retire",
				Answer.problem(409, "{\"status\":409}"));
		post("/admin/services/" + SERVICE_ID + "/retire?lang=en", form(csrf)).expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/admin/services/" + SERVICE_ID + "?lang=en&notice=retired");
	}

	@Test
	void setsThePlacesAndRefusesWhatIsNoNumberBeforeAskingTheDirectory() {
		String csrf = csrfOf(signInAndOpen("/admin/services/" + SERVICE_ID + "?lang=en"));
		String capacity = ADMIN_API + "/services/" + SERVICE_ID + "/capacity";
		backend.answer("PUT", capacity, Answer.json(200, service(true)));

		post("/admin/services/" + SERVICE_ID + "/capacity?lang=en",
				form(csrf).with("available", "4").with("maximum", "10"))
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/admin/services/" + SERVICE_ID + "?lang=en&notice=capacitySaved");
		assertThat(backend.only("PUT", capacity).body()).isEqualTo("{\"available\":4,\"maximum\":10}");

		HtmlPage page = HtmlPage.parse(post("/admin/services/" + SERVICE_ID + "/capacity?lang=en",
				form(csrf).with("available", "four").with("maximum", "10"))
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
		assertThat(page.byId("capacity-available-error").text()).startsWith("Free places: a whole number");
		assertThat(page.byId("capacity-available").attr("value")).isEqualTo("four");
		assertThat(backend.received("PUT", capacity)).hasSize(1);
	}

	@Test
	void addsAndRemovesPhonesShowingARefusedNumberNextToItsField() {
		String csrf = csrfOf(signInAndOpen("/admin/services/" + SERVICE_ID + "?lang=en"));
		String phones = ADMIN_API + "/services/" + SERVICE_ID + "/phones";
		backend.answer("POST", phones, Answer.json(201, "{}"));
		backend.answer("DELETE", phones + "/" + PHONE_ID,
				new Answer(204, "application/json", "", java.util.Map.of(), false));

		post("/admin/services/" + SERVICE_ID + "/phones?lang=en", form(csrf).with("number", "11616")).expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/admin/services/" + SERVICE_ID + "?lang=en&notice=phoneAdded");
		assertThat(backend.only("POST", phones).body()).isEqualTo("{\"number\":\"11616\",\"free\":null}");
		post("/admin/services/" + SERVICE_ID + "/phones/" + PHONE_ID + "/remove?lang=en", form(csrf)).expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/admin/services/" + SERVICE_ID + "?lang=en&notice=phoneRemoved");
		assertThat(backend.received("DELETE", phones + "/" + PHONE_ID)).hasSize(1);

		backend.answer("POST", phones, Answer.problem(400,
				"{\"status\":400,\"errors\":[{\"field\":\"number\",\"message\":\"must be a valid phone number\"}]}"));
		HtmlPage page = HtmlPage
			.parse(post("/admin/services/" + SERVICE_ID + "/phones?lang=en", form(csrf).with("number", "123"))
				.expectStatus()
				.isBadRequest()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody());
		assertThat(page.byId("phone-number-error").text()).startsWith("Phone number: a number of Kazakhstan");
		assertThat(page.byId("phone-number").attr("value")).isEqualTo("123");
	}

	@Test
	void importsAnHsdsFileAsUploadedAndSaysHowManyServices() {
		String csrf = csrfOf(signInAndOpen("/admin/import?lang=en"));
		backend.answer("POST", ADMIN_API + "/hsds/import",
				Answer.json(200, "{\"imported\":2,\"services\":[\"" + SERVICE_ID + "\",\"" + ORG_ID + "\"]}"));
		String file = "[" + service(true) + "]";

		upload(csrf, file).expectStatus().isSeeOther().expectHeader().location("/admin/import?lang=en&imported=2");
		PageBackendStub.Received relayed = backend.only("POST", ADMIN_API + "/hsds/import");
		assertThat(relayed.body()).isEqualTo(file);
		assertThat(relayed.header(HttpHeaders.CONTENT_TYPE)).startsWith(MediaType.APPLICATION_JSON_VALUE);
		assertThat(relayed.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + this.accessToken);
		assertThat(HtmlPage.parse(page("/admin/import?lang=en&imported=2", this.session).getResponseBody())
			.byId("notice")
			.text()).contains("Imported: 2 services");
	}

	@Test
	void showsEveryProblemOfARefusedImportInPlainWords() {
		String csrf = csrfOf(signInAndOpen("/admin/import?lang=en"));
		backend.answer("POST", ADMIN_API + "/hsds/import", Answer.problem(400, """
				{"status":400,"errors":[{"field":"[1].organization.name","message":"must not be blank"},
				 {"field":"[1]","message":"must be an HSDS service object"},
				 {"field":"body","message":"must be a JSON array"}]}"""));

		HtmlPage page = HtmlPage.parse(upload(csrf, "[{},{}]").expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
		assertThat(page.byId("import-problems").tags("li").stream().map(HtmlPage.Tag::text)).containsExactly(
				"Entry 2, field organization.name: must not be blank", "Entry 2: must be an HSDS service object",
				"The file is not an HSDS import: it must be a JSON array of 1 to 500 services.");
		assertThat(page.byId("file-hint").text()).isEqualTo("At most 256 KB and 500 services.");
	}

	@Test
	void refusesAFileLargerThanTheStatedMaximumWithoutAskingTheDirectory() {
		String csrf = csrfOf(signInAndOpen("/admin/import?lang=en"));

		upload(csrf, "[" + " ".repeat(300 * 1024) + "]").expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/admin/import?lang=en&notice=tooLarge");
		assertThat(backend.received("POST", ADMIN_API + "/hsds/import")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/organizations", "/admin/organizations/" + ORG_ID,
			"/admin/organizations/" + ORG_ID + "/retire", "/admin/services", "/admin/services/" + SERVICE_ID,
			"/admin/services/" + SERVICE_ID + "/capacity", "/admin/services/" + SERVICE_ID + "/phones",
			"/admin/services/" + SERVICE_ID + "/phones/" + PHONE_ID + "/remove",
			"/admin/services/" + SERVICE_ID + "/verify", "/admin/services/" + SERVICE_ID + "/retire", "/admin/import" })
	void changesNothingWithoutTheSessionsCsrfToken(String path) {
		String session = signIn();

		post(path, session, form("made-up")).expectStatus().isFound().expectHeader().location("/admin/refused");
		assertThat(backend.received).noneMatch((request) -> request.path().startsWith(ADMIN_API));
	}

	@Test
	void showsCalmPagesForAnUnknownServiceAndAnUnreachableDirectory() {
		String session = signIn();
		backend.answer("GET", "/api/directory/hsds/services/" + SERVICE_ID, Answer.problem(404, "{\"status\":404}"));

		EntityExchangeResult<String> missing = this.client.get()
			.uri("/admin/services/" + SERVICE_ID + "?lang=en")
			.cookie(SESSION, session)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.returnResult();
		assertThat(HtmlPage.parse(missing.getResponseBody()).byId("notice-title").text())
			.isEqualTo("Not in the directory");
		String next = sessionOf(missing, session);

		backend.answer("GET", "/api/directory/hsds/organizations", Answer.problem(500, "{\"status\":500}"));
		EntityExchangeResult<String> down = this.client.get()
			.uri("/admin/?lang=en")
			.cookie(SESSION, next)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult();
		assertThat(HtmlPage.parse(down.getResponseBody()).byId("notice").text()).contains("cannot be reached just now");
	}

	private WebTestClient.ResponseSpec post(String uri, BodyInserters.FormInserter<String> form) {
		return post(uri, this.session, form);
	}

	private WebTestClient.ResponseSpec post(String uri, String session, BodyInserters.FormInserter<String> form) {
		return this.client.post()
			.uri(uri)
			.cookie(SESSION, session)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.exchange();
	}

	private WebTestClient.ResponseSpec upload(String csrf, String json) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("_csrf", csrf);
		parts.part("file", json.getBytes(StandardCharsets.UTF_8))
			.filename("services.json")
			.contentType(MediaType.APPLICATION_JSON);
		return this.client.post()
			.uri("/admin/import?lang=en")
			.cookie(SESSION, this.session)
			.body(BodyInserters.fromMultipartData(parts.build()))
			.exchange();
	}

	private static BodyInserters.FormInserter<String> form(String csrf) {
		return BodyInserters.fromFormData("_csrf", csrf);
	}

	private HtmlPage signInAndOpen(String uri) {
		return HtmlPage.parse(page(uri, signIn()).getResponseBody());
	}

	private static String csrfOf(HtmlPage page) {
		return page.all((element) -> "_csrf".equals(element.getAttributeValue("name"))).get(0).attr("value");
	}

	/** The whole sign-in: the page, the issuer's redirect, the callback. */
	private String signIn() {
		EntityExchangeResult<byte[]> start = this.client.get()
			.uri("/admin/")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		String session = sessionOf(start, null);
		EntityExchangeResult<byte[]> authorize = this.client.get()
			.uri("/admin/sign-in/senim")
			.cookie(SESSION, session)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		session = sessionOf(authorize, session);
		MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(authorize.getResponseHeaders().getLocation())
			.build()
			.getQueryParams();
		assertThat(query.getFirst("redirect_uri")).isEqualTo("http://localhost:8080/admin/callback");
		backend.answer("POST", "/oauth2/token", Answer.json(200, tokenResponse(query.getFirst("nonce"))));
		EntityExchangeResult<byte[]> callback = this.client.get()
			.uri("/admin/callback?code=the-code&state={state}",
					java.net.URLDecoder.decode(query.getFirst("state"), StandardCharsets.UTF_8))
			.cookie(SESSION, session)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		assertThat(callback.getResponseHeaders().getLocation()).isEqualTo(URI.create("/admin/"));
		this.session = sessionOf(callback, session);
		backend.received.clear();
		return this.session;
	}

	/**
	 * A page, with the session cookie kept as a browser keeps it: the first CSRF token of
	 * a session changes its id.
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

	private String tokenResponse(String nonce) {
		Instant now = Instant.now();
		String idToken = TestTokens.sign(new JWTClaimsSet.Builder().issuer(TestTokens.ISSUER)
			.subject("admin")
			.audience("senim-gateway")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(10, ChronoUnit.MINUTES)))
			.claim("nonce", java.net.URLDecoder.decode(nonce, StandardCharsets.UTF_8))
			.build());
		return """
				{"access_token":"%s","token_type":"Bearer","expires_in":900,"scope":"openid profile",
				 "id_token":"%s"}""".formatted(this.accessToken, idToken);
	}

	private static String sessionOf(EntityExchangeResult<?> result, String previous) {
		ResponseCookie cookie = result.getResponseCookies().getFirst(SESSION);
		return (cookie != null) ? cookie.getValue() : Objects.requireNonNull(previous, "no session cookie");
	}

	private static String page(String item) {
		return """
				{"total_items":1,"total_pages":1,"page_number":1,"size":1,"first_page":true,"last_page":true,
				 "empty":false,"contents":[%s]}""".formatted(item);
	}

	private static String organization() {
		return """
				{"id":"%s","name":"Sample NGO Almaty","description":"Sample data","name_ru":"Sample НПО Алматы",
				 "sample":true,"source":"sample data","assured_date":"2026-06-01","status":"active"}"""
			.formatted(ORG_ID);
	}

	/** A sample service; its phone a made-up number that no one can call. */
	private static String service(boolean full) {
		String phones = full ? """
				"phones":[{"id":"%s","service_id":"%s","number":"+70000000000","display":"8 000 000 00 00",
				 "free_of_charge":false}],"organization":%s,""".formatted(PHONE_ID, SERVICE_ID, organization()) : "";
		return """
				{"id":"%s","organization_id":"%s","name":"Sample help line Almaty","description":"Sample data",
				 "status":"active","assured_date":"2026-06-01",%s"city":"almaty","service_types":["HOTLINE"],
				 "takes_referrals":true,"accepts_minors":false,"accepts_foreigners":true,
				 "gender_eligibility":"female","capacity_available":3,"capacity_maximum":10,
				 "languages":[{"code":"kk"},{"code":"ru"}],"hours":"Mon-Fri 09:00-18:00","sample":true,
				 "source":"sample data"}""".formatted(SERVICE_ID, ORG_ID, phones);
	}

}
