package org.senim.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The NGO dashboard in headless Chromium against the running suite: a worker signs in
 * through the issuer's login page, a tip sent through the public form appears on her list
 * live, she opens, accepts and answers it, and the tipster reads the answer in the
 * mailbox; a worker of another city never sees the case.
 */
@ExtendWith(RunningSuite.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NgoDashboardBrowserSystemTests {

	private static final String GATEWAY = "http://localhost:8080";

	private static final Duration DELIVERY = Duration.ofSeconds(90);

	private static final Pattern CASE_ID = Pattern.compile("/ngo/referrals/([0-9a-f-]{36})");

	private static Browser almaty;

	private static Browser tipster;

	private static Browser shymkent;

	/** The Almaty case of the first test, for the second. */
	private static String caseId;

	private static String almatyServiceId;

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@RegisterExtension
	static final TestWatcher screenshots = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			String name = context.getRequiredTestMethod().getName();
			for (Browser browser : new Browser[] { almaty, tipster, shymkent }) {
				if (browser != null) {
					browser.save("failed-" + name + "-"
							+ (browser == almaty ? "almaty" : (browser == tipster) ? "tipster" : "shymkent"));
				}
			}
		}
	};

	@BeforeAll
	static void openBrowsers() throws Exception {
		almaty = Browser.phone(true);
		tipster = Browser.phone(false);
		shymkent = Browser.phone(true);
	}

	@AfterAll
	static void closeBrowsers() throws Exception {
		for (Browser browser : new Browser[] { almaty, tipster, shymkent }) {
			if (browser != null) {
				browser.close();
			}
		}
	}

	@Test
	@Order(1)
	void almatyWorkerSeesATipLiveAcceptsItAndWritesToTheTipster() throws Exception {
		ChromeDriver other = shymkent.driver();
		signIn(other, "ngo-shymkent");
		await("the Shymkent worker's live stream is open").atMost(Duration.ofSeconds(30))
			.until(() -> other.findElement(By.id("live")).getText().contains("appear here as they arrive"));
		shymkent.script("window.senimNotReloaded = true;");

		ChromeDriver worker = almaty.driver();
		signIn(worker, "ngo-almaty");
		assertThat(worker.findElement(By.tagName("h1")).getText()).isEqualTo("Referrals to your organisation");
		await("the live stream is open").atMost(Duration.ofSeconds(30))
			.until(() -> worker.findElement(By.id("live")).getText().contains("appear here as they arrive"));
		almaty.script("window.senimNotReloaded = true;");
		List<String> before = rowIds(worker);

		String marker = "Sauna on Abay street, " + UUID.randomUUID();
		String receipt = sendTipThroughTheForm(marker);

		await("the new offer on the list, without reload").atMost(DELIVERY)
			.until(() -> !worker.findElements(By.cssSelector("#referrals li.referral.fresh")).isEmpty());
		assertThat(almaty.script("return window.senimNotReloaded === true;")).isEqualTo(true);
		WebElement row = worker.findElement(By.cssSelector("#referrals li.referral.fresh"));
		assertThat(before).doesNotContain(row.getAttribute("data-referral-id"));
		assertThat(row.getText()).contains("New", "Sauna", "min left to answer");
		assertThat(rowIds(worker)).as("every offer once").doesNotHaveDuplicates();
		almaty.save("ngo-list-live");
		assertThat(almaty.seriousAccessibilityViolations()).as("axe on the live list").isEmpty();

		row.findElement(By.cssSelector("a.referral-link")).click();
		Matcher id = CASE_ID.matcher(worker.getCurrentUrl());
		assertThat(id.find()).as(worker.getCurrentUrl()).isTrue();
		caseId = id.group(1);
		assertThat(worker.findElement(By.id("answer-venueType")).getText()).isEqualTo("Sauna");
		assertThat(worker.findElement(By.id("answer-reporterRole")).getText())
			.isEqualTo("It is happening to someone in my family");
		assertThat(worker.findElement(By.id("description")).getText()).isEqualTo(marker);
		assertThat(almaty.seriousAccessibilityViolations()).as("axe on the case").isEmpty();

		Browser.submit(worker, By.cssSelector("#accept button"));
		assertThat(worker.findElement(By.id("notice")).getText()).contains("You have accepted the case");
		assertThat(worker.findElement(By.id("status")).getText()).isEqualTo("Accepted by you");

		String answer = "We have received your message and are on our way. " + UUID.randomUUID();
		worker.findElement(By.id("message-text")).sendKeys(answer);
		Browser.submit(worker, By.cssSelector("#write button"));
		assertThat(worker.findElement(By.id("notice")).getText()).contains("on its way");
		almaty.save("ngo-case-accepted");

		ChromeDriver mailbox = tipster.driver();
		await("the case worker's message in the tipster's mailbox").atMost(DELIVERY).untilAsserted(() -> {
			mailbox.get(GATEWAY + "/followup?lang=en");
			mailbox.findElement(By.id("receipt")).sendKeys(receipt);
			mailbox.findElement(By.cssSelector("form.receipt-form button")).click();
			assertThat(mailbox.findElement(By.cssSelector(".thread")).getText()).contains(answer);
		});
		assertThat(mailbox.findElement(By.id("status")).getText()).isEqualTo("A case worker has taken it up");

		almaty.script("window.senimNotReloaded = true;");
		String reply = "There are four of them, the youngest is fifteen. " + UUID.randomUUID();
		mailbox.findElement(By.id("text")).sendKeys(reply);
		Browser.submit(mailbox, By.cssSelector("form.reply button"));
		await("the tipster's reply live on the case view, without reload").atMost(DELIVERY)
			.until(() -> worker.findElement(By.id("thread")).getText().contains(reply));
		assertThat(almaty.script("return window.senimNotReloaded === true;")).isEqualTo(true);
		assertThat(worker.findElement(By.id("thread")).getText()).contains(answer);
		almaty.save("ngo-case-conversation");
		assertThat(almaty.seriousAccessibilityViolations()).as("axe on the case with its conversation").isEmpty();
	}

	@Test
	@Order(2)
	void dashboardCatchesUpAfterTheReferralServiceRestarts() throws Exception {
		ChromeDriver worker = almaty.driver();
		worker.get(GATEWAY + "/ngo/?lang=en");
		await("the live stream is open").atMost(Duration.ofSeconds(30))
			.until(() -> worker.findElement(By.id("live")).getText().contains("appear here as they arrive"));
		almaty.script("window.senimNotReloaded = true;");
		LocalStack stack = RunningSuite.stack();
		Set<String> reports = new HashSet<>();
		stack.run("stop", "referral-service");
		try {
			// Accepted by the report-service while nobody can route them: they wait in
			// its outbox and in Kafka.
			reports.add(
					Tips.submit("Cotton field near Turkestan, while the hub restarts " + UUID.randomUUID()).reportId());
			reports.add(Tips.submit("Construction site, passports taken " + UUID.randomUUID()).reportId());
		}
		finally {
			stack.run("start", "referral-service");
		}
		String token = stack.run("token", "ngo-almaty").strip();
		Set<String> offered = new HashSet<>();
		await("both tips offered to the organisation").atMost(DELIVERY).untilAsserted(() -> {
			offered.clear();
			offered.addAll(referralIdsOf(token, reports));
			assertThat(offered).hasSize(2);
		});
		await("both offers on the list, without reload").atMost(DELIVERY)
			.until(() -> rowIds(worker).containsAll(offered));
		assertThat(almaty.script("return window.senimNotReloaded === true;")).isEqualTo(true);
		assertThat(rowIds(worker)).as("every offer once").doesNotHaveDuplicates();
		almaty.save("ngo-list-after-restart");
	}

	@Test
	@Order(3)
	void shymkentWorkerNeverSeesTheAlmatyCase() throws Exception {
		assertThat(caseId).as("the Almaty case of the first test").isNotNull();
		ChromeDriver worker = shymkent.driver();
		assertThat(rowIds(worker)).as("the Shymkent list, live since before the tip").doesNotContain(caseId);
		assertThat(shymkent.script("return window.senimNotReloaded === true;")).isEqualTo(true);
		worker.get(GATEWAY + "/ngo/?show=all&lang=en");
		assertThat(worker.findElement(By.tagName("h1")).getText()).isEqualTo("Referrals to your organisation");
		assertThat(rowIds(worker)).doesNotContain(caseId);

		worker.get(GATEWAY + "/ngo/referrals/" + caseId + "?lang=en");
		assertThat(worker.findElement(By.id("notice-title")).getText()).isEqualTo("This case is not here");
		assertThat(shymkent.seriousAccessibilityViolations()).as("axe on a notice").isEmpty();
		assertThat(worker.getPageSource()).doesNotContain("Sauna on Abay street");
		worker.get(GATEWAY + "/ngo/referrals/" + caseId + "/thread?lang=en");
		assertThat(worker.getPageSource()).doesNotContain("on our way").doesNotContain("fifteen");
		shymkent.save("ngo-other-city");

		String token = RunningSuite.stack().run("token", "ngo-shymkent").strip();
		assertThat(api(token, "GET", "/api/referrals/" + caseId, null).statusCode()).isIn(403, 404);
		assertThat(api(token, "GET", "/api/referrals/" + caseId + "/messages", null).statusCode()).isIn(403, 404);
		assertThat(api(token, "POST", "/api/referrals/" + caseId + "/messages", "{\"text\":\"hello\"}").statusCode())
			.isIn(403, 404);
		HttpResponse<String> list = api(token, "GET", "/api/referrals?status=ACCEPTED", null);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).doesNotContain(caseId);
	}

	@Test
	@Order(4)
	void almatyWorkerSetsTheFreePlacesOfHerOrganizationsService() throws Exception {
		ChromeDriver worker = almaty.driver();
		worker.get(GATEWAY + "/ngo/?lang=en");
		worker.findElement(By.id("nav-services")).click();
		assertThat(worker.findElement(By.tagName("h1")).getText()).isEqualTo("Your organisation’s services");
		assertThat(almaty.seriousAccessibilityViolations()).as("axe on the services").isEmpty();
		WebElement service = worker.findElement(By.cssSelector("#services li.service"));
		String id = service.getAttribute("data-service-id");
		WebElement maximum = worker.findElement(By.id("maximum-" + id));
		WebElement available = worker.findElement(By.id("available-" + id));
		int total = maximum.getAttribute("value").isBlank() ? 12 : Integer.parseInt(maximum.getAttribute("value"));
		if (total == 0) {
			total = 5;
		}
		int before = available.getAttribute("value").isBlank() ? -1 : Integer.parseInt(available.getAttribute("value"));
		int free = (before + 1 <= total) ? before + 1 : 0;
		maximum.clear();
		maximum.sendKeys(Integer.toString(total));
		available.clear();
		available.sendKeys(Integer.toString(free));
		Browser.submit(worker, By.cssSelector("#capacity-" + id + " button"));

		assertThat(worker.findElement(By.id("notice")).getText()).isEqualTo("The places are saved.");
		assertThat(worker.findElement(By.cssSelector("#service-" + id + " .service-places")).getText())
			.isEqualTo(free + " free of " + total);
		assertThat(worker.findElement(By.id("available-" + id)).getAttribute("value"))
			.isEqualTo(Integer.toString(free));
		almaty.save("ngo-services-capacity");
		almatyServiceId = id;
	}

	@Test
	@Order(5)
	void shymkentWorkerCannotChangeTheAlmatyServicesPlaces() throws Exception {
		assertThat(almatyServiceId).as("the Almaty service of the test before").isNotNull();
		String token = RunningSuite.stack().run("token", "ngo-shymkent").strip();
		HttpResponse<String> put = api(token, "PUT", "/api/directory/ngo/services/" + almatyServiceId + "/capacity",
				"{\"available\":0,\"maximum\":1}");
		assertThat(put.statusCode()).as(put.body()).isEqualTo(404);

		// Through her own dashboard's form, with her session's CSRF token: a calm "not
		// found".
		ChromeDriver worker = shymkent.driver();
		worker.get(GATEWAY + "/ngo/services?lang=en");
		Object answer = shymkent.script("""
				var token = document.querySelector('form.sign-out input[type=hidden]');
				var form = new URLSearchParams();
				form.append(token.name, token.value);
				form.append('available', '0');
				form.append('maximum', '1');
				return fetch('/ngo/services/%s/capacity?lang=en', {method: 'POST', body: form})
				  .then(function (response) { return response.text(); });""".formatted(almatyServiceId));
		assertThat(String.valueOf(answer))
			.contains("This service is not one of your organisation’s; nothing was changed.")
			.doesNotContain("The places are saved.");

		ChromeDriver almatyWorker = almaty.driver();
		almatyWorker.get(GATEWAY + "/ngo/services?lang=en");
		assertThat(almatyWorker.findElement(By.id("maximum-" + almatyServiceId)).getAttribute("value"))
			.as("the Almaty service's places, unchanged")
			.isNotEqualTo("1");
	}

	private static HttpResponse<String> api(String token, String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(20));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method,
				(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The organisation's referrals of these reports, by the API. */
	private static List<String> referralIdsOf(String token, Set<String> reportIds) throws Exception {
		HttpResponse<String> list = api(token, "GET", "/api/referrals?size=200", null);
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		List<Map<String, Object>> referrals = JsonPath.read(list.body(), "$[*]");
		return referrals.stream()
			.filter((referral) -> reportIds.contains(String.valueOf(referral.get("reportId"))))
			.map((referral) -> String.valueOf(referral.get("id")))
			.toList();
	}

	private static void signIn(ChromeDriver browser, String user) {
		IssuerLogin.signIn(browser, "/ngo/", user);
	}

	/** A tip in English through the public form, without JavaScript; its receipt. */
	private static String sendTipThroughTheForm(String description) {
		ChromeDriver page = tipster.driver();
		page.get(GATEWAY + "/report?lang=en");
		check(page, "exploitationTypes-SEXUAL_EXPLOITATION");
		page.findElement(By.id("city")).sendKeys("Almaty");
		check(page, "venueType-SAUNA");
		check(page, "controlMethods-WITHHOLDS_DOCUMENTS");
		check(page, "reporterRole-RELATIVE");
		page.findElement(By.id("description")).sendKeys(description);
		page.findElement(By.cssSelector("button.send")).click();
		await("the receipt page").atMost(Duration.ofSeconds(30))
			.until(() -> page.findElements(By.cssSelector("#receipt span")).size() == 4);
		List<String> groups = page.findElements(By.cssSelector("#receipt span"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(groups).hasSize(4).allMatch((group) -> group.matches("\\d{4}"));
		return String.join("", groups);
	}

	private static List<String> rowIds(ChromeDriver page) {
		return page.findElements(By.cssSelector("#referrals li[data-referral-id]"))
			.stream()
			.map((row) -> row.getAttribute("data-referral-id"))
			.toList();
	}

	private static void check(ChromeDriver page, String id) {
		WebElement box = page.findElement(By.id(id));
		if (!box.isSelected()) {
			page.findElement(By.cssSelector("label[for='" + id + "']")).click();
		}
		assertThat(box.isSelected()).as(id).isTrue();
	}

}
