package com.designcoach.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.designcoach.ApiTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The frontend in a real headless Chromium (Debian's chromium and chromedriver) against
 * the running service, one browser per test class. Where Chromium, ChromeDriver or the
 * built frontend is missing, the tests skip, saying why; but when the environment
 * variable {@code CI} is set (and not {@code false}), as {@code .ci/run} sets it
 * ({@code export CI=true}), they fail instead, so CI cannot pass without them.
 */
abstract class BrowserTestSupport extends ApiTestSupport {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	protected static WebDriver driver;

	@BeforeAll
	static void startBrowser() throws IOException {
		require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"install Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + "; .ci/run does)");
		require(BrowserTestSupport.class.getResource("/static/index.html") != null,
				"the frontend was not built (-Dfrontend.skip=true)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("chromium-e2e"));
		driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build(), options);
	}

	/** Skips the class where the browser cannot run, or fails it on CI. */
	static void require(boolean condition, String missing) {
		if (condition) {
			return;
		}
		if (onCi(System.getenv("CI"))) {
			throw new IllegalStateException("Browser tests cannot run on CI (CI is set): " + missing);
		}
		String skipped = "Browser tests skipped: " + missing + "; with CI set they would fail";
		// Surefire counts a class skipped in @BeforeAll as zero tests, without the
		// reason:
		// say it on the console too.
		System.err.println(skipped);
		assumeTrue(false, skipped);
	}

	static boolean onCi(String ci) {
		return ci != null && !ci.isBlank() && !ci.strip().equalsIgnoreCase("false");
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	protected void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	/** Creates the account on the sign-in page and waits until the app says who is in. */
	protected void signUp(String username) {
		waitFor(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("[data-testid=create-account]")).click();
		waitFor(By.cssSelector("[data-testid=current-user]"));
	}

	protected void signIn(String username, String password) {
		waitFor(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("[data-testid=sign-in]")).click();
		waitFor(By.cssSelector("[data-testid=current-user]"));
	}

	protected static WebElement waitFor(By locator) {
		return new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.elementToBeClickable(locator));
	}

}
