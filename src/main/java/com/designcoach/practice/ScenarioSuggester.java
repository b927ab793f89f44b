package com.designcoach.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.designcoach.scenario.ScenarioDocument;
import com.designcoach.scenario.ScenarioService;
import com.designcoach.scenario.ScenarioSummary;
import com.designcoach.web.ApiException;

/**
 * Picks the scenario to drill a step on: one the candidate has not practised in the last
 * two weeks whose key points for that step share the most terms with the key points
 * missed last time (all of the step's key points when none was missed). One instance per
 * plan request: it remembers the documents it has read.
 */
final class ScenarioSuggester {

	static final Duration RECENT = Duration.ofDays(14);

	private final ScenarioService scenarios;

	private final Map<Long, Instant> lastPractised;

	private final Instant now;

	private final Map<Long, ScenarioDocument> documents = new HashMap<>();

	ScenarioSuggester(ScenarioService scenarios, Map<Long, Instant> lastPractised, Instant now) {
		this.scenarios = scenarios;
		this.lastPractised = lastPractised;
		this.now = now;
	}

	record Suggestion(ScenarioSummary scenario, List<String> focus) {
	}

	/**
	 * The terms to drill: the keywords of the key points missed in {@code last}, or of
	 * all of them.
	 */
	static List<String> terms(ScenarioDocument source, GradedStep last) {
		List<ScenarioDocument.KeyPoint> keyPoints = source.step(last.stepKey()).keyPoints();
		List<ScenarioDocument.KeyPoint> missed = keyPoints.stream()
			.filter(kp -> last.missedKeyPoints().contains(kp.text()))
			.toList();
		Set<String> terms = new LinkedHashSet<>();
		for (ScenarioDocument.KeyPoint kp : missed.isEmpty() ? keyPoints : missed) {
			kp.keywords().forEach(k -> terms.add(k.toLowerCase(Locale.ROOT).strip()));
		}
		return List.copyOf(terms);
	}

	Suggestion suggest(String stepKey, long sourceScenarioId, List<String> terms) {
		List<ScenarioSummary> open = scenarios.list(null, null, null);
		List<ScenarioSummary> fresh = open.stream().filter(s -> !recent(s.id())).toList();
		if (fresh.isEmpty()) {
			fresh = open.stream().filter(s -> s.id() != sourceScenarioId).toList();
		}
		if (fresh.isEmpty()) {
			fresh = open;
		}
		Suggestion best = null;
		for (ScenarioSummary candidate : fresh.stream().sorted(leastRecentFirst()).toList()) {
			ScenarioDocument document = document(candidate.id());
			if (document == null) {
				continue;
			}
			List<String> matched = matching(document.step(stepKey), terms);
			if (best == null || matched.size() > best.focus().size()) {
				best = new Suggestion(candidate, matched);
			}
		}
		return best;
	}

	/** Never practised first, then the longest ago, then by title: deterministic. */
	private Comparator<ScenarioSummary> leastRecentFirst() {
		return Comparator.<ScenarioSummary, Instant>comparing(s -> lastPractised.getOrDefault(s.id(), Instant.MIN))
			.thenComparing(ScenarioSummary::title);
	}

	private boolean recent(long scenarioId) {
		Instant last = lastPractised.get(scenarioId);
		return last != null && last.isAfter(now.minus(RECENT));
	}

	/**
	 * The terms this step of another scenario covers, in its key points' text or
	 * keywords.
	 */
	static List<String> matching(ScenarioDocument.StepContent step, List<String> terms) {
		if (step == null) {
			return List.of();
		}
		StringBuilder text = new StringBuilder();
		List<String> keywords = new ArrayList<>();
		for (ScenarioDocument.KeyPoint kp : step.keyPoints()) {
			text.append(kp.text().toLowerCase(Locale.ROOT)).append('\n');
			kp.keywords().forEach(k -> keywords.add(k.toLowerCase(Locale.ROOT).strip()));
		}
		String haystack = text.toString();
		return terms.stream()
			.filter(term -> haystack.contains(term)
					|| keywords.stream().anyMatch(k -> k.equals(term) || (k.length() >= 3 && term.contains(k))))
			.toList();
	}

	/**
	 * The scenario's current document, or null when it was archived since the list was
	 * read.
	 */
	private ScenarioDocument document(long scenarioId) {
		if (!documents.containsKey(scenarioId)) {
			ScenarioDocument document;
			try {
				document = scenarios.current(String.valueOf(scenarioId)).document();
			}
			catch (ApiException ex) {
				document = null;
			}
			documents.put(scenarioId, document);
		}
		return documents.get(scenarioId);
	}

}
