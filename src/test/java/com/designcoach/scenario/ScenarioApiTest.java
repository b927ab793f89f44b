package com.designcoach.scenario;

import com.designcoach.ApiTestSupport;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

class ScenarioApiTest extends ApiTestSupport {

	@Test
	void listsTheShippedBankAcrossAllCategories() {
		as(newCandidate()).get("/api/scenarios")
			.then()
			.statusCode(200)
			.body("size()", greaterThanOrEqualTo(6))
			.body("slug",
					hasItems("rag-internal-docs-chatbot", "llm-serving-billion-users", "text-to-image-style-control",
							"llm-training-1000-gpus", "feature-platform-point-in-time", "ml-platform-model-lifecycle"))
			.body("category",
					hasItems("llm-application", "generative-media", "training-infrastructure", "inference-serving",
							"data-platform", "ml-platform"))
			.body("summary", everyItem(notNullValue()));
	}

	@Test
	void searchesAndFiltersTheList() {
		String user = newCandidate();
		as(user).queryParam("q", "GPUs")
			.get("/api/scenarios")
			.then()
			.statusCode(200)
			.body("slug", hasItem("llm-training-1000-gpus"));
		as(user).queryParam("category", "data-platform")
			.get("/api/scenarios")
			.then()
			.statusCode(200)
			.body("category", everyItem(equalTo("data-platform")))
			.body("slug", hasItem("feature-platform-point-in-time"));
		as(user).queryParam("difficulty", "hard")
			.get("/api/scenarios")
			.then()
			.statusCode(200)
			.body("difficulty", everyItem(equalTo("hard")));
		as(user).queryParam("category", "cooking")
			.get("/api/scenarios")
			.then()
			.statusCode(400)
			.body("errors[0].field", equalTo("category"));
	}

	@Test
	void practiceViewHidesKeyPointsFollowUpsAndReferences() {
		as(newCandidate()).get("/api/scenarios/rag-internal-docs-chatbot")
			.then()
			.statusCode(200)
			.body("prompt", notNullValue())
			.body("$", not(hasKey("steps")))
			.body(not(containsString("referenceAnswer")))
			.body(not(containsString("keyPoints")));
	}

	@Test
	void adminCreatesEditsArchivesAndRestoresAScenario() {
		String slug = uniqueSlug("admin-crud");
		int id = asAdmin().body(ScenarioDocuments.valid(slug))
			.post("/api/admin/scenarios")
			.then()
			.statusCode(201)
			.body("slug", equalTo(slug))
			.body("version", equalTo(1))
			.extract()
			.path("id");

		String user = newCandidate();
		as(user).get("/api/scenarios").then().body("slug", hasItem(slug));
		as(user).get("/api/scenarios/" + slug).then().statusCode(200).body("id", equalTo(id));

		asAdmin().body(ScenarioDocuments.valid(slug, "An edited title"))
			.put("/api/admin/scenarios/" + id)
			.then()
			.statusCode(200)
			.body("version", equalTo(2));
		asAdmin().get("/api/admin/scenarios/" + slug)
			.then()
			.statusCode(200)
			.body("title", equalTo("An edited title"))
			.body("steps.evaluation.keyPoints[0].keywords", hasItem("p95"));
		asAdmin().get("/api/admin/scenarios/" + id + "/versions")
			.then()
			.statusCode(200)
			.body("version", equalTo(java.util.List.of(2, 1)));

		asAdmin().delete("/api/admin/scenarios/" + id).then().statusCode(204);
		as(user).get("/api/scenarios").then().body("slug", not(hasItem(slug)));
		as(user).get("/api/scenarios/" + id).then().statusCode(404);
		asAdmin().body(ScenarioDocuments.valid(slug)).post("/api/admin/scenarios").then().statusCode(409);

		asAdmin().post("/api/admin/scenarios/" + id + "/restore").then().statusCode(200);
		as(user).get("/api/scenarios").then().body("slug", hasItem(slug));
	}

	@Test
	void refusesAnEditBasedOnAStaleVersion() {
		String slug = uniqueSlug("stale-edit");
		asAdmin().body(ScenarioDocuments.valid(slug)).post("/api/admin/scenarios").then().statusCode(201);
		asAdmin().header("If-Match", "1")
			.body(ScenarioDocuments.valid(slug, "First editor"))
			.put("/api/admin/scenarios/" + slug)
			.then()
			.statusCode(200);
		asAdmin().header("If-Match", "1")
			.body(ScenarioDocuments.valid(slug, "Second editor"))
			.put("/api/admin/scenarios/" + slug)
			.then()
			.statusCode(409);
		asAdmin().get("/api/admin/scenarios/" + slug).then().body("title", equalTo("First editor"));
	}

