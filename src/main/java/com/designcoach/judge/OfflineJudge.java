package com.designcoach.judge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import com.designcoach.rubric.Framework;
import com.designcoach.scenario.ScenarioDocument;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

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

	private final Map<ScenarioDocument, CompiledScenario> compiled = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<ScenarioDocument, CompiledScenario> eldest) {
			return size() > 64;
		}
	};

	private final Map<InterviewContext, Optional<String>> offTopicMemo = Collections.synchronizedMap(new WeakHashMap<>());

	/** Each interview's screened steps, kept while it is being graded: every step reads all of them. */
	private final Map<InterviewContext, Map<String, ScreenedAnswer>> screened = Collections
		.synchronizedMap(new WeakHashMap<>());

	private final ScenarioBank bank;

	/** Topic indexes over the bank, one per scenario version graded; dropped when the bank changes. */
	private final Map<ScenarioDocument, TopicIndex> indexes = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<ScenarioDocument, TopicIndex> eldest) {
			return size() > 64;
		}
	};

	private List<ScenarioDocument> indexedBank;

	/** A second opinion on coverage from meaning ({@link SemanticMatcher}); null in production: keywords alone. */
	private final SemanticMatcher semantic;

	/** A judge that tells off-topic answers from the bank's scenarios. */
	@Autowired
	public OfflineJudge(ScenarioBank bank) {
		this(bank, null);
	}

	/** The same, with a semantic matcher voting on coverage beside the keywords (null: none). */
	OfflineJudge(ScenarioBank bank, SemanticMatcher semantic) {
		this.bank = bank;
		this.semantic = semantic;
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
		CompiledScenario scenario = compile(interview.scenario());
		Framework.Step rubricStep = interview.framework().step(stepKey)
			.orElseThrow(() -> new JudgeException("The rubric has no step " + stepKey));
		Set<String> flags = new LinkedHashSet<>();
		ScreenedAnswer screening = screen(interview, stepKey);
		flags.addAll(screening.flags());
		List<Text.Sentence> sentences = screening.sentences();
		List<CompiledScenario.CompiledKeyPoint> keyPoints = scenario.keyPoints(stepKey);

		if (sentences.isEmpty()) {
			return nothingCovered("No answer was given for this step.", interview, stepKey, keyPoints, flags);
		}
		Optional<String> aboutInstead = offTopic(interview, scenario);
		if (aboutInstead.isPresent()) {
			flags.add(StepVerdict.OFF_TOPIC_SUSPECTED);
			return nothingCovered("The answers do not address this scenario: they read as an answer to another problem, \""
					+ aboutInstead.get() + "\".", interview, stepKey, keyPoints, flags);
		}

		Map<Text.Sentence, List<Keyword>> held = Coverage.keywordsIn(sentences, keyPoints);
		List<Coverage> coverage = Coverage.ofStep(keyPoints, sentences, held, semantic);
		double fraction = fraction(coverage);
		Depth depth = Depth.of(onTopic(sentences, keyPoints, held, scenario));
		int score = fraction > 0 ? score(fraction, depth) : engaged(sentences, scenario) ? 2 : 1;

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
				OfflineFeedback.forKeyPoints(interview.scenario(), stepKey, keyPoints, coverage));
		suggestions.addAll(OfflineFeedback.forDepth(depth));
		String rationale = OfflineFeedback.rationale(coverage, depth) + " " + OfflineFeedback.level(rubricStep, score);
		return new StepVerdict(score, rationale, evidence, covered, missed, suggestions, flags);
	}

	private static StepVerdict nothingCovered(String why, InterviewContext interview, String stepKey,
			List<CompiledScenario.CompiledKeyPoint> keyPoints, Set<String> flags) {
		Framework.Step rubricStep = interview.framework().step(stepKey).orElseThrow();
		return new StepVerdict(1, why + " " + OfflineFeedback.level(rubricStep, 1), List.of(), List.of(),
				keyPoints.stream().map(CompiledScenario.CompiledKeyPoint::text).toList(),
				OfflineFeedback.forKeyPoints(interview.scenario(), stepKey, keyPoints, List.of()), flags);
	}

	/** Coverage decides the level; depth can lift a well-covered step by one. */
	static int score(double coverageFraction, Depth depth) {
		double points = 4 * Math.min(1, coverageFraction / 0.8) * (0.7 + 0.3 * depth.value());
		return Math.max(2, Math.min(5, 1 + (int) Math.round(points)));
	}

	private static double fraction(List<Coverage> coverage) {
		return coverage.stream().mapToDouble(Coverage::strength).sum() / Math.max(1, coverage.size());
	}

	/** An answer that hits no key point but talks about this scenario in general terms is superficial, not absent. */
	private static boolean engaged(List<Text.Sentence> sentences, CompiledScenario scenario) {
		return Relevance.share(sentences, scenario).shared() >= 1;
	}

	/**
	 * What the answers seem to be about, when another scenario of the bank fits them clearly
	 * better than this one ({@link Relevance}); memoised per interview, as every step asks.
	 */
	private Optional<String> offTopic(InterviewContext interview, CompiledScenario scenario) {
		return offTopicMemo.computeIfAbsent(interview, context -> {
			List<Text.Sentence> sentences = new ArrayList<>();
			double coverage = context.scenario()
				.steps()
				.keySet()
				.stream()
				.mapToDouble(key -> {
					List<Text.Sentence> honest = screen(context, key).sentences();
					sentences.addAll(honest);
					return fraction(Coverage.ofStep(scenario.keyPoints(key), honest));
				})
				.average()
				.orElse(0);
			return Relevance.aboutInstead(sentences, topicIndex(context.scenario()), context.scenario().slug(),
					coverage);
		});
	}

	private ScreenedAnswer screen(InterviewContext interview, String stepKey) {
		Map<String, ScreenedAnswer> steps = screened.computeIfAbsent(interview, context -> new ConcurrentHashMap<>());
		return steps.computeIfAbsent(stepKey, key -> ScreenedAnswer.of(interview.answer(key).candidateText()));
	}

	private synchronized TopicIndex topicIndex(ScenarioDocument own) {
		List<ScenarioDocument> current = bank.scenarios();
		if (current != indexedBank) {
			indexes.clear();
			indexedBank = current;
		}
		return indexes.computeIfAbsent(own, document -> new TopicIndex(current, document));
	}

	private synchronized CompiledScenario compile(ScenarioDocument scenario) {
		return compiled.computeIfAbsent(scenario, CompiledScenario::new);
	}

	/**
	 * Sentences about the step's key points that add something: touching one of their
	 * keywords, or sharing at least two of their words and bringing at least two of the
	 * scenario's terms not said before in the step. Only they can show depth; filler that
	 * restates ("catching fraud is good, so we want to catch as much as possible") cannot.
	 */
	private static List<Text.Sentence> onTopic(List<Text.Sentence> sentences,
			List<CompiledScenario.CompiledKeyPoint> keyPoints, Map<Text.Sentence, List<Keyword>> held,
			CompiledScenario scenario) {
		Set<String> pointTerms = new HashSet<>();
		keyPoints.forEach(point -> pointTerms.addAll(point.terms()));
		Set<String> said = new HashSet<>();
		List<Text.Sentence> onTopic = new ArrayList<>();
		for (Text.Sentence sentence : sentences) {
			boolean keyword = !held.get(sentence).isEmpty();
			boolean related = sentence.terms().stream().filter(pointTerms::contains).limit(2).count() >= 2;
			long fresh = sentence.terms()
				.stream()
				.filter(term -> !said.contains(term) && (scenario.ownWords().contains(term)
						|| Text.hasCjk(term) != scenario.writtenInChinese()))
				.limit(2)
				.count();
			if (keyword || (related && fresh >= 2)) {
				onTopic.add(sentence);
			}
			said.addAll(sentence.terms());
		}
		return onTopic;
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
