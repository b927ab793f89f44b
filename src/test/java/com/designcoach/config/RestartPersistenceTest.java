package com.designcoach.config;

import java.nio.file.Path;

import com.designcoach.DesignCoachApplication;
import com.designcoach.scenario.ScenarioDocuments;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The default set-up, as a newcomer runs it: no database configured, so the service
 * starts its own embedded PostgreSQL under APP_DATA_DIR. Stopping and starting it keeps
 * every account and scenario, and does not load the shipped bank twice.
 */
class RestartPersistenceTest {

	@TempDir
	Path dataDir;

	@Test
	void accountsAndScenariosSurviveARestart() {
		int shipped;
		try (ConfigurableApplicationContext app = start()) {
			int port = port(app);
			given().port(port)
				.contentType(ContentType.JSON)
				.body("""
						{"username": "survivor", "password": "survivor-password"}""")
				.post("/api/auth/register")
				.then()
				.statusCode(201);
			given().port(port)
				.auth()
				.preemptive()
				.basic("admin", "restart-admin-password")
				.contentType(ContentType.JSON)
				.body(ScenarioDocuments.valid("survives-restart"))
				.post("/api/admin/scenarios")
				.then()
				.statusCode(201);
			shipped = given().port(port)
				.auth()
				.preemptive()
				.basic("survivor", "survivor-password")
				.get("/api/scenarios")
				.then()
				.statusCode(200)
				.extract()
				.path("size()");
		}
		try (ConfigurableApplicationContext app = start()) {
			given().port(port(app))
				.auth()
				.preemptive()
				.basic("survivor", "survivor-password")
				.get("/api/scenarios")
				.then()
				.statusCode(200)
				.body("slug", hasItem("survives-restart"))
				.body("size()", equalTo(shipped));
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(DesignCoachApplication.class).run("--server.port=0",
				"--app.data-dir=" + dataDir, "--app.admin-password=restart-admin-password");
	}

	private static int port(ConfigurableApplicationContext app) {
		return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
	}

}
