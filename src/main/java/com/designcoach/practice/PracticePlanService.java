package com.designcoach.practice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.designcoach.account.AccountService;
import com.designcoach.rubric.Framework;
import com.designcoach.rubric.RubricService;
import com.designcoach.scenario.ScenarioService;
import com.designcoach.scenario.ScenarioSnapshot;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice plan: Leitner boxes over the steps the candidate has been graded on.
 *
 * <p>
 * The boxes are derived from the grading history on each request rather than stored: the
 * history is the truth, so a regrade, a discarded interview or a change to the scheme can
 * never leave a stored box out of step with it, no background job is needed, and
 * replaying a few hundred step grades costs less than the query that reads them. Days are
 * UTC days.
 */
@Service
class PracticePlanService {

	private final PracticeHistory history;

	private final AccountService accounts;

	private final ScenarioService scenarios;

	private final RubricService rubric;

	private final Clock clock;

	PracticePlanService(PracticeHistory history, AccountService accounts, ScenarioService scenarios,
			RubricService rubric, Clock clock) {
		this.history = history;
		this.accounts = accounts;
		this.scenarios = scenarios;
		this.rubric = rubric;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PracticePlan plan(String username) {
		long userId = accounts.idOf(username);
		Map<String, Standing> standings = new LinkedHashMap<>();
		for (GradedStep graded : history.gradedSteps(userId)) {
			Standing before = standings.get(graded.stepKey());
			Leitner.Box box = Leitner.after(before == null ? 1 : before.box().box(), graded.score(),
					LocalDate.ofInstant(graded.submittedAt(), ZoneOffset.UTC));
			standings.put(graded.stepKey(), new Standing(box, graded));
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		ScenarioSuggester suggester = new ScenarioSuggester(scenarios, history.lastPractised(userId), now);
		List<PracticePlan.Item> due = new ArrayList<>();
		List<PracticePlan.Item> upcoming = new ArrayList<>();
		for (Framework.Step step : rubric.framework().steps()) {
			Standing standing = standings.get(step.key());
			if (standing != null) {
				PracticePlan.Item item = item(step, standing, suggester);
				(standing.box().dueOn().isAfter(today) ? upcoming : due).add(item);
			}
		}
		due.sort(Comparator.comparingInt(PracticePlan.Item::box).thenComparing(PracticePlan.Item::dueAt));
		upcoming.sort(Comparator.comparing(PracticePlan.Item::dueAt).thenComparingInt(PracticePlan.Item::box));
		return new PracticePlan(due, upcoming);
	}

	private PracticePlan.Item item(Framework.Step step, Standing standing, ScenarioSuggester suggester) {
		GradedStep last = standing.last();
		ScenarioSnapshot source = scenarios.version(last.scenarioVersionId());
		List<String> terms = ScenarioSuggester.terms(source.document(), last);
		ScenarioSuggester.Suggestion suggestion = suggester.suggest(step.key(), source.scenarioId(), terms);
		String reason = Reasons.of(step, standing.box().box(), last.score(), source.document().title(), suggestion);
		Instant dueAt = standing.box().dueOn().atStartOfDay(ZoneOffset.UTC).toInstant();
		return new PracticePlan.Item(step.key(), step.title(), standing.box().box(), dueAt, last.score(),
				suggestion == null ? null : suggestion.scenario().id(),
				suggestion == null ? null : suggestion.scenario().slug(),
				suggestion == null ? null : suggestion.scenario().title(), reason,
				suggestion == null ? List.of() : suggestion.focus());
	}

	private record Standing(Leitner.Box box, GradedStep last) {
	}

}
