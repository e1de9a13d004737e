package org.senim.system;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

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
 * The directory admin page in headless Chromium against the running suite: the
 * administrator signs in through the issuer's login page, changes a sample service's
 * hours and sees them listed, imports a small sample HSDS file and then a broken one;
 * axe-core finds no serious or critical violation on any admin page.
 */
@ExtendWith(RunningSuite.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminPageBrowserSystemTests {

	private static final String GATEWAY = "http://localhost:8080";

	/**
	 * The local stack's sample shelter in Astana (db/sample of the directory-service).
	 */
	private static final String ASTANA_SHELTER = "0b000000-0000-4000-8000-000000000001";

	private static final String ASTANA_NGO = "0a000000-0000-4000-8000-000000000001";

	private static Browser admin;

	@RegisterExtension
	static final TestWatcher screenshots = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (admin != null) {
				admin.save("failed-" + context.getRequiredTestMethod().getName());
			}
		}
	};

	@BeforeAll
	static void openBrowser() throws Exception {
		admin = Browser.phone(true);
	}

	@AfterAll
	static void closeBrowser() throws Exception {
		if (admin != null) {
			admin.close();
		}
	}

	@Test
	@Order(1)
	void adminSignsInAndSeesTheOrganizations() throws Exception {
		ChromeDriver page = admin.driver();
		IssuerLogin.signIn(page, "/admin/", "admin");
		page.get(GATEWAY + "/admin/?lang=en");
		assertThat(page.findElement(By.cssSelector(".worker")).getText()).contains("admin");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Organisations in the directory");
		assertThat(page.findElement(By.id("organizations")).getText()).contains("Sample NGO", "Sample data");
		assertThat(admin.seriousAccessibilityViolations()).as("axe on the start page").isEmpty();
		admin.save("admin-home");

		page.findElement(By.id("nav-services")).click();
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Services in the directory");
		assertThat(admin.seriousAccessibilityViolations()).as("axe on the services").isEmpty();

		page.get(GATEWAY + "/admin/organizations/" + ASTANA_NGO + "?lang=kk");
		assertThat(page.findElement(By.id("services")).getText()).contains("Sample shelter Astana");
		assertThat(admin.seriousAccessibilityViolations()).as("axe on an organisation in Kazakh").isEmpty();
		page.get(GATEWAY + "/admin/organizations/new?lang=ru");
		assertThat(admin.seriousAccessibilityViolations()).as("axe on a new organisation in Russian").isEmpty();
	}

	@Test
	@Order(2)
	void adminChangesTheHoursOfAServiceAndSeesThemListed() throws Exception {
		ChromeDriver page = admin.driver();
		page.get(GATEWAY + "/admin/services/" + ASTANA_SHELTER + "?lang=en");
		assertThat(admin.seriousAccessibilityViolations()).as("axe on a service").isEmpty();
		String hours = "Every day 08:00-20:00 (" + UUID.randomUUID().toString().substring(0, 8) + ")";
		WebElement field = page.findElement(By.id("details-hours"));
		field.clear();
		field.sendKeys(hours);
		page.findElement(By.cssSelector("#service-form button[type=submit]")).click();

		assertThat(page.findElement(By.id("notice")).getText()).isEqualTo("The changes are saved.");
		assertThat(page.findElement(By.cssSelector(".service-facts .service-hours")).getText()).isEqualTo(hours);

		field = page.findElement(By.id("details-hours"));
		field.clear();
		field.sendKeys("x".repeat(201));
		page.executeScript("arguments[0].removeAttribute('maxlength')", field);
		field.sendKeys("x");
		page.findElement(By.cssSelector("#service-form button[type=submit]")).click();
		assertThat(page.findElement(By.id("details-hours-error")).getText()).startsWith("Opening hours: at most 200");
		assertThat(page.findElement(By.id("error-summary")).getText()).contains("Nothing was saved");
		assertThat(admin.seriousAccessibilityViolations()).as("axe on a refused service form").isEmpty();
		admin.save("admin-service-refused");
	}

	@Test
	@Order(3)
	void adminImportsASampleHsdsFileAndSeesWhatIsWrongWithABrokenOne() throws Exception {
		ChromeDriver page = admin.driver();
		page.get(GATEWAY + "/admin/import?lang=en");
		assertThat(page.findElement(By.id("file-hint")).getText()).isEqualTo("At most 256 KB and 500 services.");
		assertThat(admin.seriousAccessibilityViolations()).as("axe on the import").isEmpty();

		page.findElement(By.id("file")).sendKeys(resource("/hsds/sample-import.json"));
		page.findElement(By.cssSelector("#import button[type=submit]")).click();
		assertThat(page.findElement(By.id("notice")).getText()).contains("Imported: 1 services");
		admin.save("admin-import-done");
		page.findElement(By.id("to-services")).click();
		page.get(GATEWAY + "/admin/services/0b000000-0000-4000-8000-0000000000a1?lang=en");
		assertThat(page.findElement(By.id("service-name")).getText()).contains("Sample import service (browser test)",
				"Sample data");

		page.get(GATEWAY + "/admin/import?lang=en");
		page.findElement(By.id("file")).sendKeys(resource("/hsds/invalid-import.json"));
		page.findElement(By.cssSelector("#import button[type=submit]")).click();
		assertThat(page.findElement(By.id("error-summary")).getText()).contains("Nothing was imported");
		assertThat(page.findElement(By.id("import-problems")).getText()).contains("Entry 1");
		assertThat(admin.seriousAccessibilityViolations()).as("axe on a refused import").isEmpty();
		admin.save("admin-import-refused");
	}

	private static String resource(String name) throws URISyntaxException {
		return Path.of(AdminPageBrowserSystemTests.class.getResource(name).toURI()).toString();
	}

}
