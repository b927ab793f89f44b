package com.designcoach.judge;

import java.util.LinkedHashMap;
import java.util.Map;

import com.designcoach.rubric.StepKeys;
import com.designcoach.scenario.ScenarioDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notes, bullets, tables and formulas, as candidates write them, are content to the
 * offline judge.
 */
class NotesTest {

	private final OfflineJudge judge = new OfflineJudge(JudgeFixtures.bank());

	private final ScenarioDocument rag = JudgeFixtures.scenario("rag-internal-docs-chatbot");

	@Test
	void aBulletThatStatesADecisionCoversTheKeyPoint() {
		StepVerdict decided = grade("model-development", "- hybrid retrieval: BM25 + dense, then RRF to merge");
		StepVerdict listed = grade("model-development", "BM25, dense, RRF.");

		String hybrid = rag.step("model-development").keyPoints().get(0).text();
		assertThat(decided.coveredKeyPoints()).contains(hybrid);
		assertThat(decided.evidence()).contains("hybrid retrieval: BM25 + dense, then RRF to merge");
		assertThat(listed.coveredKeyPoints()).doesNotContain(hybrid);
	}

	@Test
	void depthSeesFiguresTradeOffsAndReasonsInNotes() {
		Depth english = Depth.of(Text.sentences("""
				- reranker: cross-encoder over top 50 -> +12 pts precision
				- HNSW vs IVF-PQ: HNSW faster, IVF-PQ 4x less memory
				| stage | p95 |
				| rerank | 150 ms |
				- CTR = clicks / impressions
				"""));
		Depth chinese = Depth.of(Text.sentences("""
				- 召回：BM25 + 向量，RRF 融合 → 长尾词命中率更高
				- 重排 vs 不重排：多 150ms，换取精度
				- 缺点：索引更新慢，所以增量写入
				"""));

		assertThat(english.quantities()).isGreaterThanOrEqualTo(3);
		assertThat(english.tradeOffs()).isGreaterThanOrEqualTo(1);
		assertThat(english.reasons()).isGreaterThanOrEqualTo(1);
		assertThat(chinese.quantities()).isGreaterThanOrEqualTo(2);
		assertThat(chinese.tradeOffs()).isGreaterThanOrEqualTo(2);
		assertThat(chinese.reasons()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aFigureSaidAgainIsNotASecondFigure() {
		Depth once = Depth.of(Text.sentences("Roll out to 5% first. Alert when errors pass 2%."));
		Depth again = Depth.of(Text.sentences("Roll out to 5% first. As I said, 5% first. Alert when errors pass 2%."));

		assertThat(again.quantities()).isEqualTo(once.quantities());
	}

	@Test
	void shortNotesAreNeverCalledOffTopic() {
		Map<String, String> notes = new LinkedHashMap<>();
		StepKeys.ALL.forEach(key -> notes.put(key, ""));
		notes.put("clarifying-requirements", "* ~20k employees, p95 < 3 s\n* docs: Confluence, Drive, Jira");
		notes.put("system-design", "| stage | budget |\n| retrieval | 100 ms |\n| LLM TTFT | 600 ms |");
		InterviewContext interview = JudgeFixtures.interview(rag, notes);

		for (String key : StepKeys.ALL) {
			assertThat(judge.gradeStep(interview, key).flags()).doesNotContain(StepVerdict.OFF_TOPIC_SUSPECTED);
		}
	}

	@Test
	void anOffTopicVerdictNamesWhatTheAnswersSeemToBeAbout() {
		Map<String, String> features = JudgeFixtures.answers("feature-platform-point-in-time", "strong");
		InterviewContext interview = JudgeFixtures.interview(rag, features);

		StepVerdict verdict = judge.gradeStep(interview, "system-design");

		assertThat(verdict.flags()).containsExactly(StepVerdict.OFF_TOPIC_SUSPECTED);
		assertThat(verdict.rationale()).contains(JudgeFixtures.scenario("feature-platform-point-in-time").title());
	}

	private StepVerdict grade(String stepKey, String text) {
		Map<String, String> answers = new LinkedHashMap<>();
		StepKeys.ALL.forEach(key -> answers.put(key, ""));
		answers.put(stepKey, text);
		return judge.gradeStep(JudgeFixtures.interview(rag, answers), stepKey);
	}

}
