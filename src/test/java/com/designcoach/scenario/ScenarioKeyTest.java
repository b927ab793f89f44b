package com.designcoach.scenario;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioKeyTest {

	@Test
	void readsDigitsAsAnIdAndAnythingElseAsASlug() {
		assertThat(ScenarioKey.parse("42")).isEqualTo(new ScenarioKey(42L, "42"));
		assertThat(ScenarioKey.parse("rag-internal-docs-chatbot").isId()).isFalse();
		assertThat(ScenarioKey.parse("42-things").isId()).isFalse();
		assertThat(ScenarioKey.parse("").isId()).isFalse();
	}

	@Test
	void readsANumberTooLongForAnIdAsASlugInsteadOfFailing() {
		assertThat(ScenarioKey.parse("123456789012345678").isId()).isTrue();
		assertThat(ScenarioKey.parse("1234567890123456789").isId()).isFalse();
		assertThat(ScenarioKey.parse("99999999999999999999999").text()).isEqualTo("99999999999999999999999");
	}

}
