package com.designcoach.judge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.designcoach.rubric.Framework;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import static com.designcoach.judge.OfflineThresholds.COVERAGE_FOR_TOP;
import static com.designcoach.judge.OfflineThresholds.COVERAGE_WEIGHT;
import static com.designcoach.judge.OfflineThresholds.DEPTH_WEIGHT;
import static com.designcoach.judge.OfflineThresholds.LEVELS_ABOVE_LOWEST;
import static com.designcoach.judge.OfflineThresholds.LEVEL_ABSENT;
import static com.designcoach.judge.OfflineThresholds.LEVEL_SUPERFICIAL;
import static com.designcoach.judge.OfflineThresholds.LEVEL_TOP;
import static com.designcoach.judge.OfflineThresholds.SHARED_WORDS_TO_ENGAGE;

/**
 * Grades with no model and no network. For each key point it decides from the keywords
 * (stemmed, with bilingual synonyms) and the key point's own words whether the answer
 * covers it, and quotes the sentence that does. The score follows coverage, scaled by
 * depth (quantities, trade-offs, reasons). Length earns nothing: repeated sentences count
 * once, and sentences that touch none of the scenario's vocabulary add no depth. Text
 * aimed at a grader is set aside and flagged. Deterministic by construction.
 */
@Component
public class OfflineJudge implements Judge {

	public static final JudgeInfo INFO = new JudgeInfo(JudgeInfo.OFFLINE, "offline", "offline-coverage-3", "3");

	private static final int MAX_QUOTE = 400;

	private final ScenarioBank bank;

	private final OfflineJudgeCaches caches;

	/**
	 * A second opinion on coverage from meaning ({@link SemanticMatcher}); null in
	 * production: keywords alone.
	 */
	private final SemanticMatcher semantic;

	/**
	 * The judge the application runs: it tells off-topic answers from the bank's
	 * scenarios, its caches measured.
	 */
	@Autowired
	OfflineJudge(ScenarioBank bank, ObjectProvider<MeterRegistry> registry) {
		this(bank, null, registry.getIfAvailable());
	}

	/**
	 * A judge that tells off-topic answers from the bank's scenarios, its caches not
	 * measured.
	 */
	public OfflineJudge(ScenarioBank bank) {
		this(bank, null, null);
	}

	/**
	 * The same, with a semantic matcher voting on coverage beside the keywords (null:
	 * none).
	 */
	OfflineJudge(ScenarioBank bank, SemanticMatcher semantic) {
		this(bank, semantic, null);
	}

	private OfflineJudge(ScenarioBank bank, SemanticMatcher semantic, MeterRegistry registry) {
		this.bank = bank;
		this.semantic = semantic;
		this.caches = new OfflineJudgeCaches(registry);
		// Now rather than at the first grading: a glossary that cannot be read stops the
		// application.
		Glossary.load();
	}

	/** A judge with an empty bank: it never calls an answer off topic. */
	public OfflineJudge() {
		this(ScenarioBank.of(List.of()));
	}

	@Override
	public JudgeInfo info() {
		return INFO;
	}

	@Override
	public StepVerdict gradeStep(InterviewContext interview, String stepKey) {
		CompiledScenario scenario = caches.compiled(interview.scenario());
		Framework.Step rubricStep = interview.framework()
			.step(stepKey)
			.orElseThrow(() -> new JudgeException("The rubric has no step " + stepKey));
		ScreenedInterview screened = caches.interview(interview);
		ScreenedAnswer screening = screened.step(interview, stepKey);
		Set<String> flags = new LinkedHashSet<>(screening.flags());
		List<Text.Sentence> sentences = screening.sentences();
		List<CompiledScenario.CompiledKeyPoint> keyPoints = scenario.keyPoints(stepKey);

		if (sentences.isEmpty()) {
			return nothingCovered(OfflineFeedback.NO_ANSWER, interview, stepKey, keyPoints, flags);
		}
		Optional<String> aboutInstead = screened.aboutInstead(() -> Relevance.aboutInstead(interview, screened,
				scenario, caches.topicIndex(bank.scenarios(), interview.scenario())));
		if (aboutInstead.isPresent()) {
			flags.add(StepVerdict.OFF_TOPIC_SUSPECTED);
			return nothingCovered(OfflineFeedback.offTopic(aboutInstead.get()), interview, stepKey, keyPoints, flags);
		}

		Map<Text.Sentence, List<Keyword>> held = Coverage.keywordsIn(sentences, keyPoints);
		List<Coverage> coverage = Coverage.ofStep(keyPoints, sentences, held, semantic);
		double fraction = Coverage.fraction(coverage);
		Depth depth = Depth.ofStep(sentences, keyPoints, held, scenario);
		int score = fraction > 0 ? score(fraction, depth)
				: engaged(sentences, scenario) ? LEVEL_SUPERFICIAL : LEVEL_ABSENT;

		List<String> evidence = new ArrayList<>();
		List<String> covered = new ArrayList<>();
		List<String> missed = new ArrayList<>();
		for (Coverage c : coverage) {
			if (c.strength() >= 1) {
				covered.add(c.keyPoint().text());
				if (c.evidence() != null && !evidence.contains(quote(c.evidence()))) {
					evidence.add(quote(c.evidence()));
				}
			}
			else {
				missed.add(c.keyPoint().text());
			}
		}
		List<String> suggestions = new ArrayList<>(
				OfflineFeedback.forKeyPoints(interview.scenario(), rubricStep, keyPoints, coverage));
		suggestions.addAll(OfflineFeedback.forDepth(depth, Advice.inChinese(interview.scenario())));
		String rationale = OfflineFeedback.withLevel(OfflineFeedback.rationale(coverage, depth), rubricStep, score);
		return new StepVerdict(score, rationale, evidence, covered, missed, suggestions, flags);
	}

	private static StepVerdict nothingCovered(String why, InterviewContext interview, String stepKey,
			List<CompiledScenario.CompiledKeyPoint> keyPoints, Set<String> flags) {
		Framework.Step rubricStep = interview.framework().step(stepKey).orElseThrow();
		return new StepVerdict(LEVEL_ABSENT, OfflineFeedback.withLevel(why, rubricStep, LEVEL_ABSENT), List.of(),
				List.of(), keyPoints.stream().map(CompiledScenario.CompiledKeyPoint::text).toList(),
				OfflineFeedback.forKeyPoints(interview.scenario(), rubricStep, keyPoints, List.of()), flags);
	}

	/** Coverage decides the level; depth can lift a well-covered step by one. */
	static int score(double coverageFraction, Depth depth) {
		double points = LEVELS_ABOVE_LOWEST * Math.min(1, coverageFraction / COVERAGE_FOR_TOP)
				* (COVERAGE_WEIGHT + DEPTH_WEIGHT * depth.value());
		return Math.max(LEVEL_SUPERFICIAL, Math.min(LEVEL_TOP, LEVEL_ABSENT + (int) Math.round(points)));
	}

	/**
	 * An answer that hits no key point but talks about this scenario in general terms is
	 * superficial, not absent.
	 */
	private static boolean engaged(List<Text.Sentence> sentences, CompiledScenario scenario) {
		return Relevance.share(sentences, scenario).shared() >= SHARED_WORDS_TO_ENGAGE;
	}

	private static String quote(Text.Sentence sentence) {
		String text = sentence.original();
		if (text.length() <= MAX_QUOTE) {
			return text;
		}
		int cut = text.lastIndexOf(' ', MAX_QUOTE);
		return text.substring(0, cut > MAX_QUOTE / 2 ? cut : MAX_QUOTE).strip();
	}

}
