package com.designcoach.judge.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.designcoach.config.MetricNames;
import com.designcoach.judge.InterviewContext;
import com.designcoach.judge.Judge;
import com.designcoach.judge.JudgeException;
import com.designcoach.judge.JudgeInfo;
import com.designcoach.judge.ScreenedAnswer;
import com.designcoach.judge.StepVerdict;
import com.designcoach.rubric.Framework;
import com.designcoach.scenario.ScenarioDocument;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.micrometer.core.instrument.Metrics;
import tools.jackson.databind.json.JsonMapper;

/**
 * Grades one step with one structured call to a model (or {@code samples} calls, keeping
 * the median score), and trusts nothing it says: {@link ModelGrade} reads whatever shape
 * comes back, {@link StepCheck} keeps only verdicts with a verbatim quote and computes
 * the score from them. Only a reply that cannot be read at all gets one repair attempt;
 * after a second such reply the step fails, visibly.
 */
class LlmJudge implements Judge {

	private final ChatModel model;

	private final JudgeInfo info;

	private final int samples;

	private final JsonMapper json;

	public LlmJudge(ChatModel model, String provider, String modelName, int samples, JsonMapper json) {
		this.model = model;
		this.info = new JudgeInfo(JudgeInfo.LLM, provider, modelName, JudgePrompt.VERSION);
		this.samples = samples;
		this.json = json;
	}

	@Override
	public JudgeInfo info() {
		return info;
	}

