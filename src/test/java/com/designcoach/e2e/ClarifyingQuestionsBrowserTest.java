package com.designcoach.e2e;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step 1 as a dialogue in a real headless Chromium: a question asked and answered from
 * the scenario's facts, one left unsent and kept as a draft, and both shown in the
 * report.
 */
class ClarifyingQuestionsBrowserTest extends BrowserTestSupport {

	private static final String XSS = "<img src=x onerror=alert(1)>";

	@Test
	void aCandidateAsksTheInterviewerInStepOneAndSeesTheDialogueInTheReport() {
		open("/");
		signUp("asker-" + Long.toString(System.nanoTime(), 36));
		open("/#/scenarios/rag-internal-docs-chatbot");
		waitFor(By.cssSelector("[data-testid=start-interview]")).click();

		WebElement panel = waitFor(
				By.cssSelector("[data-testid=step-clarifying-requirements] [data-testid=ask-interviewer-panel]"));
		assertThat(panel.getText()).contains("Ask the interviewer");
		waitFor(By.cssSelector("[data-testid=interviewer-question]"))
			.sendKeys("Which languages do the documents come in?");
		driver.findElement(By.cssSelector("[data-testid=ask-interviewer]")).click();
		WebElement answer = new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=interviewer-answer]")));
		assertThat(answer.getText()).contains("German");
		assertThat(driver.findElement(By.cssSelector("[data-testid=answer-source]")).getText())
			.isEqualTo("from the brief");
		assertThat(driver.findElement(By.cssSelector("[data-testid=interviewer-question]")).getAttribute("value"))
			.isEmpty();

		// typed but not sent: kept in the browser like an answer, and the dialogue comes
		// back from the service
		String unsent = XSS + " Should it support voice input?";
		driver.findElement(By.cssSelector("[data-testid=interviewer-question]")).sendKeys(unsent);
		driver.navigate().refresh();
		WebElement question = waitFor(By.cssSelector("[data-testid=interviewer-question]"));
		assertThat(question.getAttribute("value")).isEqualTo(unsent);
		assertThat(driver.findElements(By.cssSelector("[data-testid=interviewer-exchange]"))).hasSize(1);
		driver.findElement(By.cssSelector("[data-testid=ask-interviewer]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=interviewer-exchange]"), 2));
		assertThat(driver.findElements(By.cssSelector("[data-testid=asked-question]")).get(1).getText())
			.isEqualTo(unsent);
		assertThat(driver.findElements(By.cssSelector("[data-testid=answer-source]")).get(1).getText())
			.isEqualTo("not specified");
		assertThat(((JavascriptExecutor) driver).executeScript("return document.querySelectorAll('img[src=x]').length"))
			.isEqualTo(0L);

		waitFor(By.cssSelector("[data-testid=submit-interview]")).click();
		waitFor(By.cssSelector("[data-testid=confirm-submit]")).click();
		WebElement asked = new WebDriverWait(driver, Duration.ofSeconds(40))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=report-questions]")));
		assertThat(asked.getText()).contains("Which languages do the documents come in?")
			.contains("German")
			.contains(XSS);
		assertThat(waitFor(By.cssSelector("[data-testid=report-facts]")).getText())
			.contains("What the interviewer knew")
			.contains("20,000 employees");
		assertThat(((JavascriptExecutor) driver).executeScript("return document.querySelectorAll('img[src=x]').length"))
			.isEqualTo(0L);
	}

}
