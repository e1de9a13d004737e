package org.senim.gateway;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import org.senim.contracts.codes.ExploitationType;
import org.senim.gateway.PageBackendStub.Answer;
import org.senim.gateway.PageBackendStub.Received;
import org.senim.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages as a browser sees them, in front of a stub directory-service and
 * report-service: what each page shows in each language, what reaches the services, and
 * what never does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "senim.gateway.limits.tips-per-minute=1000", "senim.gateway.limits.followup-per-minute=1000" })
@AutoConfigureWebTestClient(timeout = "30s")
class PublicPagesTests {

	static final PageBackendStub backend = new PageBackendStub();

	private static final String BROWSER = "Mozilla/5.0 (Linux; Android 14) TipsterPhone/1.0";

	private static final String IDEMPOTENCY_KEY = "k7Qm2xV9pL4sT8wZ1nB6cY";

	private static final String RECEIPT = "4821 0973 5618 4420";

	private static final String MAILBOX = """
			{"reportId":"3f6c2a9e-8b1d-4c7a-9e2f-5d4b3a2c1e0f","status":"ROUTED",
			 "history":[{"status":"RECEIVED","at":"2026-03-12T13:03:10Z"},{"status":"ROUTED","at":"2026-03-12T13:03:11Z"}],
			 "messages":[{"from":"CASEWORKER","text":"Сәлеметсіз бе! Хабарламаңызды алдық.","at":"2026-03-12T14:40:00Z"}]}""";

	/** A service of the directory, as the hotline finder and the search both show it. */
	private static final String UMIT = """
			{"id":"5d1e7c1a-0b8e-4f43-9b7a-2f6d3c1e9a01","name":"Umit crisis centre","organization":"Umit",
			 "phone":"8 7212 00 00 00","dial":"87212000000","free":true,"hours":"24/7","languages":["kk","ru"],
			 "serviceTypes":["SHELTER","LEGAL_AID"],"source":"sample data","verifiedAt":"2026-01-10","sample":true,
			 "stale":false}""";

	@Autowired
	WebTestClient client;

	@Autowired
	MessageSource messages;

	@DynamicPropertySource
	static void backend(DynamicPropertyRegistry registry) {
		registry.add("senim.gateway.directory-uri", backend::uri);
		registry.add("senim.gateway.report-uri", backend::uri);
		registry.add("senim.gateway.referral-uri", backend::uri);
		registry.add("senim.security.issuer-uri", () -> TestTokens.ISSUER);
		registry.add("senim.security.jwk-set-uri", () -> backend.uri() + "/oauth2/jwks");
	}

	@BeforeEach
	void resetBackend() {
		backend.reset();
	}

	@Nested
	class HelpPage {

		@ParameterizedTest
		@CsvSource({ "kk, ХКҰ сенім телефоны", "ru, Горячая линия МОМ", "en, IOM hotline" })
		void listsNationalHotlinesAsTelLinksBeforeAnyCityIsChosen(String lang, String hotline) {
			HtmlPage page = get("/?lang=" + lang);

			assertThat(page.lang()).isEqualTo(lang);
			assertThat(page.tags("h1").get(0).text()).isEqualTo(message("help.title", lang));
			HtmlPage.Tag national = page.byClass("national").get(0);
			assertThat(national.text()).contains(message("national.title", lang), hotline, "8 800 080 00 15", "116 16");
			assertThat(national.links()).containsExactly("tel:88000800015", "tel:11616");
			assertThat(page.byClass("results")).isEmpty();
			assertThat(page.byClass("notice")).isEmpty();
			assertThat(backend.received("GET", "/api/directory/hotlines")).isEmpty();
		}

		@Test
		void offersTheDirectoryCitiesInThePageLanguage() {
			HtmlPage page = get("/?lang=kk");

			assertThat(page.byId("city-list").tags("option")).extracting((option) -> option.attr("value"))
				.containsExactly("Алматы", "Астана", "Қарағанды");
		}

