package com.designcoach.web;

import com.designcoach.ApiTestSupport;
import com.designcoach.scenario.ScenarioDocuments;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Every bad request a user can make gets a 4xx problem document and changes nothing. */
class BadInputTest extends ApiTestSupport {

	@Test
	void malformedJson() {
		String slug = uniqueSlug("malformed");
		problem(asAdmin().body(ScenarioDocuments.valid(slug).substring(0, 200)).post("/api/admin/scenarios").then(),
				400);
		assertNotStored(slug);
	}

	@Test
	void wrongTypes() {
		String slug = uniqueSlug("wrong-type");
		problem(asAdmin()
			.body(ScenarioDocuments.valid(slug).replace("\"durationMinutes\": 45", "\"durationMinutes\": \"forty\""))
			.post("/api/admin/scenarios")
			.then(), 400).body("errors[0].field", equalTo("durationMinutes"));
		assertNotStored(slug);
	}

	@Test
	void unknownCategory() {
		String slug = uniqueSlug("category");
		problem(asAdmin().body(ScenarioDocuments.valid(slug).replace("llm-application", "astrology"))
			.post("/api/admin/scenarios")
			.then(), 400).body("errors.field", hasItem("category"));
		assertNotStored(slug);
	}

	@Test
	void missingStepAndTooFewKeyPoints() {
		String slug = uniqueSlug("missing-step");
		String document = ScenarioDocuments.valid(slug).replace("\"evaluation\": {", "\"not-a-step\": {");
		problem(asAdmin().body(document).post("/api/admin/scenarios").then(), 400)
			.body("errors.field", hasItem("steps.evaluation"))
			.body("errors.field", hasItem("steps.not-a-step"));
		String onePoint = ScenarioDocuments.valid(slug)
			.replaceFirst(",\\s*\\{\"text\": \"Estimates the cost per request for framing\"[^}]*}", "");
		problem(asAdmin().body(onePoint).post("/api/admin/scenarios").then(), 400).body("errors.field",
				hasItem("steps.framing.keyPoints"));
		assertNotStored(slug);
	}

	@Test
	void fiveMegabyteBody() {
		String slug = uniqueSlug("huge");
		String huge = ScenarioDocuments.valid(slug).replace("Design a service", "x".repeat(5 * 1024 * 1024));
		problem(asAdmin().body(huge).post("/api/admin/scenarios").then(), 413);
		assertNotStored(slug);
	}

	@Test
	void nulCharacterInText() {
		String slug = uniqueSlug("nul");
		problem(asAdmin().body(ScenarioDocuments.valid(slug).replace("Design a service", "Design a\\u0000service"))
			.post("/api/admin/scenarios")
			.then(), 400).body("errors[0].field", equalTo("prompt")).body("errors[0].message", containsString("NUL"));
		assertNotStored(slug);
	}

	@Test
	void unknownIds() {
		problem(asAdmin().get("/api/admin/scenarios/987654321").then(), 404);
		problem(asAdmin().get("/api/scenarios/no-such-scenario").then(), 404);
		problem(asAdmin().body(ScenarioDocuments.valid("no-such-scenario"))
			.put("/api/admin/scenarios/no-such-scenario")
			.then(), 404);
		problem(asAdmin().get("/api/no/such/endpoint").then(), 404);
	}

	@Test
	void duplicateSlug() {
		problem(asAdmin().body(ScenarioDocuments.valid("rag-internal-docs-chatbot"))
			.post("/api/admin/scenarios")
			.then(), 409);
	}

	@Test
	void candidateOnAdminEndpointAndNoCredentials() {
		problem(as(newCandidate()).get("/api/admin/scenarios/export").then(), 403);
		problem(given().get("/api/framework").then(), 401);
		problem(given().auth().preemptive().basic("nobody-here", "whatever-password").get("/api/framework").then(),
				401);
	}

	@Test
	void wrongContentType() {
		problem(asAdmin().contentType("text/plain").body("hello").post("/api/admin/scenarios").then(), 415);
	}

	private static ValidatableResponse problem(ValidatableResponse response, int status) {
		return response.statusCode(status)
			.contentType("application/problem+json")
			.body("status", equalTo(status))
			.body("title", notNullValue())
			.body("detail", notNullValue())
			.body(not(containsString("Exception")))
			.body(not(containsString("com.designcoach")))
			.body(not(containsString("SQL")))
			.body(not(containsString("\tat ")));
	}

	private void assertNotStored(String slug) {
		asAdmin().get("/api/admin/scenarios/" + slug).then().statusCode(404);
	}

}
