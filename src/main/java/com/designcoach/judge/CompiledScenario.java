package com.designcoach.judge;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.designcoach.scenario.ScenarioDocument;

/**
 * A scenario prepared for lexical grading: every keyword compiled once, plus the words
 * and glossary groups of its own text, which tell an answer about this system from one
 * about another.
 */
final class CompiledScenario {

	private final Map<String, List<CompiledKeyPoint>> steps = new LinkedHashMap<>();

	/** Every content term the scenario's own text uses, reference answers included. */
	private final Set<String> ownWords = new HashSet<>();

	/** The glossary groups its own text uses, in either language. */
	private final Set<Glossary.Group> ownGroups = new HashSet<>();

	private final boolean writtenInChinese;

	CompiledScenario(ScenarioDocument scenario) {
		scenario.steps()
			.forEach((key, step) -> steps.put(key, step.keyPoints().stream().map(CompiledKeyPoint::of).toList()));
		String ownText = ownText(scenario);
		ownWords.addAll(Text.terms(ownText));
		writtenInChinese = Text.mostlyChinese(ownText);
		List<Text.Sentence> ownSentences = Text.sentences(ownText);
		ownGroups.addAll(Glossary.chineseGroupsIn(ownSentences));
		ownGroups.addAll(Glossary.englishGroupsIn(ownSentences));
	}

	/**
	 * The scenario's own words: reference answers, follow-ups, key points and keywords,
	 * title, summary, prompt.
	 */
	static String ownText(ScenarioDocument scenario) {
		StringBuilder ownText = new StringBuilder();
		scenario.steps().forEach((key, step) -> {
			ownText.append(step.referenceAnswer()).append('\n');
			step.followUps().forEach(question -> ownText.append(question).append('\n'));
			step.keyPoints().forEach(point -> {
				ownText.append(point.text()).append('\n');
				point.keywords().forEach(keyword -> ownText.append(keyword).append('\n'));
			});
		});
		ownText.append(scenario.title()).append('\n');
		if (scenario.summary() != null) {
			ownText.append(scenario.summary()).append('\n');
		}
		return ownText.append(scenario.prompt()).toString();
	}

	List<CompiledKeyPoint> keyPoints(String stepKey) {
		return steps.getOrDefault(stepKey, List.of());
	}

	Set<String> ownWords() {
		return ownWords;
	}

	Set<Glossary.Group> ownGroups() {
		return ownGroups;
	}

	/**
	 * Whether the scenario's own text has Chinese in it, so Chinese words can be compared
	 * with it directly.
	 */
	boolean writtenInChinese() {
		return writtenInChinese;
	}

	record CompiledKeyPoint(String text, List<Keyword> keywords, Set<String> terms) {

		static CompiledKeyPoint of(ScenarioDocument.KeyPoint point) {
			return new CompiledKeyPoint(point.text(), point.keywords().stream().map(Keyword::of).toList(),
					Set.copyOf(Text.terms(point.text())));
		}

		/**
		 * What a full overlap with this point's words looks like. Half the character
		 * pairs of Chinese text straddle two words, and nobody rewording a point repeats
		 * those, so a Chinese point's overlap reads about half of an English one's for
		 * the same content.
		 */
		double overlapScale() {
			return inChinese() ? OfflineThresholds.CHINESE_OVERLAP_SCALE : 1;
		}

		/** Whether most of the point's words are Chinese. */
		boolean inChinese() {
			long chinese = terms.stream().filter(Text::hasCjk).count();
			return chinese * 2 > terms.size();
		}

	}

}