		@Test
		void showsTheServicesOfACityTypedWithAMisspelling() {
			backend.answer("GET", "/api/directory/hotlines", Answer.json(200, """
					{"city":{"slug":"karaganda","names":{"en":"Karaganda","ru":"Караганда","kk":"Қарағанды"}},
					 "national":[],"local":[%s]}""".formatted(UMIT)));
			backend.answer("GET", "/api/directory/services", Answer.json(200, """
					[{"service":%s,"city":"karaganda","takesReferrals":true,"acceptsMinors":false,
					  "acceptsForeigners":true,"genderEligibility":"female"}]""".formatted(UMIT)));

			HtmlPage page = get("/?city=Karagandy&lang=en", PublicPagesTests::asABrowser);

			Received lookup = backend.only("GET", "/api/directory/hotlines");
			assertThat(lookup.queryParam("city")).isEqualTo("Karagandy");
			assertThat(lookup.queryParam("lang")).isEqualTo("en");
			Received search = backend.only("GET", "/api/directory/services");
			assertThat(search.queryParam("city")).isEqualTo("karaganda");
			assertThat(search.queryParam("lang")).isEqualTo("en");
			assertThat(backend.received).allSatisfy(PublicPagesTests::carriesNothingOfTheBrowser);

			assertThat(page.byId("city").attr("value")).isEqualTo("Karagandy");
			assertThat(page.byId("results-title").text()).isEqualTo(message("help.results.title", "en", "Karaganda"));
			HtmlPage.Tag service = page.byClass("service").get(0);
			assertThat(service.tags("h3").get(0).text()).isEqualTo("Umit crisis centre");
			assertThat(service.byClass("sample").get(0).text()).isEqualTo(message("service.sample", "en"));
			assertThat(service.links()).containsExactly("tel:87212000000");
			assertThat(service.text()).contains("Shelter, Legal help", "Kazakh, Russian", "women only", "adults only",
					"foreign citizens too");
		}

		@Test
		void suggestsCitiesAsLinksWhenTheCityIsUnknown() {
			backend.answer("GET", "/api/directory/hotlines", Answer.problem(404, """
					{"type":"https://senim.org/problems/unknown-city","status":404,
					 "suggestions":[{"slug":"almaty","name":"Almaty"},{"slug":"astana","name":"Astana"}]}"""));

			HtmlPage page = get("/?city={city}&lang=ru", "Алмата");

			HtmlPage.Tag notice = page.byClass("notice").get(0);
			assertThat(notice.text()).contains(message("help.unknown", "ru", "Алмата"));
			HtmlPage.Tag suggestions = notice.byClass("suggestions").get(0);
			assertThat(suggestions.links()).containsExactly("/?city=almaty&lang=ru", "/?city=astana&lang=ru");
			assertThat(suggestions.tags("a")).extracting(HtmlPage.Tag::text).containsExactly("Алматы", "Астана");
			assertThat(page.byClass("national").get(0).links()).contains("tel:11616", "tel:88000800015");
		}

		@Test
		void showsWhatWasTypedAsTextNeverAsMarkup() {
			backend.answer("GET", "/api/directory/hotlines", Answer.problem(404, "{\"status\":404}"));
			String typed = "\"><script>alert(1)</script>";

			HtmlPage page = get("/?city={city}&lang=en", typed);

			assertThat(page.byClass("notice").get(0).text()).contains(message("help.unknown", "en", typed));
			assertThat(page.byId("city").attr("value")).isEqualTo(typed);
			assertThat(page.tags("script")).allSatisfy((script) -> assertThat(script.attr("src")).isNotNull());
		}

		@ParameterizedTest
		@MethodSource("org.senim.gateway.PublicPagesTests#failures")
		void keepsTheNationalHotlinesAndSaysTheDirectoryIsAwayWhenItFails(Answer failure) {
			backend.answer("GET", "/api/directory/hotlines", failure);

			HtmlPage page = get("/?city=Almaty&lang=kk");

			assertThat(page.byClass("national").get(0).links()).containsExactly("tel:88000800015", "tel:11616");
			assertThat(page.byClass("notice").get(0).text()).isEqualTo(message("help.away", "kk"));
			assertThat(page.byClass("results")).isEmpty();
		}

	}

	@Nested
	class TipForm {

		@Test
		void handsOutAFreshIdempotencyKeyAndEveryExploitationType() {
			HtmlPage first = get("/report?lang=en");
			HtmlPage second = get("/report?lang=en");

			assertThat(idempotencyKeyOf(first)).matches("[A-Za-z0-9_-]{22,64}").isNotEqualTo(idempotencyKeyOf(second));
			assertThat(first.byId("q-exploitationTypes").tags("input")).extracting((input) -> input.attr("value"))
				.containsExactly(Stream.of(ExploitationType.values()).map(Enum::name).toArray(String[]::new));
		}

