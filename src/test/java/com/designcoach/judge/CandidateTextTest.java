package com.designcoach.judge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateTextTest {

	private static final String ANSWER = "We cache   embeddings for 24 hours, because re-embedding costs $3k a day.\n"
			+ "检索先召回前50条，再用交叉编码器重排到前5条。";

	@Test
	void acceptsQuotesAsModelsWriteThem() {
		assertThat(CandidateText.containsVerbatim(ANSWER, "We cache embeddings for 24 hours")).isTrue();
		assertThat(CandidateText.containsVerbatim(ANSWER, "“We cache embeddings for 24 hours”")).isTrue();
		assertThat(CandidateText.containsVerbatim(ANSWER, "We cache embeddings ... costs $3k a day")).isTrue();
		assertThat(CandidateText.containsVerbatim(ANSWER, "检索先召回前50条,再用交叉编码器重排")).as("half-width comma").isTrue();
		assertThat(CandidateText.containsVerbatim(ANSWER, "检索先召回前50条……重排到前5条")).isTrue();
	}

	@Test
	void refusesWhatTheAnswerDoesNotSay() {
		assertThat(CandidateText.containsVerbatim(ANSWER, "We cache embeddings for 48 hours")).isFalse();
		assertThat(CandidateText.containsVerbatim(ANSWER, "costs $3k a day ... We cache embeddings")).as("out of order")
			.isFalse();
		assertThat(CandidateText.containsVerbatim(ANSWER, "We ... day")).as("pieces too short to mean anything")
			.isFalse();
		assertThat(CandidateText.containsVerbatim(ANSWER, "")).isFalse();
		assertThat(CandidateText.containsVerbatim(ANSWER, "...")).isFalse();
		assertThat(CandidateText.containsVerbatim(null, "We cache embeddings")).isFalse();
	}

}
