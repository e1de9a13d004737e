package org.senim.gateway;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import org.senim.gateway.PageBackendStub.Answer;
import org.senim.gateway.console.Console;
import org.senim.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hotline operator's page: the public questionnaire behind the operator's sign-in,
 * the tip filed with her token and the form's idempotency key and nothing else of her,
 * the receipt in groups of four to read aloud, refusals next to their questions, calm
 * pages when the report-service is away, CSRF on the form.
 */
class OperatorPageTests extends ConsoleTests {

	static final String SESSION = "SENIM_OPERATOR_SESSION";

	ConsoleSignIn signIn;

	final String accessToken = TestTokens.withRoles("operator", "HOTLINE_OPERATOR");

	@BeforeEach
	void prepare() {
		backend.reset();
		this.signIn = new ConsoleSignIn(this.client, backend, Console.OPERATOR);
	}

	@ParameterizedTest
	@ValueSource(strings = { "NGO_WORKER", "POLICE_LIAISON", "DIRECTORY_ADMIN" })
	void showsTheForbiddenNoticeToAnotherRole(String role) {
		String token = "NGO_WORKER".equals(role) ? TestTokens.ngoWorker(UUID.randomUUID(), "almaty")
				: TestTokens.withRoles("someone", role);
		this.signIn.as("someone", token);

		this.client.get()
			.uri("/operator/?lang=en")
			.cookie(SESSION, this.signIn.session)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/operator/forbidden");
		HtmlPage notice = HtmlPage.parse(this.signIn.page("/operator/forbidden?lang=en", 403).getResponseBody());
		assertThat(notice.byId("notice-title").text()).isEqualTo("Not for this account");
	}

	@Test
	void showsThePublicQuestionnaireWithTheNationalHotlinesAtHand() {
		this.signIn.as("operator", this.accessToken);

		EntityExchangeResult<String> answer = this.signIn.page("/operator/?lang=en", 200);
		HtmlPage page = HtmlPage.parse(answer.getResponseBody());
		assertThat(page.hasId("exploitationTypes-FORCED_LABOUR")).isTrue();
		assertThat(page.hasId("controlMethods-WITHHOLDS_DOCUMENTS")).isTrue();
		assertThat(page.hasId("venueType-SAUNA")).isTrue();
		assertThat(page.hasId("description")).isTrue();
		assertThat(page.byId("idempotency-key")).isNotNull();
		assertThat(page.byId("hotlines-title").text()).isEqualTo("National hotlines to give the caller");
		assertThat(page.text()).contains("8 800 080 00 15", "116 16");
		assertThat(answer.getResponseHeaders().getCacheControl()).isEqualTo("no-store");
	}

	@Test
	void filesTheTipWithTheOperatorsTokenAndTheFormsKeyAndShowsTheReceiptInGroups() {
		this.signIn.as("operator", this.accessToken);
		HtmlPage form = HtmlPage.parse(this.signIn.page("/operator/?lang=en", 200).getResponseBody());
		String key = form.byId("idempotency-key").attr("value");

		EntityExchangeResult<String> answer = post(tip(form)).expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();

		HtmlPage receipt = HtmlPage.parse(answer.getResponseBody());
		assertThat(receipt.byId("receipt").tags("span")).extracting(HtmlPage.Tag::text)
			.containsExactly("4821", "0973", "5618", "4420");
		assertThat(receipt.byId("read-aloud").text()).contains("digit by digit");
		assertThat(receipt.text()).contains("8 800 080 00 15");
		assertThat(answer.getResponseHeaders().getCacheControl()).isEqualTo("no-store");
		assertThat(answer.getResponseHeaders().getOrDefault(HttpHeaders.SET_COOKIE, java.util.List.of()))
			.noneMatch((c) -> c.contains("tracker"));
		PageBackendStub.Received filed = backend.only("POST", "/api/reports");
		assertThat(filed.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + this.accessToken);
		assertThat(filed.header("Idempotency-Key")).isEqualTo(key);
		assertThat(filed.hasHeader(HttpHeaders.COOKIE)).isFalse();
		assertThat((String) JsonPath.read(filed.body(), "$.city")).isEqualTo("Almaty");
		assertThat(JsonPath.<java.util.List<String>>read(filed.body(), "$.exploitationTypes"))
			.containsExactly("SEXUAL_EXPLOITATION");
		assertThat(JsonPath.<java.util.List<String>>read(filed.body(), "$.controlMethods"))
			.containsExactly("WITHHOLDS_DOCUMENTS");
		assertThat((String) JsonPath.read(filed.body(), "$.venueType")).isEqualTo("SAUNA");
		assertThat((Boolean) JsonPath.read(filed.body(), "$.minorsInvolved")).isTrue();
		assertThat((String) JsonPath.read(filed.body(), "$.language")).isEqualTo("en");
		// Nothing of the operator in the tip: the token alone marks it operator-entered.
		assertThat(JsonPath.<java.util.Map<String, Object>>read(filed.body(), "$").keySet()).containsOnly("city",
				"exploitationTypes", "description", "controlMethods", "venueType", "minorsInvolved", "language",
				"consentToPolice");
		assertThat(filed.body()).doesNotContain("operator");
	}