		@Test
		void sendsTheTipAsJsonWithoutAnythingOfTheBrowser() {
			MultiValueMap<String, String> form = tip();
			form.add("exploitationTypes", "CHILD_LABOUR");
			form.add("industry", "CONSTRUCTION");
			form.add("controlMethods", "WITHHOLDS_DOCUMENTS");
			form.add("victimCount", "3");
			form.add("minorsInvolved", "yes");
			form.add("immediateDanger", "unknown");
			form.add("consentToPolice", "yes");

			var response = postForm("/report?lang=kk", form, PublicPagesTests::asABrowser);

			Received sent = backend.only("POST", "/api/reports");
			carriesNothingOfTheBrowser(sent);
			assertThat(sent.header("Idempotency-Key")).isEqualTo(IDEMPOTENCY_KEY);
			assertThat(sent.header("Content-Type")).startsWith("application/json");
			Map<String, Object> json = JsonPath.read(sent.body(), "$");
			assertThat(json).containsOnlyKeys("city", "exploitationTypes", "description", "industry", "controlMethods",
					"victimCount", "minorsInvolved", "language", "consentToPolice");
			assertThat(json).containsEntry("city", "Шымкент")
				.containsEntry("exploitationTypes", List.of("FORCED_LABOUR", "CHILD_LABOUR"))
				.containsEntry("description", "Құрылыста жұмысшылардың төлқұжаттарын алып қойған.\nКүзетші бар.")
				.containsEntry("industry", "CONSTRUCTION")
				.containsEntry("controlMethods", List.of("WITHHOLDS_DOCUMENTS"))
				.containsEntry("victimCount", 3)
				.containsEntry("minorsInvolved", true)
				.containsEntry("language", "kk")
				.containsEntry("consentToPolice", true);

			HtmlPage page = response.page();
			assertThat(response.headers().containsHeader(HttpHeaders.SET_COOKIE)).isFalse();
			assertThat(page.lang()).isEqualTo("kk");
			assertThat(page.tags("h1").get(0).text()).isEqualTo(message("receipt.title", "kk"));
			assertThat(page.byId("receipt").tags("span")).extracting(HtmlPage.Tag::text)
				.containsExactly("4821", "0973", "5618", "4420");
		}

		@Test
		void keepsTheAnswersAndShowsTheErrorNextToTheFieldWhenTheTipIsRefused() {
			backend.answer("POST", "/api/reports", Answer.problem(400, """
					{"type":"https://senim.org/problems/validation","status":400,
					 "errors":[{"field":"exploitationTypes","message":"must name at least one type"}]}"""));
			MultiValueMap<String, String> form = tip();
			form.remove("exploitationTypes");

			HtmlPage page = postForm("/report?lang=ru", form).page();

			assertThat(page.lang()).isEqualTo("ru");
			assertThat(page.byId("q-exploitationTypes").byClass("error")).extracting(HtmlPage.Tag::text)
				.containsExactly(message("report.error.exploitationTypes", "ru"));
			assertThat(page.byId("error-summary").links()).containsExactly("#q-exploitationTypes");
			assertThat(page.byId("q-city").byClass("error")).isEmpty();
			assertAnswersKept(page);
			assertThat(page.hasId("receipt")).isFalse();
		}

		@ParameterizedTest
		@MethodSource("org.senim.gateway.PublicPagesTests#failures")
		void keepsTheAnswersAndSaysTheTipWasNotSentWhenTheReportServiceIsDown(Answer failure) {
			backend.answer("POST", "/api/reports", failure);

			HtmlPage page = postForm("/report?lang=en", tip()).page();

			assertThat(page.byId("notice").text()).isEqualTo(message("report.notice.unavailable", "en", 0));
			assertAnswersKept(page);
			// Tips are never retried: one that may have been stored is not filed twice.
			assertThat(backend.received("POST", "/api/reports")).hasSize(1);
		}

		@Test
		void namesTheNearestCitiesWhenTheCityOfTheTipIsUnknown() {
			backend.answer("POST", "/api/reports", Answer.problem(400, """
					{"type":"https://senim.org/problems/unknown-city","status":400,
					 "errors":[{"field":"city","message":"is not a city we know; see suggestions"}],
					 "suggestions":[{"slug":"shymkent","name":"Shymkent"}]}"""));

			HtmlPage page = postForm("/report?lang=en", tip()).page();

			HtmlPage.Tag city = page.byId("q-city");
			assertThat(city.byClass("error")).extracting(HtmlPage.Tag::text)
				.containsExactly(message("report.error.city.unknown", "en"));
			assertThat(city.byClass("suggestions").get(0).tags("li")).extracting(HtmlPage.Tag::text)
				.containsExactly("Shymkent");
			assertThat(page.byId("error-summary").links()).containsExactly("#q-city");
			assertAnswersKept(page);
		}

