package com.designcoach.judge;

import java.util.LinkedHashMap;
import java.util.List;
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

	/**
	 * A long answer written as an engineer's notes, in their own terms rather than the
	 * scenario's: bullets, a table of stages and a code block. Layout and vocabulary are
	 * no evidence of being about another system.
	 */
	@Test
	void longNotesWithTablesAndCodeInTheirOwnWordsAreNotCalledOffTopic() {
		Map<String, String> notes = new LinkedHashMap<>();
		StepKeys.ALL.forEach(key -> notes.put(key, ""));
		notes.put("clarifying-requirements", """
				- who: staff asking HR / IT / eng questions, web + Slack bot
				- ~20k people, maybe 30k questions a day, bursts at 9am Monday
				- must respect who-can-see-what on every source
				- answer in < 3 s, start showing text in < 1 s
				""");
		notes.put("system-design", """
				Flow per question:

				| stage            | what                                   | budget  |
				|------------------|----------------------------------------|---------|
				| auth             | look up the asker's groups (Okta)      | 20 ms   |
				| search           | BM25 + vectors, filtered by groups     | 120 ms  |
				| rerank           | small cross-encoder, keep top 8        | 150 ms  |
				| generate         | LLM, answer with [n] refs to sources   | ~1.5 s  |

				```python
				def answer(question, user):
				    groups = idp.groups(user)
				    hits = search(question, allowed=groups, k=50)
				    top = rerank(question, hits)[:8]
				    return llm.generate(prompt(question, top), stream=True)
				```

				- sync jobs pull Confluence, Drive, Jira every few minutes; deletes propagate
				- one index per region, 3 replicas, sharded by space
				- cache frequent HR questions for 1 h, per group set
				- if the LLM is down: show the top 3 passages with links instead
				- cost: ~$0.004 per question at current token prices
				""");
		notes.put("deployment-monitoring", """
				* pilot with IT helpdesk, then 10% of staff, then all
				* dashboards: thumbs up/down, "no sources found" rate, sync lag, p95
				* weekly review of down-voted answers -> fix docs or prompts
				* page on-call when sync lag > 30 min or error rate > 2%
				* new model or prompt: replay 500 logged questions, compare before switching
				""");
		InterviewContext interview = JudgeFixtures.interview(rag, notes);
		List<Text.Sentence> sentences = notes.values().stream().flatMap(text -> Text.sentences(text).stream()).toList();
		assertThat(Text.wordCount(String.join("\n", notes.values()))).isGreaterThanOrEqualTo(200);
		List<Text.Sentence> partial = JudgeFixtures.answers("rag-internal-docs-chatbot", "partial")
			.values()
			.stream()
			.flatMap(text -> Text.sentences(text).stream())
			.toList();
		CompiledScenario compiled = new CompiledScenario(rag);
		assertThat(Relevance.share(sentences, compiled).value()).as("less of the scenario's wording than prose")
			.isLessThan(Relevance.share(partial, compiled).value() - 0.1);

		for (String key : StepKeys.ALL) {
			assertThat(judge.gradeStep(interview, key).flags()).as(key).doesNotContain(StepVerdict.OFF_TOPIC_SUSPECTED);
		}
		assertThat(judge.gradeStep(interview, "system-design").score()).isGreaterThan(1);
	}

	/**
	 * The same for notes in English to a Chinese scenario: the riskiest case, since
	 * little of the answer's wording can match the scenario's directly.
	 */
	@Test
	void englishNotesToAChineseScenarioAreNotCalledOffTopic() {
		ScenarioDocument shop = JudgeFixtures.scenario("ecommerce-support-agent-zh");
		Map<String, String> notes = new LinkedHashMap<>();
		StepKeys.ALL.forEach(key -> notes.put(key, ""));
		notes.put("framing", """
				- LLM agent w/ tools: classify what the shopper wants -> call order/parcel/refund APIs -> reply
				- policy Qs -> retrieve the clause, quote it
				- never trust the model for amounts: the returns rules engine computes them
				""");
		notes.put("data-preparation", """
				- last year's agent chats, masked (phones, addresses, names -> placeholders)
				- ~50k sampled per request type, labelled with intent + correct action
				- console click logs aligned with chats = free tool-call traces
				- ~2k nasty cases: two asks in one message, angry users, "check my friend's order"
				""");
		notes.put("evaluation", """
				1. per component: intent acc, right API, right args, policy clause in top 5
				2. scripted conversations, a model plays the shopper, humans spot-check
				3. A/B old vs new bot: solved-without-human %, hand-offs, CSAT, repeat contacts in 24 h
				""");
		notes.put("system-design", """
				| component      | job                                        |
				|----------------|--------------------------------------------|
				| gateway        | login check, session id                    |
				| orchestrator   | agent loop, max 4 tool calls per turn      |
				| tool proxy     | injects user id from the token, audit log  |
				| LLM fleet      | small model for easy intents, big for rest |

				```java
				Refund refund(OrderId id, Session s) {
				    Order o = orders.get(id);
				    if (!o.owner().equals(s.userId())) throw forbidden();
				    return refunds.create(o, idempotencyKey(s, id));
				}
				```

				- stream tokens, first one < 1 s
				- singles' day: scale inference 10x, templates for FAQ-type questions
				- hand-off to a human agent with a summary + the orders already looked up
				- cache generic policy answers only, never anything about a person's order
				- kill switch back to the old FAQ bot
				""");
		assertThat(Text.wordCount(String.join("\n", notes.values()))).isGreaterThanOrEqualTo(200);
		InterviewContext interview = JudgeFixtures.interview(shop, notes);

		for (String key : StepKeys.ALL) {
			assertThat(judge.gradeStep(interview, key).flags()).as(key).doesNotContain(StepVerdict.OFF_TOPIC_SUSPECTED);
		}
		assertThat(judge.gradeStep(interview, "system-design").score()).isGreaterThan(1);
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
