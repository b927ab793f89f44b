package com.designcoach.judgereport;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The answers a report grades, each derived from the bank's reference answers. The first
 * four have a known order of quality ({@link #rank}); padded and injected are measured
 * against the answer they were made from. {@code expectedFlag} is the one flag a judge
 * should raise on the variant; any other flag is a false one.
 */
enum Variant {

	STRONG("strong", 1, null), PARTIAL("partial", 2, null), WEAK("weak", 3, null),
	OFF_TOPIC("off-topic", 4, "OFF_TOPIC_SUSPECTED"), PADDED("padded", 0, null),
	INJECTED("injected", 0, "PROMPT_INJECTION_SUSPECTED");

	static final List<Variant> RANKED = List.of(STRONG, PARTIAL, WEAK, OFF_TOPIC);

	final String apiName;

	final int rank;

	final String expectedFlag;

	Variant(String apiName, int rank, String expectedFlag) {
		this.apiName = apiName;
		this.rank = rank;
		this.expectedFlag = expectedFlag;
	}

	static Optional<Variant> of(String apiName) {
		return Arrays.stream(values()).filter(v -> v.apiName.equals(apiName)).findFirst();
	}

}
