package org.senim.report.intake;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.senim.contracts.ProblemTypes;
import org.senim.contracts.codes.ExploitationType;
import org.senim.report.system.SecurityConfiguration;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

@WebFluxTest(TipController.class)
@Import(SecurityConfiguration.class)
class TipValidationTests {

	/** 16 random bytes in base64url, like the gateway's tip forms make them. */
	private static final String KEY = "Xq3v9R_k2LpT-8sWmN4bYA";

	private static final String DESCRIPTION = "Workers are kept in a sauna and their passports were taken";

	private static final String VALID = """
			{"city":"almaty","exploitationTypes":["FORCED_LABOUR"],"description":"%s"}""".formatted(DESCRIPTION);

	@Autowired
	private WebTestClient client;

	@MockitoBean
	private TipIntake intake;

	static Stream<Arguments> badTips() {
		return Stream.of(bad("malformed JSON", "{\"city\":", "body"), bad("array instead of object", "[]", "body"),
				bad("string instead of object", "\"tip\"", "body"), bad("trailing tokens", VALID + " {}", "body"),
				bad("repeated property", with("\"city\":\"astana\""), "body"), bad("empty object", "{}", "city"),
				bad("missing city", without("\"city\":\"almaty\","), "city"),
				bad("null city", replace("\"almaty\"", "null"), "city"),
				bad("numeric city", replace("\"almaty\"", "42"), "city"),
				bad("blank city", replace("\"almaty\"", "\"   \""), "city"),
				bad("oversized city", replace("\"almaty\"", "\"" + "a".repeat(101) + "\""), "city"),
				bad("city with a newline", replace("\"almaty\"", "\"alm\\naty\""), "city"),
				bad("missing exploitation types", without("\"exploitationTypes\":[\"FORCED_LABOUR\"],"),
						"exploitationTypes"),
				bad("no exploitation type", replace("[\"FORCED_LABOUR\"]", "[]"), "exploitationTypes"),
				bad("exploitation type not in a list", replace("[\"FORCED_LABOUR\"]", "\"FORCED_LABOUR\""),
						"exploitationTypes"),
				bad("unknown exploitation type", replace("FORCED_LABOUR", "SLAVERY"), "exploitationTypes"),
				bad("lower-case exploitation type", replace("FORCED_LABOUR", "forced_labour"), "exploitationTypes"),
				bad("repeated exploitation type", replace("\"FORCED_LABOUR\"", "\"FORCED_LABOUR\",\"FORCED_LABOUR\""),
						"exploitationTypes"),
				bad("numeric exploitation type", replace("[\"FORCED_LABOUR\"]", "[1]"), "exploitationTypes"),
				bad("missing description", without(",\"description\":\"" + DESCRIPTION + "\""), "description"),
				bad("empty description", replace(DESCRIPTION, ""), "description"),
				bad("blank description", replace(DESCRIPTION, "  \\n\\t "), "description"),
				bad("oversized description", replace(DESCRIPTION, "x".repeat(10_001)), "description"),
				bad("description with NUL", replace(DESCRIPTION, "before\\u0000after"), "description"),
				bad("description with ESC", replace(DESCRIPTION, "colour\\u001b[31m"), "description"),
				bad("description with a lone surrogate", replace(DESCRIPTION, "half \\ud800 pair"), "description"),
				bad("numeric description", replace("\"" + DESCRIPTION + "\"", "42"), "description"),
				bad("unknown property", with("\"ip\":\"10.0.0.1\""), "ip"),
				bad("unknown industry", with("\"industry\":\"MINING\""), "industry"),
				bad("unknown control method", with("\"controlMethods\":[\"BLACKMAIL\"]"), "controlMethods"),
				bad("repeated control method", with("\"controlMethods\":[\"DEBT_BONDAGE\",\"DEBT_BONDAGE\"]"),
						"controlMethods"),
				bad("numeric recruitment", with("\"recruitment\":3"), "recruitment"),
				bad("object venue type", with("\"venueType\":{}"), "venueType"),
				bad("no victims", with("\"victimCount\":0"), "victimCount"),
				bad("absurd victim count", with("\"victimCount\":10001"), "victimCount"),
				bad("negative victim count", with("\"victimCount\":-5"), "victimCount"),
				bad("fractional victim count", with("\"victimCount\":2.5"), "victimCount"),
				bad("victim count as text", with("\"victimCount\":\"3\""), "victimCount"),
				bad("victim count beyond long", with("\"victimCount\":99999999999999999999"), "victimCount"),
				bad("minors as text", with("\"minorsInvolved\":\"yes\""), "minorsInvolved"),
				bad("danger as number", with("\"immediateDanger\":1"), "immediateDanger"),
				bad("consent as text", with("\"consentToPolice\":\"true\""), "consentToPolice"),
				bad("lower-case nationality", with("\"victimNationality\":\"kz\""), "victimNationality"),
				bad("unsupported language", with("\"language\":\"de\""), "language"),
				bad("upper-case language", with("\"language\":\"RU\""), "language"),
				bad("unknown reporter role", with("\"reporterRole\":\"POLICE\""), "reporterRole"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badTips")
	void rejectsBadTipNamingTheFieldAndStoresNothing(String name, String body, String field) {
		this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.value(oneOf(ProblemTypes.VALIDATION.toString(), ProblemTypes.MALFORMED_REQUEST.toString()))
			.jsonPath("$.errors[*].field")
			.value(hasItem(field))
			.consumeWith((result) -> assertThat(new String(result.getResponseBodyContent())).doesNotContain("sauna",
					"10.0.0.1", "SLAVERY"));
		verifyNoInteractions(this.intake);
	}

	@Test
	void rejectsOversizedBodyWithPayloadTooLarge() {
		String huge = replace(DESCRIPTION, "x".repeat(70_000));
		this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(huge)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.PAYLOAD_TOO_LARGE.toString())
			.jsonPath("$.errors[0].field")
			.isEqualTo("body");
		verifyNoInteractions(this.intake);
	}

	@Test
	void rejectsBodyThatIsNotValidUtf8() {
		byte[] body = "{\"city\":\"almaty\",\"exploitationTypes\":[\"OTHER\"],\"description\":\"__\"}"
			.getBytes(StandardCharsets.UTF_8);
		int at = new String(body, StandardCharsets.UTF_8).indexOf("__");
		body[at] = (byte) 0xC3;
		body[at + 1] = (byte) 0x28;
		this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		verifyNoInteractions(this.intake);
	}

	@Test
	void rejectsEmptyBodyAsMalformed() {
		this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.MALFORMED_REQUEST.toString())
			.jsonPath("$.errors[0].field")
			.isEqualTo("body");
		verifyNoInteractions(this.intake);
	}

	@Test
	void rejectsNonJsonContentType() {
		this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue(VALID)
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(ProblemTypes.MALFORMED_REQUEST.toString());
		verifyNoInteractions(this.intake);
	}

	@Test
	void acceptsGoodTipWithAllOptionalAnswersAndForbidsCaching() {
		UUID reportId = UUID.randomUUID();
		given(this.intake.submit(any(), any(), eq(false)))
			.willReturn(Mono.just(new TipAccepted(reportId, "1234567812345678", "RECEIVED")));
		String full = with("""
				"industry":"HOSPITALITY","controlMethods":["DEBT_BONDAGE","WITHHOLDS_DOCUMENTS"],
				"recruitment":"JOB_AD_ONLINE","venueType":"SAUNA","victimCount":3,"minorsInvolved":true,
				"immediateDanger":false,"victimNationality":"FOREIGN","language":"ru","reporterRole":"WITNESS",
				"consentToPolice":true""");
		this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(full)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.cacheControl(CacheControl.noStore())
			.expectBody()
			.jsonPath("$.reportId")
			.isEqualTo(reportId.toString())
			.jsonPath("$.receipt")
			.isEqualTo("1234567812345678")
			.jsonPath("$.status")
			.isEqualTo("RECEIVED");
		verify(this.intake)
			.submit(argThat((form) -> form.exploitationTypes().equals(List.of(ExploitationType.FORCED_LABOUR))
					&& form.victimCount() == 3 && form.description().equals(DESCRIPTION)
					&& form.controlMethods().size() == 2), eq(Optional.empty()), eq(false));
	}

	@Test
	void rejectsMalformedIdempotencyKey() {
		for (String key : List.of("x".repeat(256), "ключ", "two words", "retry-7f3a", "A".repeat(21),
				"bm90IHVybC1zYWZlIGJhc2U2NA+/")) {
			this.client.post()
				.uri("/api/reports")
				.contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", key)
				.bodyValue(VALID)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo(ProblemTypes.VALIDATION.toString())
				.jsonPath("$.errors[0].field")
				.isEqualTo("Idempotency-Key");
		}
		verifyNoInteractions(this.intake);
	}

	@Test
	void passesIdempotencyKeyWithTheExactBody() {
		given(this.intake.submit(any(), any(), eq(false)))
			.willReturn(Mono.just(new TipAccepted(UUID.randomUUID(), "1234567812345678", "RECEIVED")));

		this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", KEY)
			.bodyValue(VALID)
			.exchange()
			.expectStatus()
			.isCreated();

		verify(this.intake).submit(any(),
				org.mockito.ArgumentMatchers.argThat((request) -> request.isPresent() && request.get().key().equals(KEY)
						&& new String(request.get().body(), StandardCharsets.UTF_8).equals(VALID)),
				eq(false));
	}

	private static Arguments bad(String name, String body, String field) {
		return Arguments.of(name, body, field);
	}

	private static String with(String properties) {
		return VALID.substring(0, VALID.length() - 1) + "," + properties + "}";
	}

	private static String without(String part) {
		return VALID.replace(part, "");
	}

	private static String replace(String part, String replacement) {
		return VALID.replace(part, replacement);
	}

}