		@Test
		void refusesAFormTooLargeToReadWithoutSendingIt() {
			MultiValueMap<String, String> form = tip();
			form.set("description", "x".repeat(300 * 1024));

			HtmlPage page = postForm("/report?lang=ru", form).page();

			assertThat(page.byId("notice").text()).isEqualTo(message("report.notice.tooLarge", "ru", 0));
			assertThat(backend.received("POST", "/api/reports")).isEmpty();
		}

		@Test
		void passesOnTheWaitWhenTheReportServiceLimitsTips() {
			backend.answer("POST", "/api/reports",
					Answer.problem(429, "{\"status\":429}").withHeader("Retry-After", "42"));

			HtmlPage page = postForm("/report?lang=ru", tip()).page();

			assertThat(page.byId("notice").text()).isEqualTo(message("report.notice.limited", "ru", 42));
			assertAnswersKept(page);
		}

	}

	/** Its own limit, so the other tests' tips never count against it. */
	@Nested
	@TestPropertySource(properties = "senim.gateway.limits.tips-per-minute=2")
	class TipFormLimit {

		@Test
		void showsTheLimitedNoticeToAClientThatSendsMoreTipsThanTheLimit() {
			for (int i = 0; i < 2; i++) {
				assertThat(postForm("/report?lang=en", tip()).page().hasId("receipt")).isTrue();
			}

			HtmlPage page = postForm("/report?lang=en", tip()).page();

			assertThat(page.byId("notice").text()).matches(messageWithNumber("report.notice.limited", "en"));
			assertAnswersKept(page);
			assertThat(backend.received("POST", "/api/reports")).hasSize(2);
		}

	}

	@Nested
	class Mailbox {

		@Test
		void opensTheMailboxWithAReceiptTypedWithSpaces() {
			backend.answer("POST", "/api/reports/followup", Answer.json(200, MAILBOX));

			HtmlPage page = postForm("/followup?lang=kk", receipt(), PublicPagesTests::asABrowser).page();

			Received asked = backend.only("POST", "/api/reports/followup");
			carriesNothingOfTheBrowser(asked);
			assertThat((String) JsonPath.read(asked.body(), "$.receipt")).isEqualTo(RECEIPT);
			assertThat(page.byId("status").text()).isEqualTo(message("status.ROUTED", "kk"));
			assertThat(page.byClass("history").get(0).tags("li")).extracting(HtmlPage.Tag::text)
				.containsExactly(message("status.RECEIVED", "kk") + " 12.03.2026 18:03",
						message("status.ROUTED", "kk") + " 12.03.2026 18:03");
			HtmlPage.Tag fromCaseworker = page.byClass("theirs").get(0);
			assertThat(fromCaseworker.byClass("from").get(0).text())
				.isEqualTo(message("mailbox.from.caseworker", "kk") + " 12.03.2026 19:40");
			assertThat(fromCaseworker.byClass("text").get(0).text()).isEqualTo("Сәлеметсіз бе! Хабарламаңызды алдық.");
			assertThat(page.tags("input")).filteredOn((input) -> "receipt".equals(input.attr("name")))
				.extracting((input) -> input.attr("value"))
				.containsOnly(RECEIPT);
		}

		@Test
		void answersAnUnknownReceiptCalmly() {
			HtmlPage page = postForm("/followup?lang=en", receipt()).page();

			assertThat(page.byId("notice").text()).isEqualTo(message("followup.notice.unknown", "en", 0));
			assertThat(page.byId("receipt").attr("value")).isEqualTo(RECEIPT);
			assertThat(page.hasId("status")).isFalse();
		}

		@Test
		void answersAFormTooLargeToReadWithoutAskingTheService() {
			MultiValueMap<String, String> form = receipt();
			form.add("text", "x".repeat(300 * 1024));

			HtmlPage page = postForm("/followup?lang=ru", form).page();

			assertThat(page.byId("notice").text()).isEqualTo(message("followup.notice.tooLarge", "ru", 0));
			assertThat(backend.received).isEmpty();
		}

