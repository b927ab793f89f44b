package com.designcoach.judge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.designcoach.grading.Scoring;
import com.designcoach.rubric.Framework;
import com.designcoach.rubric.StepKeys;
import com.designcoach.scenario.ScenarioDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How well the offline judge grades every answer set it can find: the sets in
 * {@code src/test/resources} (shipped scenarios and held-out ones) and, when the folder
 * exists, the real answers people wrote in {@code ../shared/real-answers} (read by path
 * and never copied: it is others' text). Not a test: run it with
 *
 * <pre>
 * ./mvnw -q -Dfrontend.skip=true test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.designcoach.judge.JudgeQualityReport [-Dexec.args="--rows --topics --alone"]
 * </pre>
 *
 * Per set it prints ordering accuracy (the share of the pairs of strong > partial > weak
 * > off-topic ordered right), the mean Spearman correlation between expected rank and
 * score (−1 is a perfect order), padded − partial (mean and worst), the answers wrongly
 * flagged off topic or as injection, and the share of evidence quotes found verbatim;
 * then, under the figures, PASS or FAIL for each of the targets on that set.
 */
public final class JudgeQualityReport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JudgeQualityReport() {
	}

	/** One set of answers to one scenario in one language: variant → step answers. */
	record Suite(String set, String name, ScenarioDocument scenario, Map<String, Map<String, String>> variants) {
	}

	record Graded(int overall, List<String> flags, int quotes, int verbatim) {
	}

	public static void main(String[] args) {
		boolean rows = List.of(args).contains("--rows");
		boolean topics = List.of(args).contains("--topics");
		Map<String, List<Suite>> sets = new LinkedHashMap<>();
		sets.put("shipped", resourceSuites("judge-quality"));
		sets.put("held-out", resourceSuites("judge-holdout"));
		Path real = realAnswers();
		if (real != null) {
			sets.put("real", realSuites(real));
		}
		List<ScenarioDocument> bank = bank(sets);
		OfflineJudge judge = new OfflineJudge(ScenarioBank.of(bank));
		System.out.printf("%-9s %6s %9s %8s %8s %9s %9s %9s %8s%n", "set", "suites", "ordering", "spearman", "pad-mean",
				"pad-worst", "off-topic", "injection", "verbatim");
		for (Map.Entry<String, List<Suite>> set : sets.entrySet()) {
			report(judge, set.getKey(), set.getValue(), rows);
		}
		if (List.of(args).contains("--alone")) {
			// Each set's scenarios imported one at a time: the off-topic answer's own
			// problem is not in the bank.
			for (Map.Entry<String, List<Suite>> set : sets.entrySet()) {
				for (Suite suite : set.getValue()) {
					List<ScenarioDocument> alone = new ArrayList<>(JudgeFixtures.shippedScenarios());
					alone.add(suite.scenario());
					report(new OfflineJudge(ScenarioBank.of(alone)), set.getKey() + "/" + suite.name(), List.of(suite),
							rows);
				}
			}
		}
		if (topics) {

			sets.values().forEach(suites -> suites.forEach(suite -> suite.variants().forEach((variant, answers) -> {
				List<Text.Sentence> sentences = new ArrayList<>();
				answers.values().forEach(text -> sentences.addAll(Text.sentences(text)));
				List<TopicIndex.Fit> fits = new TopicIndex(bank, suite.scenario()).fits(sentences);
				double own = fits.stream()
					.filter(f -> f.slug().equals(suite.scenario().slug()))
					.findFirst()
					.orElseThrow()
					.similarity();
				TopicIndex.Fit best = fits.stream()
					.filter(f -> !f.slug().equals(suite.scenario().slug()))
					.findFirst()
					.orElseThrow();
				CompiledScenario compiled = new CompiledScenario(suite.scenario());
				System.out.printf("  %-40s %-10s words %5d own %.3f other %.3f (%s) ratio %.2f share %.2f%n",
						suite.name(), variant, Text.wordCount(String.join("\n", answers.values())), own,
						best.similarity(), best.slug(), best.similarity() / Math.max(1e-9, own),
						Relevance.share(sentences, compiled).value());
			})));
		}
	}

	/**
	 * Every scenario the sets use stands in for the bank, as an admin would import them
	 * all.
	 */
	static List<ScenarioDocument> bank(Map<String, List<Suite>> sets) {
		Map<String, ScenarioDocument> bank = new LinkedHashMap<>();
		JudgeFixtures.shippedScenarios().forEach(scenario -> bank.put(scenario.slug(), scenario));
		sets.values().forEach(suites -> suites.forEach(suite -> bank.put(suite.scenario().slug(), suite.scenario())));
		return List.copyOf(bank.values());
	}

	private static void report(OfflineJudge judge, String set, List<Suite> suites, boolean rows) {
		QualityTally tally = new QualityTally();
		for (Suite suite : suites) {
			Map<String, Graded> graded = new LinkedHashMap<>();
			suite.variants()
				.forEach((variant, answers) -> graded.put(variant, grade(judge, suite.scenario(), answers)));
			if (rows) {
				suite.variants()
					.forEach((variant, answers) -> answers.values()
						.forEach(text -> Text.sentences(text)
							.stream()
							.filter(sentence -> !variant.equals("injected")
									&& InjectionDetector.isInjection(sentence.original()))
							.forEach(sentence -> System.out.printf("    flagged in %s: %s%n", variant,
									sentence.original()))));
				Map<String, String> line = new LinkedHashMap<>();
				graded.forEach((variant, g) -> line.put(variant,
						g.overall() + (g.flags().isEmpty() ? "" : g.flags().toString())));
				System.out.printf("  %s %s: %s%n", set, suite.name(), line);
			}
			tally.add(graded);
		}
		System.out.printf("%-9s %6d %9.2f %8s %8.1f %9s %9s %9s %8.3f%n", set, suites.size(), tally.ordering(),
				tally.hasSpearman() ? String.format("%.2f", tally.spearman()) : "-", tally.padMean(), tally.padWorst(),
				tally.falseOffTopic(), tally.falseInjection(), tally.verbatimShare());
		StringBuilder targets = new StringBuilder();
		tally.targets()
			.forEach((target, met) -> targets.append("  ").append(target).append(' ').append(met ? "PASS" : "FAIL"));
		System.out.printf("%-9s targets:%s%n", "", targets);
	}

	static Graded grade(OfflineJudge judge, ScenarioDocument scenario, Map<String, String> answers) {
		InterviewContext interview = JudgeFixtures.interview(scenario, answers);
		Map<String, Integer> scores = new LinkedHashMap<>();
		List<String> flags = new ArrayList<>();
		int quotes = 0;
		int verbatim = 0;
		for (String key : StepKeys.ALL) {
			StepVerdict verdict = judge.gradeStep(interview, key);
			scores.put(key, verdict.score());
			verdict.flags().stream().filter(flag -> !flags.contains(flag)).forEach(flags::add);
			for (String quote : verdict.evidence()) {
				quotes++;
				verbatim += answers.getOrDefault(key, "").contains(quote) ? 1 : 0;
			}
		}
		Framework framework = interview.framework();
		return new Graded(Scoring.of(scores, framework).overallScore(), flags, quotes, verbatim);
	}

	/**
	 * The suites under a test-resource folder: one per scenario and answer language ("",
	 * "-zh", "-en").
	 */
	static List<Suite> resourceSuites(String folder) {
		Path root = Path.of("src/test/resources", folder);
		List<Suite> suites = new ArrayList<>();
		for (Path dir : list(root)) {
			String slug = dir.getFileName().toString();
			ScenarioDocument scenario = JudgeFixtures.scenario(slug);
			Map<String, Map<String, Map<String, String>>> byLanguage = new LinkedHashMap<>();
			for (Path file : list(dir)) {
				String name = file.getFileName().toString().replace(".json", "");
				if (name.equals("scenario")) {
					continue;
				}
				String language = name.endsWith("-zh") ? "-zh" : name.endsWith("-en") ? "-en" : "";
				String variant = name.substring(0, name.length() - language.length());
				byLanguage.computeIfAbsent(language, key -> new LinkedHashMap<>())
					.put(variant, JudgeFixtures.answers(slug, name));
			}
			byLanguage.forEach((language, variants) -> {
				if (variants.containsKey("strong")) {
					suites.add(new Suite(folder, slug + language, scenario, variants));
				}
			});
		}
		return suites;
	}

	static Path realAnswers() {
		String configured = System.getProperty("real.answers", "../shared/real-answers");
		Path path = Path.of(configured);
		return Files.isDirectory(path.resolve("answers")) ? path : null;
	}

	/**
	 * The real set: its scenario documents, and each variant's steps ("offtopic" named as
	 * ours).
	 */
	static List<Suite> realSuites(Path root) {
		List<Suite> suites = new ArrayList<>();
		for (Path dir : list(root.resolve("answers"))) {
			String slug = dir.getFileName().toString();
			ScenarioDocument scenario = read(root.resolve("scenarios").resolve(slug + ".json"), ScenarioDocument.class);
			Map<String, Map<String, String>> variants = new LinkedHashMap<>();
			for (Path file : list(dir)) {
				JsonNode answer = read(file, JsonNode.class);
				String variant = answer.get("variant").asString().replace("offtopic", "off-topic");
				Map<String, String> steps = new LinkedHashMap<>();
				answer.get("steps").properties().forEach(step -> steps.put(step.getKey(), step.getValue().asString()));
				variants.put(variant, steps);
			}
			suites.add(new Suite("real", slug, scenario, variants));
		}
		return suites;
	}

	private static <T> T read(Path path, Class<T> type) {
		try {
			return JSON.readValue(Files.readString(path), type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Path> list(Path dir) {
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
