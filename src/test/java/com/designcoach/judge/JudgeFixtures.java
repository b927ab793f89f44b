package com.designcoach.judge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.designcoach.rubric.Framework;
import com.designcoach.scenario.ScenarioDocument;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads the shipped rubric and scenarios, and the scenarios and answer variants of the
 * judge quality suite.
 */
public final class JudgeFixtures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Scenarios and answers written blind, by someone who had not read the judge, after
	 * it was built: the check that it works on text it was not tuned on.
	 */
	private static final String HELD_OUT = "judge-holdout/";

	private JudgeFixtures() {
	}

	public static Framework framework() {
		record Shipped(int version, List<Framework.Step> steps) {
		}
		return new Framework(read("rubric/framework.json", new TypeReference<Shipped>() {
		}).steps());
	}

	/**
	 * A shipped scenario, or one of the held-out scenarios written only for the quality
	 * suite.
	 */
	public static ScenarioDocument scenario(String slug) {
		String heldOut = HELD_OUT + slug + "/scenario.json";
		return read(new ClassPathResource(heldOut).exists() ? heldOut : "scenarios/" + slug + ".json",
				new TypeReference<ScenarioDocument>() {
				});
	}

	/**
	 * The shipped bank and the held-out scenarios, as an admin would have imported them:
	 * what off-topic answers are told from.
	 */
	public static ScenarioBank bank() {
		return BANK;
	}

	private static final ScenarioBank BANK = ScenarioBank.of(java.util.stream.Stream
		.concat(shippedScenarios().stream(), heldOutSlugs().stream().map(JudgeFixtures::scenario))
		.toList());

	private static List<String> heldOutSlugs() {
		try {
			List<String> slugs = new ArrayList<>();
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath:" + HELD_OUT + "*/scenario.json")) {
				String path = resource.getURL().getPath();
				String[] parts = path.split("/");
				slugs.add(parts[parts.length - 2]);
			}
			return slugs;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every scenario of the shipped bank. */
	public static List<ScenarioDocument> shippedScenarios() {
		try {
			List<ScenarioDocument> bank = new ArrayList<>();
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath:scenarios/*.json")) {
				try (InputStream in = resource.getInputStream()) {
					bank.add(JSON.readValue(in, ScenarioDocument.class));
				}
			}
			return bank;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static boolean hasAnswers(String slug, String variant) {
		return new ClassPathResource(answersPath(slug, variant)).exists();
	}

	public static Map<String, String> answers(String slug, String variant) {
		return read(answersPath(slug, variant), new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

	private static String answersPath(String slug, String variant) {
		String heldOut = HELD_OUT + slug + "/" + variant + ".json";
		return new ClassPathResource(heldOut).exists() ? heldOut : "judge-quality/" + slug + "/" + variant + ".json";
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