		@Test
		void sendsTheReplyAndReopensTheMailboxSayingItWasSent() {
			backend.answer("POST", "/api/reports/followup", Answer.json(200, MAILBOX));
			MultiValueMap<String, String> form = receipt();
			form.add("text", "Рахмет, кешке хабарласамын.\r\nКүзетші түнде кетеді.");

			HtmlPage page = postForm("/followup?lang=kk", form, PublicPagesTests::asABrowser).page();

			Received written = backend.only("POST", "/api/reports/followup/messages");
			carriesNothingOfTheBrowser(written);
			assertThat(JsonPath.<Map<String, Object>>read(written.body(), "$")).containsOnly(
					Map.entry("receipt", RECEIPT),
					Map.entry("text", "Рахмет, кешке хабарласамын.\nКүзетші түнде кетеді."));
			assertThat(backend.received).extracting(Received::path)
				.containsExactly("/api/reports/followup/messages", "/api/reports/followup");
			assertThat(page.byId("notice").text()).isEqualTo(message("mailbox.notice.sent", "kk"));
			assertThat(page.hasId("status")).isTrue();
		}

	}

	@Nested
	class Headers {

		@ParameterizedTest
		@ValueSource(strings = { "/", "/report", "/followup" })
		void protectsEveryPublicPage(String path) {
			HttpHeaders headers = this.getPage(path).headers();

			assertThat(headers.getContentType()).isEqualTo(MediaType.parseMediaType("text/html;charset=UTF-8"));
			assertThat(headers.getCacheControl()).contains("no-store");
			assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
			assertThat(headers.getFirst("Content-Security-Policy")).contains("script-src 'self'")
				.doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*");
			assertThat(headers.containsHeader(HttpHeaders.SET_COOKIE)).isFalse();
		}

		@ParameterizedTest
		@ValueSource(strings = { "/", "/report", "/followup" })
		void rendersNoInlineScriptOrStyle(String path) {
			HtmlPage page = this.getPage(path).page();

			assertThat(page.tags("script")).isNotEmpty().allSatisfy((script) -> {
				assertThat(script.attr("src")).startsWith("/js/");
				assertThat(script.text()).isEmpty();
			});
			assertThat(page.tags("style")).isEmpty();
			assertThat(page.all((element) -> element.hasAttribute("style") || element.hasAttributes()
					&& element.getAttributeMap().keySet().stream().anyMatch((name) -> name.startsWith("on"))))
				.isEmpty();
		}

		@ParameterizedTest
		@CsvSource({ "/css/senim.css, text/css", "/js/senim.js, javascript" })
		void servesTheStaticAssetsWithoutCaching(String path, String type) {
			client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.value(HttpHeaders.CONTENT_TYPE, (contentType) -> assertThat(contentType).contains(type))
				.expectHeader()
				.value(HttpHeaders.CACHE_CONTROL, (cacheControl) -> assertThat(cacheControl).contains("no-store"))
				.expectHeader()
				.doesNotExist(HttpHeaders.SET_COOKIE)
				.expectBody(String.class)
				.value((body) -> assertThat(body).isNotBlank());
		}

		private Response getPage(String path) {
			var result = client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult();
			return new Response(result.getResponseHeaders(), HtmlPage.parse(result.getResponseBody()));
		}

	}

	@Nested
	class Language {

		@Test
		void prefersTheLangParameterToAcceptLanguage() {
			HtmlPage page = get("/?lang=en", (headers) -> headers.set(HttpHeaders.ACCEPT_LANGUAGE, "kk"));

			assertThat(page.lang()).isEqualTo("en");
			assertThat(page.tags("h1").get(0).text()).isEqualTo(message("help.title", "en"));
		}

		@Test
		void speaksKazakhToABrowserThatAsksForIt() {
			HtmlPage page = get("/", (headers) -> headers.set(HttpHeaders.ACCEPT_LANGUAGE, "kk-KZ,kk;q=0.9,ru;q=0.8"));

			assertThat(page.lang()).isEqualTo("kk");
			assertThat(page.tags("h1").get(0).text()).isEqualTo(message("help.title", "kk"));
			// The choice travels in the links, never in a cookie.
			assertThat(page.byClass("sections").get(0).links()).containsExactly("/?lang=kk", "/report?lang=kk",
					"/followup?lang=kk");
		}

