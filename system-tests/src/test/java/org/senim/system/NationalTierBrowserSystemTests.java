package org.senim.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No tip falls through (DESIGN.md §5): a Shymkent tip its city's organisation declines
 * and the nearest city's leaves unanswered reaches the national organisation's dashboard
 * live; still unaccepted there, it is an alert for the directory admins. The local stack
 * of the system tests lets offers expire after 3 minutes and raises the alert a minute
 * after the last tier ({@link LocalStack}).
 */
@ExtendWith(RunningSuite.class)
class NationalTierBrowserSystemTests {

	private static final String GATEWAY = "http://localhost:8080";

	/** Decline, then the nearest city's offer expires (3 min, swept every 10 s). */
	private static final Duration TO_NATIONAL_TIER = Duration.ofMinutes(6);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static Browser national;

	private static Browser admin;

	@RegisterExtension
	static final TestWatcher screenshots = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			try {
				national.save("national-failed-" + context.getRequiredTestMethod().getName());
				admin.save("national-failed-admin-" + context.getRequiredTestMethod().getName());
			}
			catch (Exception ex) {
				cause.addSuppressed(ex);
			}
		}
	};

	@BeforeAll
	static void openBrowser() throws Exception {
		national = Browser.phone(true);
		admin = Browser.phone(false);
	}

	@AfterAll
	static void closeBrowser() throws Exception {
		for (Browser browser : new Browser[] { national, admin }) {
			if (browser != null) {
				browser.close();
			}
		}
	}

	@Test
	void aTipNoCityOrganisationTakesReachesTheNationalOrganisationsDashboardThenTheAdminsAlert() throws Exception {
		ChromeDriver worker = national.driver();
		IssuerLogin.signIn(worker, "/ngo/", "ngo-national");
		await("the live stream is open").atMost(Duration.ofSeconds(30))
			.until(() -> worker.findElement(By.id("live")).getText().contains("appear here as they arrive"));
		national.script("window.senimNotReloaded = true;");

		LocalStack stack = RunningSuite.stack();
		Tips.Tip tip = Tips.submit("Shymkent", "Brick kiln outside the city, no pay for months " + UUID.randomUUID());
		String shymkent = stack.run("token", "ngo-shymkent").strip();
		String offer = await("the offer to the Shymkent organisation").atMost(Duration.ofSeconds(90))
			.until(() -> referralOf(shymkent, tip.reportId()), (id) -> id != null);
		HttpResponse<String> declined = api(shymkent, "POST", "/api/referrals/" + offer + "/decline",
				"{\"reason\":\"We only take women; please find another organisation.\"}");
		assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);

		String nationalToken = stack.run("token", "ngo-national").strip();
		String nationalOffer = await("the national organisation's offer").atMost(TO_NATIONAL_TIER)
			.pollInterval(Duration.ofSeconds(5))
			.until(() -> referralOf(nationalToken, tip.reportId()), (id) -> id != null);
		await("the national offer on the dashboard, without reload").atMost(Duration.ofSeconds(60))
			.until(() -> !worker.findElements(By.cssSelector("li[data-referral-id='" + nationalOffer + "']"))
				.isEmpty());
		assertThat(national.script("return window.senimNotReloaded === true;")).isEqualTo(true);
		assertThat(worker.findElement(By.cssSelector("li[data-referral-id='" + nationalOffer + "']")).getText())
			.contains("New", "Shymkent", "re-routed to you");
		national.save("ngo-national-offer");

		// Nobody accepts it at the last tier: a minute later it is the directory admins'
		// alert.
		ChromeDriver page = admin.driver();
		IssuerLogin.signIn(page, "/admin/", "admin");
		By alert = By.cssSelector("#alerts li.tip-alert[data-report-id='" + tip.reportId() + "']");
		await("the unaccepted tip on the admin page").atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(10))
			.until(() -> {
				page.navigate().refresh();
				return !page.findElements(alert).isEmpty();
			});
		assertThat(page.findElement(alert).getText()).contains("shymkent");
		assertThat(page.findElement(By.id("alerts")).getAttribute("role")).isEqualTo("alert");
		admin.save("admin-unaccepted-alert");
	}

	/** The organisation's referral of the report, or {@code null}. */
	private static String referralOf(String token, String reportId) throws Exception {
		HttpResponse<String> list = api(token, "GET", "/api/referrals?status=OFFERED&size=200", null);
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		List<Map<String, Object>> referrals = JsonPath.read(list.body(), "$[*]");
		return referrals.stream()
			.filter((referral) -> reportId.equals(String.valueOf(referral.get("reportId"))))
			.map((referral) -> String.valueOf(referral.get("id")))
			.findFirst()
			.orElse(null);
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

}
