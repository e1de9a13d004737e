package org.senim.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public pages in a real browser, as a person uses them: on a phone-sized window, in
 * Kazakh, Russian or English, with JavaScript on and off, against the running suite.
 */
@ExtendWith(RunningSuite.class)
class PublicPagesBrowserSystemTests {

	private static final String GATEWAY = "http://localhost:8080";

	private static final Duration DELIVERY = Duration.ofSeconds(90);

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static Browser withScript;

	private static Browser withoutScript;

	@RegisterExtension
	static final TestWatcher screenshots = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			String name = context.getRequiredTestMethod().getName();
			if (withScript != null) {
				withScript.save("failed-" + name + "-js");
			}
			if (withoutScript != null) {
				withoutScript.save("failed-" + name + "-nojs");
			}
		}
	};

	@BeforeAll
	static void openBrowsers() throws Exception {
		withScript = Browser.phone(true);
		withoutScript = Browser.phone(false);
	}

	@AfterAll
	static void closeBrowsers() throws Exception {
		if (withScript != null) {
			withScript.close();
		}
		if (withoutScript != null) {
			withoutScript.close();
		}
	}

	@Test
	void findsHotlinesForAMisspelledCityInRussian() {
		ChromeDriver page = withoutScript.driver();
		page.get(GATEWAY + "/?lang=ru");
		assertThat(telLinks(page)).as("national hotlines before any city is chosen")
			.contains("tel:11616", "tel:88000800015");
		page.findElement(By.id("city")).sendKeys("karaganada");
		Browser.submit(page, By.cssSelector("form.city button[type=submit]"));

		assertThat(page.findElement(By.id("results-title")).getText()).contains("Караганда");
		assertThat(page.findElement(By.cssSelector(".service")).getText()).contains("Пример");
		assertThat(telLinks(page)).contains("tel:11616", "tel:88000800015");
		assertThat(page.getTitle()).isEqualTo("Сенім");
		withoutScript.saveFullPage("help-ru");
	}

	@Test
	void showsTheNationalHotlinesWhileTheDirectoryIsDown() throws Exception {
		LocalStack stack = RunningSuite.stack();
		stack.run("stop", "directory-service");
		try {
			ChromeDriver page = withoutScript.driver();
			page.get(GATEWAY + "/?lang=kk&city=almaty");
			assertThat(telLinks(page)).contains("tel:11616", "tel:88000800015");
			assertThat(page.findElement(By.cssSelector("main .notice")).getText()).contains("сенім телефондары");
		}
		finally {
			stack.run("start", "directory-service");
		}
	}

	@Test
	void sendsTipInKazakhWithoutJavaScript() {
		ChromeDriver page = withoutScript.driver();
		page.get(GATEWAY + "/report?lang=kk");
		assertThat(page.getTitle()).isEqualTo("Сенім");
		assertThat(page.findElements(By.cssSelector("form [autocomplete=off]"))).isNotEmpty();
		check(page, "exploitationTypes-FORCED_LABOUR");
		check(page, "industry-AGRICULTURE_TOBACCO");
		page.findElement(By.id("city")).sendKeys("Алматы");
		check(page, "venueType-FARM");
		check(page, "controlMethods-WITHHOLDS_DOCUMENTS");
		check(page, "reporterRole-WITNESS");
		page.findElement(By.id("description"))
			.sendKeys("Алматы маңындағы темекі егістігінде жұмысшылардың төлқұжаттарын тартып алған.");
		page.findElement(By.cssSelector("button.send")).click();
		await("the receipt page").atMost(Duration.ofSeconds(30))
			.until(() -> page.findElements(By.cssSelector("#receipt span")).size() == 4);
		List<String> groups = page.findElements(By.cssSelector("#receipt span"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(groups).hasSize(4).allMatch((group) -> group.matches("\\d{4}"));
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Хабарыңыз жіберілді");
		assertThat(page.getCurrentUrl()).isEqualTo(GATEWAY + "/report?lang=kk");
		assertThat(page.findElements(By.cssSelector("nav a"))).as("no link leaves the receipt unconfirmed").isEmpty();
		withoutScript.saveFullPage("receipt-kk");
		page.findElement(By.cssSelector("form.confirm button")).click();
		assertThat(page.getCurrentUrl()).as("the confirmation is required").contains("/report");
		check(page, "saved");
		page.findElement(By.cssSelector("form.confirm button")).click();
		await("the help page after the confirmation").atMost(Duration.ofSeconds(30))
			.until(() -> page.getCurrentUrl().startsWith(GATEWAY + "/?lang=kk"));
	}

	/** A phone on a bad connection sends the same form twice: one tip, one receipt. */
	@Test
	void sendingTheSameFormAgainReturnsTheFirstReceipt() throws Exception {
		String form = "idempotencyKey=" + UUID.randomUUID().toString().replace("-", "")
				+ "&exploitationTypes=FORCED_BEGGING&city=Taraz&description="
				+ URLEncoder.encode("Детей возят на рынок просить милостыню.", StandardCharsets.UTF_8);
		List<String> receipts = new ArrayList<>();
		for (int attempt = 0; attempt < 2; attempt++) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/report?lang=ru"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			Matcher receipt = Pattern.compile("id=\"receipt\"[^>]*>\\s*((?:<span>\\d{4}</span>\\s*){4})")
				.matcher(response.body());
			assertThat(receipt.find()).as("a receipt page").isTrue();
			receipts.add(receipt.group(1).replaceAll("\\D", ""));
		}
		assertThat(receipts.get(0)).hasSize(16).isEqualTo(receipts.get(1));
	}

	@Test
	void refusedSubmissionKeepsTheAnswersAndShowsTheErrorNextToTheField() {
		ChromeDriver page = withoutScript.driver();
		page.get(GATEWAY + "/report?lang=ru");
		page.findElement(By.id("city")).sendKeys("Шымкент");
		check(page, "minorsInvolved-yes");
		page.findElement(By.id("description")).sendKeys("Детей заставляют работать на рынке.");
		Browser.submit(page, By.cssSelector("button.send"));

		WebElement question = page.findElement(By.id("q-exploitationTypes"));
		assertThat(question.findElement(By.cssSelector(".error")).getText()).contains("Выберите хотя бы один");
		assertThat(page.findElement(By.id("error-summary")).getText()).contains("Выберите хотя бы один");
		assertThat(page.findElement(By.id("city")).getDomProperty("value")).isEqualTo("Шымкент");
		assertThat(page.findElement(By.id("minorsInvolved-yes")).isSelected()).isTrue();
		assertThat(page.findElement(By.id("description")).getDomProperty("value"))
			.isEqualTo("Детей заставляют работать на рынке.");
		withoutScript.saveFullPage("report-refused-ru");
	}

	@Test
	void sendsTipInRussianWithJavaScriptStepByStep() {
		ChromeDriver page = withScript.driver();
		page.get(GATEWAY + "/report?lang=ru");
		assertThat(page.findElement(By.id("step-where")).isDisplayed()).as("one step at a time").isFalse();
		next(page, "step-what");
		assertThat(page.findElement(By.cssSelector("#step-what .js-error")).getText())
			.as("checked before leaving the step")
			.contains("Выберите хотя бы один");
		check(page, "exploitationTypes-SEXUAL_EXPLOITATION");
		next(page, "step-what");
		page.findElement(By.id("city")).sendKeys("Астана");
		check(page, "venueType-SAUNA");
		next(page, "step-where");
		check(page, "victimNationality-FOREIGN");
		next(page, "step-who");
		next(page, "step-control");
		check(page, "reporterRole-VICTIM");
		next(page, "step-you");
		page.findElement(By.id("description")).sendKeys("Девушек из соседней страны держат в сауне, паспорта забрали.");
		page.findElement(By.cssSelector("button.send")).click();

		await("receipt page").atMost(Duration.ofSeconds(30))
			.until(() -> page.findElements(By.cssSelector("#receipt span")).size() == 4);
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Ваше сообщение отправлено");
		assertThat(withScript.script("return window.localStorage.length + window.sessionStorage.length")).isEqualTo(0L);
	}

	@Test
	void opensTheMailboxWithTheReceiptTypedWithSpacesReadsTheCaseWorkerAndReplies() throws Exception {
		Tips.Tip tip = Tips.submit("Рабочим на стройке в Алматы не платят три месяца.");
		String token = RunningSuite.stack().run("token", "ngo-almaty").strip();
		String referralId = acceptedReferralOf(tip.reportId(), token);
		String reply = "Здравствуйте. Мы получили ваше сообщение. Можете ли вы написать, где именно стройка?";
		HttpResponse<String> sent = http
			.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/referrals/" + referralId + "/messages"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + reply + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);

		ChromeDriver page = withoutScript.driver();
		String spaced = String.join(" ", tip.receipt().split("(?<=\\G.{4})"));
		await("the case worker's message in the mailbox").atMost(DELIVERY).untilAsserted(() -> {
			page.get(GATEWAY + "/followup?lang=ru");
			page.findElement(By.id("receipt")).sendKeys(spaced);
			Browser.submit(page, By.cssSelector("form.receipt-form button"));
			assertThat(page.findElement(By.cssSelector(".thread")).getText()).contains(reply);
		});
		assertThat(page.findElement(By.id("status")).getText()).contains("Социальный работник");

		page.findElement(By.id("text")).sendKeys("Стройка за рынком, у ворот синий вагончик.");
		Browser.submit(page, By.cssSelector("form.reply button"));
		assertThat(page.findElement(By.id("notice")).getText()).contains("отправлено");
		assertThat(page.findElement(By.cssSelector(".thread")).getText())
			.contains("Стройка за рынком, у ворот синий вагончик.");
		withoutScript.saveFullPage("mailbox-ru");
	}

	@Test
	void refusesAWrongReceiptCalmly() {
		ChromeDriver page = withoutScript.driver();
		page.get(GATEWAY + "/followup?lang=en");
		page.findElement(By.id("receipt")).sendKeys("1234-5678-1234-5678");
		Browser.submit(page, By.cssSelector("form.receipt-form button"));
		assertThat(page.findElement(By.id("notice")).getText()).contains("Check the 16 digits");
		withoutScript.saveFullPage("followup-en");
	}

	@Test
	void quickExitReplacesThePageAndBackDoesNotReturn() {
		ChromeDriver page = withScript.driver();
		page.get(GATEWAY + "/?lang=en");
		page.get(GATEWAY + "/report?lang=en");
		page.findElement(By.id("quick-exit")).click();
		await().atMost(Duration.ofSeconds(10)).until(() -> page.getCurrentUrl().startsWith(LocalStack.EXIT_URL));
		page.navigate().back();
		assertThat(page.getCurrentUrl()).as("Back skips the replaced page").doesNotContain("/report");

		page.get(GATEWAY + "/followup?lang=kk");
		page.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
		await().atMost(Duration.ofSeconds(10)).until(() -> page.getCurrentUrl().startsWith(LocalStack.EXIT_URL));
	}

	@Test
	void publicPagesSetNoCookieAndLoadNothingFromAnotherOrigin() throws Exception {
		ChromeDriver page = withScript.driver();
		for (String path : List.of("/?lang=kk&city=almaty", "/report?lang=ru", "/followup?lang=en")) {
			page.manage().deleteAllCookies();
			page.get(GATEWAY + path);
			assertThat(page.manage().getCookies()).as("cookies after " + path).isEmpty();
			@SuppressWarnings("unchecked")
			List<String> resources = (List<String>) withScript
				.script("return performance.getEntriesByType('resource').map(e => e.name)");
			assertThat(resources).as("resources of " + path).isNotEmpty().allMatch((url) -> url.startsWith(GATEWAY));

			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + path))
				.header("Accept-Language", "kk")
				.header("Cookie", "tracker=1")
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
			assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
			assertThat(response.headers().firstValue("Content-Security-Policy"))
				.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'")
					.doesNotContain("unsafe-inline", "unsafe-eval"));
			assertThat(response.body()).doesNotContain("<script>", " style=\"")
				.doesNotContainPattern("src=\"https?://");
		}
	}

	@Test
	void theTipPageIsSmallAndFitsANarrowPhoneWithoutScrollingSideways() {
		ChromeDriver page = withScript.driver();
		for (String lang : List.of("kk", "ru", "en")) {
			page.get(GATEWAY + "/report?lang=" + lang);
			Number transferred = (Number) withScript.script("""
					const nav = performance.getEntriesByType('navigation')[0];
					return performance.getEntriesByType('resource')
					  .reduce((sum, r) => sum + r.encodedBodySize, nav.encodedBodySize);""");
			assertThat(transferred.longValue()).as("bytes of the tip page in " + lang).isPositive().isLessThan(100_000);
		}
		Dimension phone = page.manage().window().getSize();
		try {
			page.manage().window().setSize(new Dimension(320, 640));
			for (String path : List.of("/?lang=kk&city=almaty", "/report?lang=kk", "/followup?lang=kk")) {
				page.get(GATEWAY + path);
				assertThat(withScript.script("return document.documentElement.scrollWidth <= window.innerWidth"))
					.as("no sideways scrolling at 320 px on " + path)
					.isEqualTo(true);
			}
		}
		finally {
			page.manage().window().setSize(phone);
		}
	}

	@Test
	void everyPublicPageHasNoSeriousAccessibilityViolationInAnyLanguage() throws Exception {
		ChromeDriver page = withScript.driver();
		for (String lang : List.of("kk", "ru", "en")) {
			for (String path : List.of("/?lang=" + lang, "/?lang=" + lang + "&city=almaty", "/report?lang=" + lang,
					"/followup?lang=" + lang)) {
				page.get(GATEWAY + path);
				assertThat(withScript.seriousAccessibilityViolations()).as("axe on " + path).isEmpty();
			}
			page.get(GATEWAY + "/report?lang=" + lang);
			withScript.script("document.getElementById('tip-form').submit()");
			await().atMost(Duration.ofSeconds(20)).until(() -> !page.findElements(By.id("error-summary")).isEmpty());
			assertThat(withScript.seriousAccessibilityViolations()).as("axe on the refused form in " + lang).isEmpty();
		}
		Tips.Tip tip = Tips.submit("A tip to open the mailbox for the accessibility check.");
		page.get(GATEWAY + "/followup?lang=kk");
		page.findElement(By.id("receipt")).sendKeys(tip.receipt());
		Browser.submit(page, By.cssSelector("form.receipt-form button"));
		assertThat(page.findElements(By.cssSelector("form.reply"))).isNotEmpty();
		assertThat(withScript.seriousAccessibilityViolations()).as("axe on the mailbox").isEmpty();
	}

	private static void check(ChromeDriver page, String id) {
		WebElement box = page.findElement(By.id(id));
		if (!box.isSelected()) {
			page.findElement(By.cssSelector("label[for='" + id + "']")).click();
		}
		assertThat(box.isSelected()).as(id).isTrue();
	}

	private static void next(ChromeDriver page, String step) {
		page.findElement(By.cssSelector("#" + step + " .step-nav button:not(.secondary)")).click();
	}

	private static List<String> telLinks(ChromeDriver page) {
		return page.findElements(By.cssSelector(".national a[href^='tel:']"))
			.stream()
			.map((link) -> link.getAttribute("href"))
			.toList();
	}

	/** The Almaty worker's offer for the report, accepted. */
	private static String acceptedReferralOf(String reportId, String token) throws Exception {
		String[] id = new String[1];
		await("an offer to the Almaty organization").atMost(DELIVERY).untilAsserted(() -> {
			HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/referrals"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
			List<String> ids = JsonPath.read(list.body(), "$[?(@.reportId == '" + reportId + "')].id");
			assertThat(ids).isNotEmpty();
			id[0] = ids.get(0);
		});
		HttpResponse<String> accepted = http
			.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/referrals/" + id[0] + "/accept"))
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		return id[0];
	}

}
