package com.designcoach.judge.llm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.designcoach.judge.CandidateText;
import com.designcoach.judge.InterviewContext;
import com.designcoach.judge.StepVerdict;
import com.designcoach.scenario.ScenarioDocument;

/**
 * Turns what a model said about one step into a verdict the code stands behind: a key
 * point counts only with a quote found verbatim in the answer or the follow-up reply; one
 * with no verdict counts as missing and the rationale says so; the score comes from the
 * verified coverage ({@link EvidenceLevels}), never from the model alone. A model that
 * gave a quote not in the answer, or one quote for more key points than it supports, has
 * claimed more than it showed: its own score may then only lower the level.
 */
final class StepCheck {

	/**
	 * A sentence can make two points; a model that pastes one sentence under every key
	 * point is claiming more than it shows, so a quote vouches for at most this many.
	 */
	static final int MAX_POINTS_PER_QUOTE = 2;

	private StepCheck() {
	}

	/**
	 * {@code quotes}: the quotes the model gave, one per verdict at most, found or not;
	 * {@code droppedQuotes}: those of them not found in the answer.
	 */
	record Result(StepVerdict verdict, int quotes, int droppedQuotes) {
	}

	static Result check(ModelGrade grade, ScenarioDocument.StepContent content, InterviewContext.StepAnswer answer) {
		List<ScenarioDocument.KeyPoint> keyPoints = content.keyPoints();
		List<String> evidence = new ArrayList<>();
		List<String> covered = new ArrayList<>();
		List<String> missed = new ArrayList<>();
		List<String> unanswered = new ArrayList<>();
		Map<String, Integer> quoteUses = new HashMap<>();
		int quotes = 0;
		int dropped = 0;
		int reused = 0;
		double credit = 0;
		for (int i = 1; i <= keyPoints.size(); i++) {
			String keyPoint = keyPoints.get(i - 1).text();
			ModelGrade.Verdict verdict = grade.verdicts().get(i);
			if (verdict == null) {
				unanswered.add(i + " (\"" + keyPoint + "\")");
				missed.add(keyPoint);
				continue;
			}
			String quote = CandidateText.diagramLine(answer.candidateText(), verdict.quote());
			boolean holds = !quote.isEmpty() && JudgePrompt.quoteHolds(answer, quote);
			quotes += quote.isEmpty() ? 0 : 1;
			if (!quote.isEmpty() && !holds) {
				dropped++;
			}
			boolean claimed = holds && !"missing".equals(verdict.verdict());
			if (claimed && quoteUses.merge(quote, 1, Integer::sum) > MAX_POINTS_PER_QUOTE) {
				reused++;
				claimed = false;
			}
			if (claimed && "covered".equals(verdict.verdict())) {
				credit += 1;
				covered.add(keyPoint);
			}
			else {
				credit += claimed ? 0.5 : 0;
				missed.add(keyPoint);
			}
			if (claimed && !evidence.contains(quote)) {
				evidence.add(quote);
			}
		}
		double coverage = credit / Math.max(1, keyPoints.size());
		boolean claimsHeld = dropped == 0 && reused == 0;
		int score = EvidenceLevels.score(coverage, grade.score(), claimsHeld);
		String rationale = rationale(grade, keyPoints.size(), covered.size(), coverage, score, unanswered, dropped,
				reused);
		return new Result(new StepVerdict(score, rationale, evidence, covered, missed, grade.suggestions(), Set.of()),
				quotes, dropped);
	}

	private static String rationale(ModelGrade grade, int keyPoints, int covered, double coverage, int score,
			List<String> unanswered, int dropped, int reused) {
		StringBuilder text = new StringBuilder(grade.rationale());
		if (!unanswered.isEmpty()) {
			text.append(" (The model gave no verdict for key point")
				.append(unanswered.size() == 1 ? " " : "s ")
				.append(String.join(", ", unanswered))
				.append("; counted as missing.)");
		}
		if (dropped > 0) {
			text.append(" (")
				.append(dropped)
				.append(dropped == 1 ? " quote was" : " quotes were")
				.append(" not found in the answer and ignored.)");
		}
		if (reused > 0) {
			text.append(" (One quote was given for more than ")
				.append(MAX_POINTS_PER_QUOTE)
				.append(" key points; it counts for the first ")
				.append(MAX_POINTS_PER_QUOTE)
				.append(".)");
		}
		int level = EvidenceLevels.level(coverage);
		text.append(" Verified: ")
			.append(covered)
			.append(" of ")
			.append(keyPoints)
			.append(" key points covered, coverage ")
			.append(Math.round(coverage * 100))
			.append("%, level ")
			.append(level);
		if (grade.score() != null && score != level) {
			text.append("; the model's own ")
				.append(grade.score())
				.append(" moves it to ")
				.append(score)
				.append(" (one level at most)");
		}
		else if (grade.score() != null && grade.score() > level && (dropped > 0 || reused > 0)) {
			text.append("; the model's own ")
				.append(grade.score())
				.append(" does not lift it, since its quotes did not all hold up");
		}
		return text.append('.').toString().strip();
	}

}
