package com.designcoach.e2e;

import java.time.Duration;

import com.designcoach.rubric.StepKeys;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The frontend in a real headless Chromium (Debian's chromium and chromedriver) against
 * the running service. Skipped, saying why, where Chromium or the built frontend is
 * missing.
 */
class BrowserE2ETest extends BrowserTestSupport {

	private static final String XSS = "<img src=x onerror=alert(1)>";

	/** "saved 2 s ago", and not "unsaved changes". */
	private static final java.util.regex.Pattern SAVED = java.util.regex.Pattern.compile("^saved");

	@Test
	void candidateSignsUpPractisesAndSeesGradedFeedbackWithARadarChart() {
		String user = "browser-" + Long.toString(System.nanoTime(), 36);
		open("/");
		signUp(user);
		waitFor(By.cssSelector("[data-testid=scenario-card][data-slug=rag-internal-docs-chatbot] h2 a")).click();
		waitFor(By.cssSelector("[data-testid=start-interview]")).click();

		WebElement answer = waitFor(By.cssSelector("[data-testid=answer-clarifying-requirements]"));
		answer.sendKeys("We serve 20,000 employees with a p95 latency under 2 seconds. " + XSS
				+ " Retrieval filters by ACL permissions and answers cite their sources.");
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions
			.textMatches(By.cssSelector("[data-testid=save-status-answer-clarifying-requirements]"), SAVED));
		waitFor(By.cssSelector("[data-testid=submit-interview]")).click();
		waitFor(By.cssSelector("[data-testid=confirm-submit]")).click();

		WebElement score = new WebDriverWait(driver, Duration.ofSeconds(40))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=overall-score]")));
		assertThat(score.getText()).matches("\\d+");
		assertThat(driver.findElement(By.cssSelector("[data-testid=radar-chart]")).getTagName()).isEqualTo("svg");
		assertThat(driver.findElement(By.cssSelector("[data-testid=judge]")).getText()).containsIgnoringCase("offline");

		WebElement shown = driver.findElement(By.cssSelector("[data-testid=feedback-answer-clarifying-requirements]"));
		assertThat(shown.getText()).contains(XSS);
		assertThat(shown.findElements(By.tagName("img"))).isEmpty();
		assertThat(((JavascriptExecutor) driver).executeScript("return document.querySelectorAll('img[src=x]').length"))
			.isEqualTo(0L);
		assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

		// Grading again keeps the first result and shows the new one.
		waitFor(By.cssSelector("[data-testid=attempt-1]"));
		waitFor(By.cssSelector("[data-testid=grade-again]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(40))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=attempt-2]")));
		assertThat(driver.findElement(By.cssSelector("[data-testid=attempt-1]")).getText()).contains("/ 100");
		assertThat(driver.findElement(By.cssSelector("[data-testid=attempt-2]")).getText()).contains("shown");
	}

	/**
	 * What was typed but never reached the service (a crash, a closed tab) comes back and
	 * is saved.
	 */
	@Test
	void anAnswerLeftInTheBrowserIsRestoredAndSaved() {
		open("/");
		signUp("drafter-" + Long.toString(System.nanoTime(), 36));
		open("/#/scenarios/llm-semantic-cache");
		waitFor(By.cssSelector("[data-testid=start-interview]")).click();
		waitFor(By.cssSelector("[data-testid=answer-framing]"));
		String id = driver.getCurrentUrl().replaceAll(".*#/interviews/(\\d+).*", "$1");
		String typed = "Typed just before the browser crashed: a similarity threshold of 0.92.";
		((JavascriptExecutor) driver).executeScript(
				"localStorage.setItem(arguments[0], JSON.stringify("
						+ "{text: arguments[1], baseVersion: 0, at: Date.now()}))",
				"design-coach:draft:" + id + ":answer:framing", typed);
		driver.navigate().refresh();

		WebElement answer = waitFor(By.cssSelector("[data-testid=answer-framing]"));
		assertThat(answer.getAttribute("value")).isEqualTo(typed);
		assertThat(waitFor(By.cssSelector("[data-testid=recovered-answer-framing] p")).getText()).contains("Restored");
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.textMatches(By.cssSelector("[data-testid=save-status-answer-framing]"), SAVED));
		driver.navigate().refresh();
		assertThat(waitFor(By.cssSelector("[data-testid=answer-framing]")).getAttribute("value")).isEqualTo(typed);
		assertThat(((JavascriptExecutor) driver).executeScript(
				"return Object.keys(localStorage).filter(k => k.startsWith('design-coach:draft:' + arguments[0] + ':'))",
				id))
			.asList()
			.isEmpty();
	}

	@Test
	void aCandidateChangesTheirPasswordAndStaysSignedIn() {
		String user = "changer-" + Long.toString(System.nanoTime(), 36);
		open("/");
		signUp(user);
		waitFor(By.cssSelector("[data-testid=current-user]")).click();
		waitFor(By.id("current-password")).sendKeys("wrong-password-entirely");
		driver.findElement(By.id("new-password")).sendKeys("a-brand-new-passphrase");
		driver.findElement(By.cssSelector("[data-testid=change-password]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.id("current-password-error"), "not your current password"));

		WebElement current = driver.findElement(By.id("current-password"));
		current.clear();
		current.sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("[data-testid=change-password]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("[data-testid=password-status]"), "Password changed"));
		waitFor(By.cssSelector("[data-testid=nav-history]")).click();
		waitFor(By.cssSelector("h1"));
		assertThat(driver.findElement(By.cssSelector("[data-testid=current-user]")).getText()).isEqualTo(user);
		assertThat(driver.findElements(By.id("username"))).as("still signed in").isEmpty();
	}

	@Test
	void adminCreatesAScenarioThatCandidatesThenSee() {
		String slug = "browser-made-" + Long.toString(System.nanoTime(), 36);
		String title = "Design a browser-made scenario " + slug;
		open("/");
		signIn("admin", ADMIN_PASSWORD);
		open("/#/admin/scenarios/new");
		field("slug").sendKeys(slug);
		field("title").sendKeys(title);
		field("prompt").sendKeys("Design a system that answers support questions from a product manual.");
		select("category", "llm-application");
		select("difficulty", "easy");
		WebElement duration = field("durationMinutes");
		duration.clear();
		duration.sendKeys("30");
		for (String step : StepKeys.ALL) {
			while (driver.findElements(By.cssSelector("[data-field='steps." + step + ".keyPoints[1].text']"))
				.isEmpty()) {
				waitFor(By.cssSelector("[data-testid=add-keypoint-" + step + "]")).click();
			}
			for (int i = 0; i < 2; i++) {
				field("steps." + step + ".keyPoints[" + i + "].text").sendKeys("States target " + i + " for " + step);
				field("steps." + step + ".keyPoints[" + i + "].keywords").sendKeys("latency, p95");
			}
			if (driver.findElements(By.cssSelector("[data-field='steps." + step + ".followUps[0]']")).isEmpty()) {
				waitFor(By.cssSelector("[data-testid=add-follow-up-" + step + "]")).click();
			}
			field("steps." + step + ".followUps[0]").sendKeys("What happens at ten times the load?");
			field("steps." + step + ".referenceAnswer").sendKeys("A p95 latency under one second, costed per request.");
		}
		waitFor(By.cssSelector("[data-testid=save-scenario]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=calibration]")));
		waitFor(By.cssSelector("[data-testid=nav-admin]")).click();
		waitFor(By.cssSelector("[data-testid=admin-scenario-row][data-slug='" + slug + "'] th a")).click();
		assertThat(new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=version-1]")))
			.getAttribute("textContent")).contains("by admin");

		waitFor(By.cssSelector("[data-testid=sign-out]")).click();
		String candidate = "seer-" + Long.toString(System.nanoTime(), 36);
		signUp(candidate);
		WebElement search = waitFor(By.id("q"));
		search.sendKeys(slug);
		WebElement card = new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("[data-testid=scenario-card][data-slug='" + slug + "']")));
		assertThat(card.getText()).contains(title);
	}

	@Test
	void adminStartsAJudgeReportAndSeesItsFiguresInWords() {
		open("/");
		signIn("admin", ADMIN_PASSWORD);
		open("/#/admin/scenarios");
		waitFor(By.cssSelector("[data-testid=nav-judge-reports]")).click();
		waitFor(By.cssSelector("[data-testid=start-judge-report]")).click();
		String started = new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
			String text = d.findElement(By.cssSelector("[data-testid=judge-report-status]")).getText();
			return text.startsWith("Report #") ? text : null;
		});
		String id = started.replaceAll("\\D+", "");
		WebElement verdict = new WebDriverWait(driver, Duration.ofSeconds(60))
			.until(ExpectedConditions.visibilityOfElementLocated(
					By.cssSelector("[data-testid=judge-report-column][data-id='" + id + "'][data-status=DONE]")));
		assertThat(verdict.getText()).isEqualTo("#" + id);
		assertThat(driver.findElement(By.cssSelector("[data-testid=judge-report-verdict][data-id='" + id + "']"))
			.getText()).startsWith("Orders answers well");
		assertThat(
				driver.findElement(By.cssSelector("[data-testid=judge-report-judge][data-id='" + id + "']")).getText())
			.startsWith("offline");
		assertThat(
				driver.findElement(By.cssSelector("[data-testid=judge-report-orderingAccuracy][data-id='" + id + "']"))
					.getText())
			.endsWith("%");
		driver.findElement(By.cssSelector("[data-testid=judge-report-show-rows][data-id='" + id + "']")).click();
		assertThat(new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=judge-report-row]"), 18)))
			.hasSize(18);
	}

	private WebElement field(String path) {
		return waitFor(By.cssSelector("[data-field='" + path + "']:not(fieldset)"));
	}

	private void select(String path, String value) {
		new org.openqa.selenium.support.ui.Select(field(path)).selectByValue(value);
	}

	/** Each test starts signed out, whatever the one before it left behind. */
	@org.junit.jupiter.api.BeforeEach
	void signedOut() {
		driver.get("http://localhost:" + port + "/");
		driver.manage().deleteAllCookies();
	}

}
