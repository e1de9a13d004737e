package org.senim.system;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Staff sign-in to a console through the local issuer's own login page. */
final class IssuerLogin {

	static final String GATEWAY = "http://localhost:8080";

	private IssuerLogin() {
	}

	/**
	 * Opens {@code consolePath} (e.g. {@code /police/}), signs in as {@code user} (its
	 * password is the user name) and waits to be back on the console.
	 */
	static void signIn(ChromeDriver browser, String consolePath, String user) {
		browser.get(GATEWAY + consolePath + "?lang=en");
		await("the issuer's login page").atMost(Duration.ofSeconds(30))
			.until(() -> browser.getCurrentUrl().startsWith("http://localhost:9000/login"));
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(user);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		// Back on the console's page itself, signed in: not its callback on the way
		// there.
		await("back on the console, signed in").atMost(Duration.ofSeconds(30))
			.until(() -> browser.getCurrentUrl().startsWith(GATEWAY + consolePath)
					&& !browser.getCurrentUrl().contains("/callback")
					&& !browser.findElements(By.cssSelector(".worker")).isEmpty());
		assertThat(browser.findElement(By.cssSelector(".worker")).getText()).contains(user);
	}

}
