package com.designcoach.judge.llm;

import java.util.ArrayList;
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
 * The strict JSON schema of one step's grading, built for that step's number of key
 * points: {@code keyPoints} is an object with one required property per key point
 * ({@code kp1} .. {@code kpN}) and no others, so a model under structured outputs can
 * neither skip nor add one. (LangChain4j 1.18.1's array schema has no minItems/maxItems
 * and its enums are strings only, so the count cannot be pinned on an array.) Reasoning
 * comes before each verdict.
 */
final class StepSchema {

	static final List<String> VERDICTS = List.of("covered", "partial", "missing");

	private StepSchema() {
	}

	static String property(int keyPoint) {
		return "kp" + keyPoint;
	}

	static ResponseFormat forKeyPoints(int count) {
		JsonObjectSchema.Builder points = JsonObjectSchema.builder()
			.description("one verdict per key point, by its number");
		List<String> names = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			names.add(property(i));
			points.addProperty(property(i), verdict(i));
		}
		JsonObjectSchema root = JsonObjectSchema.builder()
			.addProperty("keyPoints", points.required(names).additionalProperties(false).build())
			.addProperty("rationale", JsonStringSchema.builder().build())
			.addProperty("score", JsonIntegerSchema.builder().description("1 to 5").build())
			.addProperty("suggestions", JsonArraySchema.builder().items(JsonStringSchema.builder().build()).build())
			.required("keyPoints", "rationale", "score", "suggestions")
			.additionalProperties(false)
			.build();
		return ResponseFormat.builder()
			.type(ResponseFormatType.JSON)
			.jsonSchema(JsonSchema.builder().name("step_grade").rootElement(root).build())
			.build();
	}

	private static JsonObjectSchema verdict(int keyPoint) {
		return JsonObjectSchema.builder()
			.description("key point " + keyPoint)
			.addProperty("reasoning",
					JsonStringSchema.builder()
						.description("what the answer says about this key point, before deciding")
						.build())
			.addProperty("verdict", JsonEnumSchema.builder().enumValues(VERDICTS).build())
			.addProperty("quote",
					JsonStringSchema.builder()
						.description("one sentence copied exactly from the candidate's text, or empty")
						.build())
			.required("reasoning", "verdict", "quote")
			.additionalProperties(false)
			.build();
	}

}