	@Override
	public StepVerdict gradeStep(InterviewContext interview, String stepKey) {
		Framework.Step step = interview.framework()
			.step(stepKey)
			.orElseThrow(() -> new JudgeException("The rubric has no step " + stepKey));
		ScenarioDocument.StepContent content = interview.scenario().step(stepKey);
		InterviewContext.StepAnswer answer = interview.answer(stepKey);
		ScreenedAnswer text = ScreenedAnswer.of(answer.text());
		ScreenedAnswer reply = ScreenedAnswer.of(answer.followUpReply());
		ScreenedAnswer question = ScreenedAnswer.of(answer.followUpQuestion());
		ScreenedAnswer asked = ScreenedAnswer.of(String.join("\n", answer.questions()));
		Fence.Defused fencedText = Fence.defuse(text.forModel());
		Fence.Defused fencedAsked = Fence.defuse(asked.forModel());
		Fence.Defused fencedReply = Fence.defuse(reply.forModel());
		Fence.Defused fencedQuestion = Fence.defuse(question.forModel());
		Set<String> flags = new LinkedHashSet<>();
		if (text.injectionSuspected() || reply.injectionSuspected() || question.injectionSuspected()
				|| asked.injectionSuspected() || fencedText.suspicious() || fencedReply.suspicious()
				|| fencedQuestion.suspicious() || fencedAsked.suspicious()) {
			flags.add(StepVerdict.PROMPT_INJECTION_SUSPECTED);
		}
		if (text.forModel().isBlank() && reply.forModel().isBlank() && asked.forModel().isBlank()) {
			return new StepVerdict(1, "No answer was given for this step. Level 1: " + step.descriptor(1), List.of(),
					List.of(), content.keyPoints().stream().map(ScenarioDocument.KeyPoint::text).toList(),
					List.of("Answer this step: " + step.description()), flags,
					new StepVerdict.Usage(0, 0, 0, 0, 0, List.of()));
		}
		JudgePrompt.Messages prompt = JudgePrompt.messages(interview.scenario(), step, answer, fencedText, fencedReply,
				fencedQuestion, fencedAsked);
		ChatRequest request = ChatRequest.builder()
			.messages(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user()))
			.responseFormat(StepSchema.forKeyPoints(content.keyPoints().size()))
			.temperature(0.0)
			.build();
		List<Checked> results = new ArrayList<>();
		for (int i = 0; i < samples; i++) {
			results.add(sample(request, content, answer));
		}
		results.sort((a, b) -> Integer.compare(a.verdict.score(), b.verdict.score()));
		Checked median = results.get(results.size() / 2);
		long in = results.stream().mapToLong(r -> r.inputTokens).sum();
		long out = results.stream().mapToLong(r -> r.outputTokens).sum();
		long millis = results.stream().mapToLong(r -> r.millis).sum();
		int quotes = results.stream().mapToInt(r -> r.quotes).sum();
		int dropped = results.stream().mapToInt(r -> r.droppedQuotes).sum();
		List<Integer> scores = results.stream().map(r -> r.verdict.score()).toList();
		StepVerdict chosen = median.verdict;
		flags.addAll(chosen.flags());
		String rationale = chosen.rationale() + " Level " + chosen.score() + ": " + step.descriptor(chosen.score())
				+ (samples > 1 ? " (" + samples + " samples scored " + scores + ")" : "");
		return new StepVerdict(chosen.score(), rationale, chosen.evidence(), chosen.coveredKeyPoints(),
				chosen.missedKeyPoints(), chosen.suggestions(), flags,
				new StepVerdict.Usage(in, out, millis, quotes, dropped, scores));
	}

	private Checked sample(ChatRequest request, ScenarioDocument.StepContent content,
			InterviewContext.StepAnswer answer) {
		long started = System.nanoTime();
		long in = 0;
		long out = 0;
		ChatRequest current = request;
		for (int attempt = 0; attempt < 2; attempt++) {
			ChatResponse response = call(current);
			if (response.tokenUsage() != null) {
				in += orZero(response.tokenUsage().inputTokenCount());
				out += orZero(response.tokenUsage().outputTokenCount());
			}
			String reply = response.aiMessage() == null ? null : response.aiMessage().text();
			String problem;
			try {
				ModelGrade grade = ModelGrade.read(reply, content.keyPoints().size(), json);
				StepCheck.Result checked = StepCheck.check(grade, content, answer);
				return new Checked(checked.verdict(), checked.quotes(), checked.droppedQuotes(), in, out,
						(System.nanoTime() - started) / 1_000_000);
			}
			catch (ModelGrade.Unreadable ex) {
				problem = ex.getMessage();
			}
			Metrics.counter(MetricNames.JUDGE_CALL_FAILURES, "cause", "unusable_output").increment();
			List<ChatMessage> messages = new ArrayList<>(request.messages());
			messages.add(AiMessage.from(reply == null || reply.isEmpty() ? "(empty)" : reply));
			messages.add(UserMessage.from(JudgePrompt.repair(problem)));
			current = ChatRequest.builder()
				.messages(messages)
				.responseFormat(request.responseFormat())
				.temperature(0.0)
				.build();
		}
		throw new JudgeException("The model's grading could not be read twice in a row (it did not follow the "
				+ "required format). Your answers are kept; try regrading.");
	}

	private ChatResponse call(ChatRequest request) {
		try {
			return model.chat(request);
		}
		catch (JudgeException ex) {
			throw ex;
		}
		catch (HttpException ex) {
			throw new JudgeException(describe(ex.statusCode()), ex);
		}
		catch (RuntimeException ex) {
			Throwable cause = ex;
			while (cause.getCause() != null && !(cause instanceof JudgeException)
					&& !(cause instanceof HttpException)) {
				cause = cause.getCause();
			}
			if (cause instanceof JudgeException judge) {
				throw judge;
			}
			if (cause instanceof HttpException http) {
				throw new JudgeException(describe(http.statusCode()), ex);
			}
			throw new JudgeException("The model call failed: " + ex.getClass().getSimpleName(), ex);
		}
	}

	private static String describe(int status) {
		return switch (status) {
			case 401, 403 -> "The model server refused our credentials (HTTP " + status + "); an admin must fix the "
					+ "judge settings.";
			case 404 -> "The model server does not know the configured model (HTTP 404).";
			case 429 -> "The model server kept answering 'too many requests' (HTTP 429) after several retries.";
			default -> status >= 500 ? "The model server kept failing (HTTP " + status + ") after several retries."
					: "The model server rejected the grading request (HTTP " + status + ").";
		};
	}

	private static long orZero(Integer value) {
		return value == null ? 0 : value;
	}

	private record Checked(StepVerdict verdict, int quotes, int droppedQuotes, long inputTokens, long outputTokens,
			long millis) {
	}

}
