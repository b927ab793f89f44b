package com.designcoach.e2e;

import java.time.Duration;
import java.util.List;

import com.designcoach.practice.MovableClockConfiguration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * A drill started from the history page's "Due today", then from the report's "Drill this
 * step" on its weak step, in a real headless Chromium. The service's clock is moved a day
 * past a low score so that the step is due. Its own class (and browser) so that it shares
 * the moved clock's context with the plan's API test.
 */
@Import(MovableClockConfiguration.class)
class DrillBrowserE2ETest extends BrowserTestSupport {

	private static final String WEAK_ANSWER = "I would check that it works.";

	@Test
	void aDrillStartedFromTheHistoryPageHoldsOnlyItsStepAndSaysItIsADrill() {
		String user = newCandidate();
		gradedEmptyDrill(user, "rag-internal-docs-chatbot", "evaluation");
		MovableClockConfiguration.CLOCK.advance(Duration.ofDays(1));

		driver.get("http://localhost:" + port + "/");
		driver.manage().deleteAllCookies();
		open("/");
		signIn(user, PASSWORD);
		open("/#/history");

		WebElement reason = waitFor(By.cssSelector("[data-testid=due-reason-evaluation]"));
		assertThat(reason.getText()).startsWith("Evaluation scored 1 on ");
		WebElement drill = waitFor(By.cssSelector("[data-testid=drill-due-evaluation]"));
		String slug = drill.getAttribute("data-slug");
		assertThat(slug).isNotBlank().isNotEqualTo("rag-internal-docs-chatbot");
		drill.click();

		WebElement label = waitFor(By.cssSelector("[data-testid=drill-label]"));
		assertThat(label.getText()).isEqualTo("Drill: Evaluation");
		assertThat(driver.findElement(By.cssSelector("[data-testid=drill-notice]")).getText())
			.contains("not a full interview");
		List<WebElement> steps = driver.findElements(By.cssSelector("section.step"));
		assertThat(steps).extracting(s -> s.getAttribute("data-testid")).containsExactly("step-evaluation");
		assertThat(driver.findElement(By.cssSelector("#step-title-evaluation")).getText()).startsWith("5. ");
		String id = driver.getCurrentUrl().replaceAll(".*#/interviews/(\\d+).*", "$1");
		as(user).get("/api/interviews/" + id)
			.then()
			.statusCode(200)
			.body("mode", equalTo("drill"))
			.body("scenario.slug", equalTo(slug));

		// One line that names nothing the step asks for: the offline judge scores it 2 or
		// less, so the report must offer to drill the step.
		waitFor(By.cssSelector("[data-testid=answer-evaluation]")).sendKeys(WEAK_ANSWER);
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.textMatches(By.cssSelector("[data-testid=save-status-answer-evaluation]"),
					java.util.regex.Pattern.compile("^saved")));
		waitFor(By.cssSelector("[data-testid=submit-interview]")).click();
		waitFor(By.cssSelector("[data-testid=confirm-submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(40))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=overall-score]")));
		assertThat(driver.findElement(By.cssSelector("[data-testid=drill-label]")).getText())
			.startsWith("Drill: Evaluation");
		assertThat(driver.findElements(By.cssSelector("article.step-report"))).hasSize(1);
		int score = Integer.parseInt(driver.findElement(By.cssSelector("[data-testid=step-score-evaluation]"))
			.getText()
			.replaceAll("\\D.*", ""));
		assertThat(score).isLessThanOrEqualTo(2);

		waitFor(By.cssSelector("[data-testid=drill-step-evaluation]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.urlMatches(".*#/interviews/(?!" + id + "(?!\\d))\\d+.*"));
		assertThat(waitFor(By.cssSelector("[data-testid=drill-label]")).getText()).isEqualTo("Drill: Evaluation");
		assertThat(driver.findElements(By.cssSelector("section.step"))).extracting(s -> s.getAttribute("data-testid"))
			.containsExactly("step-evaluation");
		String again = driver.getCurrentUrl().replaceAll(".*#/interviews/(\\d+).*", "$1");
		as(user).get("/api/interviews/" + again)
			.then()
			.statusCode(200)
			.body("mode", equalTo("drill"))
			.body("status", equalTo("IN_PROGRESS"))
			.body("scenario.slug", equalTo(slug))
			.body("steps.key", contains("evaluation"));
	}

	private void gradedEmptyDrill(String user, String scenario, String step) {
		int id = as(user).body("""
				{"scenarioId": "%s", "steps": ["%s"]}""".formatted(scenario, step))
			.post("/api/interviews")
			.then()
			.statusCode(201)
			.extract()
			.path("id");
		as(user).post("/api/interviews/" + id + "/submit").then().statusCode(202);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> as(user).get("/api/interviews/" + id + "/feedback").then().body("status", equalTo("GRADED")));
	}

}
