package com.designcoach.judge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.designcoach.rubric.Framework;
import com.designcoach.scenario.ScenarioDocument;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/** Loads the shipped rubric and scenarios, and the answer variants of the judge quality suite. */
public final class JudgeFixtures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JudgeFixtures() {
	}

	public static Framework framework() {
		record Shipped(int version, List<Framework.Step> steps) {
		}
		return new Framework(read("rubric/framework.json", new TypeReference<Shipped>() {
		}).steps());
	}

	public static ScenarioDocument scenario(String slug) {
		return read("scenarios/" + slug + ".json", new TypeReference<ScenarioDocument>() {
		});
	}

	public static Map<String, String> answers(String slug, String variant) {
		return read("judge-quality/" + slug + "/" + variant + ".json", new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

	public static InterviewContext interview(ScenarioDocument scenario, Map<String, String> answers) {
		Map<String, InterviewContext.StepAnswer> steps = new LinkedHashMap<>();
		answers.forEach((key, text) -> steps.put(key, new InterviewContext.StepAnswer(text, null, null)));
		return new InterviewContext(scenario, framework(), steps);
	}

	private static <T> T read(String path, TypeReference<T> type) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return JSON.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