	@Test
	void importIsAllOrNothing() {
		String good = uniqueSlug("import-good");
		String bad = uniqueSlug("import-bad");
		String badDocument = ScenarioDocuments.valid(bad).replace("\"llm-application\"", "\"cooking\"");
		asAdmin().body("[" + ScenarioDocuments.valid(good) + "," + badDocument + "]")
			.post("/api/admin/scenarios/import")
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("errors.field", hasItem("[1].category"));
		asAdmin().get("/api/admin/scenarios/" + good).then().statusCode(404);

		asAdmin().body("[" + ScenarioDocuments.valid(good) + "," + ScenarioDocuments.valid(bad) + "]")
			.post("/api/admin/scenarios/import")
			.then()
			.statusCode(200)
			.body("created", equalTo(2))
			.body("updated", equalTo(0));

		asAdmin().body("[" + ScenarioDocuments.valid(good, "Taken") + "]")
			.post("/api/admin/scenarios/import")
			.then()
			.statusCode(400)
			.body("errors.field", hasItem("[0].slug"));
		asAdmin().queryParam("upsert", true)
			.body("[" + ScenarioDocuments.valid(good, "Upserted") + "]")
			.post("/api/admin/scenarios/import")
			.then()
			.statusCode(200)
			.body("created", equalTo(0))
			.body("updated", equalTo(1));
		asAdmin().get("/api/admin/scenarios/" + good).then().body("title", equalTo("Upserted"));
	}

	@Test
	void exportRoundTripsThroughImportIncludingArchived() {
		String slug = uniqueSlug("export");
		asAdmin().body(ScenarioDocuments.valid(slug)).post("/api/admin/scenarios").then().statusCode(201);
		asAdmin().delete("/api/admin/scenarios/" + slug).then().statusCode(204);

		var exported = asAdmin().get("/api/admin/scenarios/export")
			.then()
			.statusCode(200)
			.body("slug", hasItems(slug, "rag-internal-docs-chatbot"))
			.body("find { it.slug == '" + slug + "' }.archived", equalTo(true))
			.body("find { it.slug == 'rag-internal-docs-chatbot' }.steps.framing.referenceAnswer", notNullValue())
			.extract()
			.body()
			.asString();

		asAdmin().queryParam("upsert", true)
			.body(exported)
			.post("/api/admin/scenarios/import")
			.then()
			.statusCode(200)
			.body("created", equalTo(0));
	}

	@Test
	void onlyAdminsAdministerScenarios() {
		String user = newCandidate();
		as(user).get("/api/admin/scenarios/export").then().statusCode(403).contentType("application/problem+json");
		as(user).body(ScenarioDocuments.valid(uniqueSlug("candidate")))
			.post("/api/admin/scenarios")
			.then()
			.statusCode(403);
		as(user).delete("/api/admin/scenarios/rag-internal-docs-chatbot").then().statusCode(403);
		given().get("/api/scenarios")
			.then()
			.statusCode(401)
			.header("WWW-Authenticate", (String) null)
			.contentType("application/problem+json");
		asAdmin().get("/api/admin/scenarios").then().statusCode(200).body("slug", not(empty()));
	}

	@Test
	void reportsEveryInvalidFieldWithItsPath() {
		String document = ScenarioDocuments.valid("9999")
			.replace("\"durationMinutes\": 45", "\"durationMinutes\": 5")
			.replace("\"difficulty\": \"medium\"", "\"difficulty\": \"extreme\"");
		asAdmin().contentType(ContentType.JSON)
			.body(document)
			.post("/api/admin/scenarios")
			.then()
			.statusCode(400)
			.body("errors.field", hasItems("slug", "durationMinutes", "difficulty"));
	}

	@Test
	void calibrationReportsStepsWhoseReferenceMissesItsKeyPoints() {
		asAdmin().post("/api/admin/scenarios/rag-internal-docs-chatbot/calibrate")
			.then()
			.statusCode(200)
			.body("consistent", equalTo(true))
			.body("judge.kind", equalTo("offline"))
			.body("steps.size()", equalTo(7));
		String slug = uniqueSlug("calibrate");
		asAdmin().body(ScenarioDocuments.valid(slug)).post("/api/admin/scenarios").then().statusCode(201);
		asAdmin().post("/api/admin/scenarios/" + slug + "/calibrate")
			.then()
			.statusCode(200)
			.body("consistent", equalTo(true));
		String broken = ScenarioDocuments.valid(slug)
			.replace("\"keywords\": [\"cost\", \"budget\"]", "\"keywords\": [\"sharding\", \"replication\"]");
		asAdmin().body(broken).put("/api/admin/scenarios/" + slug).then().statusCode(200);
		asAdmin().post("/api/admin/scenarios/" + slug + "/calibrate")
			.then()
			.statusCode(200)
			.body("consistent", equalTo(false))
			.body("steps[0].keyPointsTheReferenceMisses[0]", containsString("cost per request"));
		as(newCandidate()).post("/api/admin/scenarios/" + slug + "/calibrate").then().statusCode(403);
	}

}
