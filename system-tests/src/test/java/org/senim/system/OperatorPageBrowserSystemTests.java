package org.senim.system;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
 * The hotline operator's page in headless Chromium against the running suite: the
 * operator signs in through the issuer's login page, is told what to check on a form sent
 * half-filled, files a tip for a caller and reads its receipt; the caller opens the
 * public mailbox with it.
 */
@ExtendWith(RunningSuite.class)
class OperatorPageBrowserSystemTests {

	private static final String GATEWAY = IssuerLogin.GATEWAY;

	private static Browser operator;

	private static Browser caller;

	@RegisterExtension
	static final TestWatcher screenshots = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			String name = context.getRequiredTestMethod().getName();
			if (operator != null) {
				operator.save("failed-" + name + "-operator");
			}
			if (caller != null) {
				caller.save("failed-" + name + "-caller");
			}
		}
	};

	@BeforeAll
	static void openBrowsers() throws Exception {
		// With JavaScript only so that axe can run: the operator's pages have no script.
		operator = Browser.phone(true);
		caller = Browser.phone(false);
	}

	@AfterAll
	static void closeBrowsers() throws Exception {
		for (Browser browser : new Browser[] { operator, caller }) {
			if (browser != null) {
				browser.close();
			}
		}
	}

	@Test
	void operatorFilesATipForACallerWhoOpensTheMailboxWithTheReceipt() throws Exception {
		ChromeDriver page = operator.driver();
		IssuerLogin.signIn(page, "/operator/", "operator");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("A tip for a caller");
		assertThat(page.findElement(By.id("hotlines-title")).getText())
			.isEqualTo("National hotlines to give the caller");
		assertThat(operator.seriousAccessibilityViolations()).as("axe on the operator's form").isEmpty();

		String words = "The caller’s brother works on a building site without his passport " + UUID.randomUUID();
		page.findElement(By.id("city")).sendKeys("Shymkent");
		page.findElement(By.id("description")).sendKeys(words);
		page.findElement(By.cssSelector("button.send")).click();
		assertThat(page.findElement(By.id("error-summary")).getText()).contains("Please check these answers");
		assertThat(page.findElement(By.id("err-exploitationTypes")).isDisplayed()).isTrue();
		assertThat(page.findElement(By.id("city")).getAttribute("value")).isEqualTo("Shymkent");
		assertThat(page.findElement(By.id("description")).getAttribute("value")).isEqualTo(words);
		assertThat(operator.seriousAccessibilityViolations()).as("axe on the refused form").isEmpty();
		operator.save("operator-refused");

		check(page, "exploitationTypes-FORCED_LABOUR");
		check(page, "venueType-CONSTRUCTION_SITE");
		check(page, "controlMethods-WITHHOLDS_DOCUMENTS");
		check(page, "reporterRole-RELATIVE");
		page.findElement(By.cssSelector("button.send")).click();
		await("the receipt page").atMost(Duration.ofSeconds(30))
			.until(() -> page.findElements(By.cssSelector("#receipt span")).size() == 4);
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("The tip is filed");
		List<String> groups = page.findElements(By.cssSelector("#receipt span"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(groups).hasSize(4).allMatch((group) -> group.matches("\\d{4}"));
		assertThat(page.findElement(By.id("read-aloud")).getText()).contains("digit by digit");
		assertThat(page.getCurrentUrl()).doesNotContain(groups.get(0) + groups.get(1));
		assertThat(operator.seriousAccessibilityViolations()).as("axe on the receipt").isEmpty();
		operator.save("operator-receipt");

		ChromeDriver mailbox = caller.driver();
		String receipt = String.join("", groups);
		await("the caller's mailbox").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			mailbox.get(GATEWAY + "/followup?lang=en");
			mailbox.findElement(By.id("receipt")).sendKeys(receipt);
			mailbox.findElement(By.cssSelector("form.receipt-form button")).click();
			assertThat(mailbox.findElement(By.id("status-title")).getText()).isEqualTo("Where your tip stands");
		});

		page.get(GATEWAY + "/operator/?lang=ru");
		assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Сообщение за звонящего");
		assertThat(operator.seriousAccessibilityViolations()).as("axe on the form in Russian").isEmpty();
	}

	private static void check(ChromeDriver page, String id) {
		WebElement box = page.findElement(By.id(id));
		if (!box.isSelected()) {
			page.findElement(By.cssSelector("label[for='" + id + "']")).click();
		}
		assertThat(box.isSelected()).as(id).isTrue();
	}

}
