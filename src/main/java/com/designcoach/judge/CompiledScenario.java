package com.designcoach.judge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.designcoach.scenario.ScenarioDocument;

/**
 * A scenario prepared for lexical grading: every keyword compiled once, plus the topic words
 * of its title and prompt that tell an answer about this system from one about another.
 */
final class CompiledScenario {

	/** Words of a prompt that say nothing about which system it is. */
	private static final Set<String> GENERIC = Set.of("design", "system", "build", "servic", "service", "user", "data", "scale", "platform", "support", "team",
			"compani", "company", "product", "million", "billion", "thousand", "hundr", "daili", "daily", "global",
			"need", "want", "requir", "requirement", "interview", "candid", "candidate", "handl", "handle", "allow",
			"provid", "provide", "make", "ensur", "ensure", "time", "work", "engin", "engineer", "current", "today",
			"exist", "existing", "own", "across", "within", "without", "while", "year", "month", "week", "day",
			"hour", "minut", "second", "peopl", "peak", "larg", "large", "small", "high", "low", "fast", "quick",
			"cheap", "expens", "expensive", "good", "great", "lead", "internal", "intern", "extern", "external",
			"api", "web", "app", "mobil", "mobile", "new", "every", "many", "much", "most", "several", "multipl",
			"multiple", "differ", "different", "same", "like", "base", "based", "first", "next", "last", "also",
			"must", "cannot", "describ", "describe", "explain", "walk", "through", "approach", "propos", "propose",
			"would", "should", "could", "what", "how", "they", "their");

	private final Map<String, List<CompiledKeyPoint>> steps = new LinkedHashMap<>();

	private final List<Keyword> vocabulary = new ArrayList<>();

	private final List<Keyword> topic = new ArrayList<>();

	/** Every content stem the scenario's own text uses, reference answers included. */
	private final Set<String> ownWords = new java.util.HashSet<>();

	CompiledScenario(ScenarioDocument scenario) {
		scenario.steps().forEach((key, step) -> {
			List<CompiledKeyPoint> points = new ArrayList<>();
			for (ScenarioDocument.KeyPoint point : step.keyPoints()) {
				CompiledKeyPoint compiled = CompiledKeyPoint.of(point);
				vocabulary.addAll(compiled.keywords());
				points.add(compiled);
			}
			steps.put(key, points);
			ownWords.addAll(Text.contentStems(step.referenceAnswer()));
			step.followUps().forEach(question -> ownWords.addAll(Text.contentStems(question)));
			step.keyPoints().forEach(point -> {
				ownWords.addAll(Text.contentStems(point.text()));
				point.keywords().forEach(keyword -> ownWords.addAll(Text.contentStems(keyword)));
			});
		});
		String about = scenario.title() + " " + (scenario.summary() == null ? "" : scenario.summary()) + " "
				+ scenario.prompt();
		ownWords.addAll(Text.contentStems(about));
		Text.contentStems(about)
			.stream()
			.filter(stem -> !GENERIC.contains(stem) && stem.chars().noneMatch(Character::isDigit))
			.distinct()
			.forEach(stem -> topic.add(Keyword.of(stem)));
	}

	List<CompiledKeyPoint> keyPoints(String stepKey) {
		return steps.getOrDefault(stepKey, List.of());
	}

	List<Keyword> vocabulary() {
		return vocabulary;
	}

	Set<String> ownWords() {
		return ownWords;
	}

	List<Keyword> topic() {
		return topic;
	}

	record CompiledKeyPoint(String text, List<Keyword> keywords, Set<String> contentStems) {

		static CompiledKeyPoint of(ScenarioDocument.KeyPoint point) {
			return new CompiledKeyPoint(point.text(), point.keywords().stream().map(Keyword::of).toList(),
					Set.copyOf(Text.contentStems(point.text())));
		}

	}

}
