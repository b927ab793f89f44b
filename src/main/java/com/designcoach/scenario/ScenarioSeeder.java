package com.designcoach.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped scenario bank ({@code scenarios/*.json}) on start. A scenario whose
 * slug exists is left alone, so restarts neither duplicate nor overwrite an admin's
 * edits.
 */
@Component
class ScenarioSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ScenarioSeeder.class);

	private final ScenarioImport scenarios;

	private final JsonMapper json;

	ScenarioSeeder(ScenarioImport scenarios, JsonMapper json) {
		this.scenarios = scenarios;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		int added = 0;
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:scenarios/*.json");
		Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
		for (Resource resource : resources) {
			if (scenarios.seedIfAbsent(read(resource))) {
				added++;
			}
		}
		log.info("Scenario bank: {} shipped, {} added on this start", resources.length, added);
	}

	private ScenarioDocument read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return json.readValue(in, ScenarioDocument.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read shipped scenario " + resource.getFilename(), ex);
		}
	}

}