	@Test
	void switchesTheLanguageOfAReceiptToANewForm() {
		this.signIn.as("operator", this.accessToken);
		HtmlPage form = HtmlPage.parse(this.signIn.page("/operator/?lang=en", 200).getResponseBody());
		HtmlPage receipt = HtmlPage
			.parse(post(tip(form)).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
		assertThat(receipt.all((element) -> element.getAttributeValue("href") != null))
			.extracting((link) -> link.attr("href"))
			.contains("/operator/tips?lang=kk");

		this.client.get()
			.uri("/operator/tips?lang=kk")
			.cookie(SESSION, this.signIn.session)
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/operator/?lang=kk");
	}

	@Test
	void sendsTheSameKeyAgainWhenTheFormIsResent() {
		this.signIn.as("operator", this.accessToken);
		HtmlPage form = HtmlPage.parse(this.signIn.page("/operator/?lang=en", 200).getResponseBody());

		post(tip(form)).expectStatus().isOk();
		post(tip(form)).expectStatus().isOk();

		assertThat(backend.received("POST", "/api/reports")).hasSize(2)
			.extracting((request) -> request.header("Idempotency-Key"))
			.containsOnly(form.byId("idempotency-key").attr("value"));
	}

	@Test
	void keepsTheAnswersAndShowsTheRefusalNextToTheQuestion() {
		this.signIn.as("operator", this.accessToken);
		HtmlPage form = HtmlPage.parse(this.signIn.page("/operator/?lang=ru", 200).getResponseBody());
		backend.answer("POST", "/api/reports", Answer.problem(400, """
				{"type":"https://senim.org/problems/validation","status":400,
				 "errors":[{"field":"description","message":"must not be blank"}]}"""));
		MultiValueMap<String, String> answers = tip(form);
		answers.set("description", " ");

		EntityExchangeResult<String> answer = post(answers).expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult();
		HtmlPage page = HtmlPage.parse(answer.getResponseBody());
		assertThat(page.byId("err-description").text()).isEqualTo("Опишите, что происходит, не больше 10 000 знаков.");
		assertThat(page.byId("error-summary").links()).containsExactly("#q-description");
		assertThat(page.byId("city").attr("value")).isEqualTo("Almaty");
		assertThat(page.byId("venueType-SAUNA").attr("checked")).isNotNull();
		assertThat(page.hasId("receipt")).isFalse();
		assertThat(answer.getResponseBody()).doesNotContain("must not be blank");
	}

	@Test
	void keepsTheAnswersAndSaysTheTipWasNotFiledWhenTheReportServiceIsAway() {
		this.signIn.as("operator", this.accessToken);
		HtmlPage form = HtmlPage.parse(this.signIn.page("/operator/?lang=en", 200).getResponseBody());
		backend.answer("POST", "/api/reports", Answer.problem(503, "{\"status\":503}"));

		EntityExchangeResult<String> answer = post(tip(form)).expectStatus()
			.isEqualTo(503)
			.expectBody(String.class)
			.returnResult();
		HtmlPage page = HtmlPage.parse(answer.getResponseBody());
		assertThat(page.byId("notice").text()).contains("could not be sent just now");
		assertThat(page.byId("city").attr("value")).isEqualTo("Almaty");
		assertThat(page.text()).contains("116 16");
	}

	@Test
	void filesNothingWithoutTheSessionsCsrfToken() {
		this.signIn.as("operator", this.accessToken);
		HtmlPage form = HtmlPage.parse(this.signIn.page("/operator/?lang=en", 200).getResponseBody());
		MultiValueMap<String, String> answers = tip(form);
		answers.remove("_csrf");

		post(answers).expectStatus().isFound().expectHeader().location("/operator/refused");
		assertThat(backend.received("POST", "/api/reports")).isEmpty();
	}

	private WebTestClient.ResponseSpec post(MultiValueMap<String, String> form) {
		return this.client.post()
			.uri("/operator/tips?lang=" + form.getFirst("lang"))
			.cookie(SESSION, this.signIn.session)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(withoutLang(form)))
			.exchange();
	}

	private static MultiValueMap<String, String> withoutLang(MultiValueMap<String, String> form) {
		MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(form);
		copy.remove("lang");
		return copy;
	}

	/** The caller's answers, with the form's CSRF token and idempotency key. */
	private static MultiValueMap<String, String> tip(HtmlPage form) {
		MultiValueMap<String, String> answers = new LinkedMultiValueMap<>();
		answers.add("lang", form.lang());
		answers.add("_csrf", ConsoleSignIn.csrfOf(form));
		answers.add("idempotencyKey", form.byId("idempotency-key").attr("value"));
		answers.add("city", "Almaty");
		answers.add("exploitationTypes", "SEXUAL_EXPLOITATION");
		answers.add("controlMethods", "WITHHOLDS_DOCUMENTS");
		answers.add("venueType", "SAUNA");
		answers.add("minorsInvolved", "yes");
		answers.add("description", "The caller saw girls taken into the sauna at night");
		return answers;
	}

}
