package org.senim.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.awaitility.Awaitility.await;

/**
 * Debian's headless Chromium driven by its chromedriver, on a phone-sized window. With
 * JavaScript off it is the browser of someone who has it off, or whose phone cannot run
 * it; the pages must work the same.
 */
final class Browser implements AutoCloseable {

	static final Path ARTIFACTS = Path.of("target", "browser");

	private static final String CHROMIUM = System.getProperty("senim.chromium", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = System.getProperty("senim.chromedriver", "/usr/bin/chromedriver");

	private final ChromeDriver driver;

	private final Path profile;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** A phone: 360 × 740 CSS pixels. */
	static Browser phone(boolean javaScript) throws IOException {
		Path profile = Files.createTempDirectory("senim-chromium-");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--disable-extensions", "--lang=ru", "--user-data-dir=" + profile);
		if (!javaScript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().window().setSize(new Dimension(360, 740));
		return new Browser(driver, profile);
	}

	ChromeDriver driver() {
		return this.driver;
	}

	Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	/**
	 * Runs axe-core (the copy bundled by Deque's axe-core-selenium) on the page; returns
	 * the serious and critical violations as "rule: target" lines.
	 */
	@SuppressWarnings("unchecked")
	List<String> seriousAccessibilityViolations() throws IOException {
		String axe;
		try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is not on the test classpath");
			}
			axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		script(axe);
		Object result = this.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then(r => done(r.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' ')))))
				  .catch(e => done(['axe failed: ' + e]));
				""");
		return (List<String>) result;
	}

	/** Saves a screenshot and the page source under target/browser/. */
	void save(String name) {
		try {
			Files.createDirectories(ARTIFACTS);
			Path shot = this.driver.getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, ARTIFACTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
			Files.writeString(ARTIFACTS.resolve(name + ".html"), this.driver.getPageSource());
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("Could not save " + name + ": " + ex);
		}
	}

	/** A full-page screenshot, for the README. */
	void saveFullPage(String name) {
		try {
			Files.createDirectories(ARTIFACTS);
			long height = (Long) script("return document.documentElement.scrollHeight");
			Dimension size = this.driver.manage().window().getSize();
			this.driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 140, 4000)));
			Files.write(ARTIFACTS.resolve(name + ".png"),
					((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
			this.driver.manage().window().setSize(size);
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("Could not save " + name + ": " + ex);
		}
	}

	/**
	 * Clicks a button that sends its form and waits until the answer has replaced the
	 * page: reading at once could find the old page (its elements go stale under the test
	 * when the new one arrives).
	 */
	static void submit(ChromeDriver page, By button) {
		WebElement before = page.findElement(By.tagName("html"));
		page.findElement(button).click();
		await("the answer to the form").atMost(Duration.ofSeconds(30)).until(() -> isGone(before));
	}

	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
	}

	@Override
	public void close() throws IOException {
		this.driver.quit();
		org.springframework.util.FileSystemUtils.deleteRecursively(this.profile);
	}

}
