package com.designcoach.e2e;

import java.time.Duration;
import java.util.List;

import com.designcoach.judge.JudgeFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Diagrams in a real headless Chromium: drawn as SVG while the candidate types, the
 * parser's message for one that does not parse, mermaid loaded only once a diagram is
 * there, and every shipped reference diagram accepted by mermaid itself.
 */
class DiagramBrowserTest extends BrowserTestSupport {

	private static final String PREVIEW = "[data-testid=diagram-preview-system-design]";

	/** Each test starts signed out. */
	@org.junit.jupiter.api.BeforeEach
	void signedOut() {
		driver.get("http://localhost:" + port + "/");
		driver.manage().deleteAllCookies();
	}

	@Test
	void aDiagramIsDrawnAsSvgWhileTypingAndOneThatDoesNotParseShowsWhy() {
		open("/");
		signUp("drawer-" + Long.toString(System.nanoTime(), 36));
		open("/#/scenarios/rag-internal-docs-chatbot");
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

}
