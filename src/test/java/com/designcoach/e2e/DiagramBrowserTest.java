package com.designcoach.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.designcoach.ApiTestSupport;
import com.designcoach.judge.JudgeFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Diagrams in a real headless Chromium: drawn as SVG while the candidate types, the
 * parser's message for one that does not parse, mermaid loaded only once a diagram is
 * there, and every shipped reference diagram accepted by mermaid itself.
 */
class DiagramBrowserTest extends ApiTestSupport {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final String PREVIEW = "[data-testid=diagram-preview-system-design]";

	private static WebDriver driver;

	@BeforeAll
	static void startBrowser() throws Exception {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser tests skipped: install Debian's chromium and chromium-driver (.ci/run does)");
		assumeTrue(DiagramBrowserTest.class.getResource("/static/index.html") != null,
				"Browser tests skipped: the frontend was not built (-Dfrontend.skip=true)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("chromium-diagrams"));
		driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build(), options);
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	/** Each test starts signed out. */
	@org.junit.jupiter.api.BeforeEach
	void signedOut() {
		driver.get("http://localhost:" + port + "/");
		driver.manage().deleteAllCookies();
	}

	@Test
	void aDiagramIsDrawnAsSvgWhileTypingAndOneThatDoesNotParseShowsWhy() {
		driver.get("http://localhost:" + port + "/");
		waitFor(By.id("username")).sendKeys("drawer-" + Long.toString(System.nanoTime(), 36));
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("[data-testid=create-account]")).click();
		waitFor(By.cssSelector("[data-testid=current-user]"));
		driver.get("http://localhost:" + port + "/#/scenarios/rag-internal-docs-chatbot");
		waitFor(By.cssSelector("[data-testid=start-interview]")).click();
		WebElement answer = waitFor(By.cssSelector("[data-testid=answer-system-design]"));
		assertThat(mermaidRequested()).as("no diagram on the page, no mermaid loaded").isFalse();

		answer.sendKeys(
				"Two paths, drawn:\n```mermaid\nflowchart LR\n  A[Request router] -->|top-k retrieval| B[(Vector index)]\n"
						+ "  B --> C[\"<img src=x onerror=alert(1)>\"]\n```");
		WebElement svg = new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(
					By.cssSelector(PREVIEW + " [data-testid=diagram-preview-system-design-figure] svg")));
		assertThat(svg.getText()).contains("Request router").contains("Vector index").contains("top-k retrieval");
		assertThat(mermaidRequested()).isTrue();
		assertThat(script("return document.querySelectorAll('" + PREVIEW + " foreignObject, " + PREVIEW
				+ " script, img[src=x]').length"))
			.isEqualTo(0L);
		assertThat(driver.findElements(By.cssSelector(PREVIEW + " svg text"))).isNotEmpty();

		answer.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		answer.sendKeys("```mermaid\nflowchart LR\n  A[never closed --> B\n```");
		WebElement error = new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(
					By.cssSelector(PREVIEW + " [data-testid=diagram-preview-system-design-figure-error]")));
		assertThat(error.getText()).contains("does not parse")
			.containsIgnoringCase("error")
			.contains("A[never closed --> B");
		assertThat(driver.findElements(By.cssSelector(PREVIEW + " svg"))).isEmpty();
	}

	@Test
	void mermaidDrawsEveryShippedReferenceDiagram() {
		aDiagramIsDrawnAsSvgWhileTypingAndOneThatDoesNotParseShowsWhy();
		List<String> diagrams = JudgeFixtures.shippedScenarios()
			.stream()
			.map(scenario -> scenario.step("system-design").referenceDiagram())
			.toList();
		WebElement answer = driver.findElement(By.cssSelector("[data-testid=answer-system-design]"));
		List<String> failures = new java.util.ArrayList<>();
		for (String diagram : diagrams) {
			type(answer, "");
			new WebDriverWait(driver, Duration.ofSeconds(10))
				.until(d -> d.findElements(By.cssSelector(PREVIEW + " figure")).isEmpty());
			type(answer, "```mermaid\n" + diagram + "\n```");
			WebElement figure = new WebDriverWait(driver, Duration.ofSeconds(30))
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(PREVIEW + " figure")));
			if (figure.findElements(By.tagName("svg")).isEmpty()) {
				failures.add(diagram.lines().skip(1).findFirst().orElse(diagram) + ": " + figure.getText());
			}
		}
		assertThat((List<?>) failures).isEmpty();
	}

	/**
	 * Sets the text as if typed at once: the input event is what the preview listens to.
	 */
	private void type(WebElement textarea, String text) {
		((JavascriptExecutor) driver).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
				textarea, text);
	}

	private boolean mermaidRequested() {
		return (Boolean) script("return performance.getEntriesByType('resource').some((e) => /mermaid/.test(e.name))");
	}

	private Object script(String js) {
		return ((JavascriptExecutor) driver).executeScript(js);
	}

	private static WebElement waitFor(By locator) {
		return new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.elementToBeClickable(locator));
	}

}