		@Test
		void fallsBackToRussianForAnUnknownLanguage() {
			HtmlPage page = get("/?lang=de", (headers) -> headers.set(HttpHeaders.ACCEPT_LANGUAGE, "de-DE,fr;q=0.5"));

			assertThat(page.lang()).isEqualTo("ru");
			assertThat(page.tags("h1").get(0).text()).isEqualTo(message("help.title", "ru"));
		}

	}

	/** A directory or report-service that answers 503, and one that hangs up. */
	static Stream<Arguments> failures() {
		return Stream.of(Arguments.of(Named.of("answering 503", Answer.problem(503, "{\"status\":503}"))),
				Arguments.of(Named.of("hanging up", Answer.hangingUp())));
	}

	record Response(HttpHeaders headers, HtmlPage page) {

	}

	HtmlPage get(String uri, Object... variables) {
		return get(uri, (headers) -> {
		}, variables);
	}

	HtmlPage get(String uri, Consumer<HttpHeaders> headers, Object... variables) {
		String body = this.client.get()
			.uri(uri, variables)
			.headers(headers)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return HtmlPage.parse(body);
	}

	Response postForm(String uri, MultiValueMap<String, String> form) {
		return postForm(uri, form, (headers) -> {
		});
	}

	Response postForm(String uri, MultiValueMap<String, String> form, Consumer<HttpHeaders> headers) {
		var result = this.client.post()
			.uri(uri)
			.headers(headers)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
		return new Response(result.getResponseHeaders(), HtmlPage.parse(result.getResponseBody()));
	}

	String message(String key, String lang, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.forLanguageTag(lang));
	}

	/** The message with its one argument, a number of seconds, left open. */
	Pattern messageWithNumber(String key, String lang) {
		String[] parts = message(key, lang, "\u0000").split("\u0000", -1);
		return Pattern.compile(Pattern.quote(parts[0]) + "\\d+" + Pattern.quote(parts[1]));
	}

	/** What a phone's browser sends along with every request. */
	static void asABrowser(HttpHeaders headers) {
		headers.set(HttpHeaders.COOKIE, "session=tipster-7f3a");
		headers.set(HttpHeaders.USER_AGENT, BROWSER);
		headers.set("X-Forwarded-For", "203.0.113.7");
		headers.set("Forwarded", "for=203.0.113.7;proto=https");
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9");
		headers.set(HttpHeaders.REFERER, "https://social.example/post/42");
	}

	static void carriesNothingOfTheBrowser(Received request) {
		assertThat(request.hasHeader(HttpHeaders.COOKIE)).as("Cookie").isFalse();
		assertThat(request.hasHeader("X-Forwarded-For")).as("X-Forwarded-For").isFalse();
		assertThat(request.hasHeader("Forwarded")).as("Forwarded").isFalse();
		assertThat(request.hasHeader(HttpHeaders.ACCEPT_LANGUAGE)).as("Accept-Language").isFalse();
		assertThat(request.hasHeader(HttpHeaders.REFERER)).as("Referer").isFalse();
		assertThat(request.header(HttpHeaders.USER_AGENT)).as("User-Agent").isNotEqualTo(BROWSER);
		assertThat(request.headers().toString()).doesNotContain("203.0.113.7", "tipster-7f3a", "TipsterPhone",
				"social.example");
	}

	static MultiValueMap<String, String> tip() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("idempotencyKey", IDEMPOTENCY_KEY);
		form.add("city", "Шымкент");
		form.add("exploitationTypes", "FORCED_LABOUR");
		form.add("description", "Құрылыста жұмысшылардың төлқұжаттарын алып қойған.\r\nКүзетші бар.");
		return form;
	}

	static void assertAnswersKept(HtmlPage page) {
		assertThat(page.byId("city").attr("value")).isEqualTo("Шымкент");
		assertThat(page.byId("description").rawText())
			.isEqualTo("Құрылыста жұмысшылардың төлқұжаттарын алып қойған.\nКүзетші бар.");
		assertThat(idempotencyKeyOf(page)).isEqualTo(IDEMPOTENCY_KEY);
	}

	static String idempotencyKeyOf(HtmlPage page) {
		return page.tags("input")
			.stream()
			.filter((input) -> "idempotencyKey".equals(input.attr("name")))
			.map((input) -> input.attr("value"))
			.findFirst()
			.orElseThrow();
	}

	static MultiValueMap<String, String> receipt() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("receipt", RECEIPT);
		return form;
	}

}
