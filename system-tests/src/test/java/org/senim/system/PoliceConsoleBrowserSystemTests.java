package org.senim.system;

import java.time.Duration;
import java.util.List;
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
 * The police console in headless Chromium against the running suite: a liaison signs in
 * through the issuer's login page, a tip about children sent through the public form
 * appears on her list live with the reason it was escalated and without the tipster's
 * words, she acknowledges it and it moves to the acknowledged list.
 */
@ExtendWith(RunningSuite.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PoliceConsoleBrowserSystemTests {

	private static final String GATEWAY = IssuerLogin.GATEWAY;

	private static final Duration DELIVERY = Duration.ofSeconds(90);

	private static Browser police;

	private static Browser tipster;

	/** The escalation of the first test, for the second; and the tipster's words. */
	private static String escalationId;

	private static String tipstersWords;

	@RegisterExtension
	static final TestWatcher screenshots = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			String name = context.getRequiredTestMethod().getName();
			if (police != null) {
				police.save("failed-" + name + "-police");
			}
			if (tipster != null) {
				tipster.save("failed-" + name + "-tipster");
			}
		}
	};

	@BeforeAll
	static void openBrowsers() throws Exception {
		police = Browser.phone(true);
		tipster = Browser.phone(false);
	}

	@AfterAll
	static void closeBrowsers() throws Exception {
		for (Browser browser : new Browser[] { police, tipster }) {
			if (browser != null) {
				browser.close();
			}
		}
	}

	@Test
	@Order(1)
	void liaisonSeesATipAboutChildrenLiveWithItsReasonButWithoutTheTipstersWords() throws Exception {
		ChromeDriver liaison = police.driver();
		IssuerLogin.signIn(liaison, "/police/", "police");
		assertThat(liaison.findElement(By.tagName("h1")).getText()).isEqualTo("Escalations waiting for the police");
		await("the live stream is open").atMost(Duration.ofSeconds(30))
			.until(() -> liaison.findElement(By.id("live")).getText().contains("appear here as they arrive"));
		police.script("window.senimNotReloaded = true;");
		List<String> before = rowIds(liaison);

		tipstersWords = "Two girls of fourteen are kept behind the café on Tole bi " + UUID.randomUUID();
		sendTipAboutChildren(tipstersWords);

		await("the escalation on the list, without reload").atMost(DELIVERY)
			.until(() -> !liaison.findElements(By.cssSelector("#escalations li.escalation.fresh")).isEmpty());
		assertThat(police.script("return window.senimNotReloaded === true;")).isEqualTo(true);
		WebElement row = liaison.findElement(By.cssSelector("#escalations li.escalation.fresh"));
		escalationId = row.getAttribute("data-escalation-id");
		assertThat(before).doesNotContain(escalationId);
		assertThat(row.getText()).contains("New", "Children are involved: the police are told without waiting",
				"Forced to sell sex or to take part in sex", "almaty");
		assertThat(rowIds(liaison)).as("every escalation once").doesNotHaveDuplicates();
		assertThat(liaison.getPageSource()).doesNotContain(tipstersWords).doesNotContain("Tole bi");
		assertThat(police.seriousAccessibilityViolations()).as("axe on the live list").isEmpty();
		police.save("police-list-live");
	}

	@Test
	@Order(2)
	void liaisonAcknowledgesItAndItMovesToTheAcknowledgedList() throws Exception {
		assertThat(escalationId).as("the escalation of the first test").isNotNull();
		ChromeDriver liaison = police.driver();
		liaison.findElement(By.cssSelector("li[data-escalation-id='" + escalationId + "'] form.acknowledge button"))
			.click();

		assertThat(liaison.findElement(By.id("notice")).getText()).contains("You have acknowledged the escalation");
		assertThat(rowIds(liaison)).doesNotContain(escalationId);
		assertThat(police.seriousAccessibilityViolations()).as("axe on the list with a notice").isEmpty();

		liaison.findElement(By.id("nav-acknowledged")).click();
		assertThat(liaison.findElement(By.tagName("h1")).getText()).isEqualTo("Acknowledged escalations");
		WebElement row = liaison.findElement(By.cssSelector("li[data-escalation-id='" + escalationId + "']"));
		assertThat(row.getText()).contains("Acknowledged", "Children are involved");
		assertThat(row.findElements(By.cssSelector("form.acknowledge"))).isEmpty();
		assertThat(liaison.getPageSource()).doesNotContain(tipstersWords);
		assertThat(police.seriousAccessibilityViolations()).as("axe on the acknowledged list").isEmpty();
		police.save("police-acknowledged");

		liaison.get(GATEWAY + "/police/?lang=kk");
		assertThat(liaison.findElement(By.tagName("h1")).getText()).isEqualTo("Полицияны күтіп тұрған эскалациялар");
		assertThat(police.seriousAccessibilityViolations()).as("axe on the list in Kazakh").isEmpty();
	}

	/** A tip about children in English through the public form, without JavaScript. */
	private static void sendTipAboutChildren(String description) {
		ChromeDriver page = tipster.driver();
		page.get(GATEWAY + "/report?lang=en");
		check(page, "exploitationTypes-SEXUAL_EXPLOITATION");
		page.findElement(By.id("city")).sendKeys("Almaty");
		check(page, "venueType-CAFE");
		check(page, "minorsInvolved-yes");
		check(page, "reporterRole-WITNESS");
		page.findElement(By.id("description")).sendKeys(description);
		page.findElement(By.cssSelector("button.send")).click();
		await("the receipt page").atMost(Duration.ofSeconds(30))
			.until(() -> page.findElements(By.cssSelector("#receipt span")).size() == 4);
		assertThat(page.findElements(By.cssSelector("#receipt span"))).hasSize(4);
	}

	private static List<String> rowIds(ChromeDriver page) {
		return page.findElements(By.cssSelector("#escalations li[data-escalation-id]"))
			.stream()
			.map((row) -> row.getAttribute("data-escalation-id"))
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
