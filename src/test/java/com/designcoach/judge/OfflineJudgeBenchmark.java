package com.designcoach.judge;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.designcoach.rubric.StepKeys;
import com.designcoach.scenario.ScenarioDocument;

/**
 * How fast the offline judge grades a whole interview of about 1,500 words, on one
 * thread. Not a test: run it with
 *
 * <pre>
 * ./mvnw -q -Dfrontend.skip=true test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.designcoach.judge.OfflineJudgeBenchmark
 * </pre>
 *
 * It prints the median and p95 time per interview and interviews per second after a
 * warm-up, then the time for the largest interview the service accepts: seven steps of
 * Chinese at the 20,000-character limit.
 */
public final class OfflineJudgeBenchmark {

	private static final List<String> SCENARIOS = List.of("rag-internal-docs-chatbot", "llm-serving-billion-users",
			"feature-platform-point-in-time");

	private OfflineJudgeBenchmark() {
	}

	public static void main(String[] args) {
		int warmup = 300;
		int measured = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
		OfflineJudge judge = new OfflineJudge(JudgeFixtures.bank());
		List<ScenarioDocument> scenarios = SCENARIOS.stream().map(JudgeFixtures::scenario).toList();
		List<Map<String, String>> answers = SCENARIOS.stream()
			.map(slug -> JudgeFixtures.answers(slug, "strong"))
			.toList();
		int words = answers.get(0).values().stream().mapToInt(text -> text.split("\\s+").length).sum();

		for (int i = 0; i < warmup; i++) {
			grade(judge, scenarios, answers, i);
		}
		long[] nanos = new long[measured];
		long start = System.nanoTime();
		for (int i = 0; i < measured; i++) {
			long t0 = System.nanoTime();
			grade(judge, scenarios, answers, warmup + i);
			nanos[i] = System.nanoTime() - t0;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Arrays.sort(nanos);
		System.out.printf("offline judge: %d interviews of ~%d words, one thread%n", measured, words);
		System.out.printf("median %.2f ms, p95 %.2f ms per interview, %.0f interviews/s%n", nanos[measured / 2] / 1e6,
				nanos[(int) (measured * 0.95)] / 1e6, measured / seconds);
		largest(judge);
	}

	private static void largest(OfflineJudge judge) {
		String slug = "ecommerce-support-agent-zh";
		ScenarioDocument scenario = JudgeFixtures.scenario(slug);
		long[] nanos = new long[5];
		for (int round = 0; round < nanos.length; round++) {
			Map<String, String> answers = new LinkedHashMap<>();
			int n = round;
			JudgeFixtures.answers(slug, "strong").forEach((key, text) -> {
				StringBuilder full = new StringBuilder();
				for (int part = 0; full.length() < 20_000; part++) {
					full.append(text).append("第").append(n).append('-').append(part).append("段。\n");
				}
				answers.put(key, full.substring(0, 20_000));
			});
			long t0 = System.nanoTime();
			InterviewContext interview = JudgeFixtures.interview(scenario, answers);
			for (String key : StepKeys.ALL) {
				judge.gradeStep(interview, key);
			}
			nanos[round] = System.nanoTime() - t0;
		}
		Arrays.sort(nanos);
		System.out.printf("largest interview (7 x 20,000 Chinese characters): median %.0f ms of %d%n",
				nanos[nanos.length / 2] / 1e6, nanos.length);
	}

	private static void grade(OfflineJudge judge, List<ScenarioDocument> scenarios, List<Map<String, String>> answers,
			int n) {
		int pick = n % scenarios.size();
		Map<String, String> text = new LinkedHashMap<>(answers.get(pick));
		// Every interview differs, so nothing is answered from a cache of an earlier one.
		text.put("framing", text.get("framing") + " Interview number " + n + ".");
		InterviewContext interview = JudgeFixtures.interview(scenarios.get(pick), text);
		for (String key : StepKeys.ALL) {
			judge.gradeStep(interview, key);
		}
	}

}
