package com.designcoach.judge.llm;

import java.util.List;

import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

/**
 * What the model must answer for one step, as a strict JSON schema: for every key point the
 * reasoning first, then the verdict and a verbatim quote; then the rationale, the score and
 * the suggestions. Reasoning before verdicts makes the verdicts better.
 */
record LlmStepGrade(List<KeyPointVerdict> keyPoints, String rationale, Integer score, List<String> suggestions) {

	record KeyPointVerdict(Integer index, String reasoning, String verdict, String quote) {
	}

	static final ResponseFormat FORMAT = ResponseFormat.builder()
		.type(ResponseFormatType.JSON)
		.jsonSchema(JsonSchema.builder()
			.name("step_grade")
			.rootElement(JsonObjectSchema.builder()
				.addProperty("keyPoints", JsonArraySchema.builder()
					.items(JsonObjectSchema.builder()
						.addProperty("index", JsonIntegerSchema.builder().description("the key point's number").build())
						.addProperty("reasoning", JsonStringSchema.builder()
							.description("what the answer says about this key point, before deciding")
							.build())
						.addProperty("verdict", JsonEnumSchema.builder().enumValues("covered", "partial", "missing").build())
						.addProperty("quote", JsonStringSchema.builder()
							.description("one sentence copied exactly from the candidate's text, or empty")
							.build())
						.required("index", "reasoning", "verdict", "quote")
						.additionalProperties(false)
						.build())
					.build())
				.addProperty("rationale", JsonStringSchema.builder().build())
				.addProperty("score", JsonIntegerSchema.builder().description("1 to 5").build())
				.addProperty("suggestions", JsonArraySchema.builder().items(JsonStringSchema.builder().build()).build())
				.required("keyPoints", "rationale", "score", "suggestions")
				.additionalProperties(false)
				.build())
			.build())
		.build();

}
