package com.designcoach.judgereport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.designcoach.scenario.ScenarioSummary;

/**
 * Which scenarios a report grades by default, and where each one's off-topic answer comes
 * from, chosen from the open scenarios deterministically: categories in the contract's
 * order, and within a category the oldest scenario (the lowest id, so the shipped bank,
 * loaded first, is preferred over scenarios added later).
 */
final class ScenarioChoice {

	static final int DEFAULT_COUNT = 3;

	/** The contract's order of categories. */
	static final List<String> CATEGORIES = List.of("llm-application", "generative-media", "training-infrastructure",
			"inference-serving", "data-platform", "ml-platform");

	private ScenarioChoice() {
	}

	/** The oldest scenario of each of the first three categories that have one. */
	static List<ScenarioSummary> defaults(List<ScenarioSummary> open) {
		List<ScenarioSummary> chosen = new ArrayList<>();
		for (String category : CATEGORIES) {
			oldestOf(open, category).ifPresent(chosen::add);
			if (chosen.size() == DEFAULT_COUNT) {
				break;
			}
		}
		return chosen;
	}

	/**
	 * The oldest scenario of the next category, in the contract's order and round, that
	 * has one.
	 */
	static Optional<ScenarioSummary> offTopicFor(ScenarioSummary scenario, List<ScenarioSummary> open) {
		int at = Math.max(0, CATEGORIES.indexOf(scenario.category()));
		for (int i = 1; i < CATEGORIES.size(); i++) {
			String category = CATEGORIES.get((at + i) % CATEGORIES.size());
			if (!category.equals(scenario.category())) {
				Optional<ScenarioSummary> found = oldestOf(open, category);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<ScenarioSummary> oldestOf(List<ScenarioSummary> open, String category) {
		return open.stream().filter(s -> category.equals(s.category())).min(Comparator.comparing(ScenarioSummary::id));
	}

}
