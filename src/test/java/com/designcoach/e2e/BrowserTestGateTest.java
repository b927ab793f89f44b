package com.designcoach.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which values of the {@code CI} variable turn a missing browser into a failure. */
class BrowserTestGateTest {

	@Test
	void ciIsOnWhenSetToAnythingButFalse() {
		assertThat(BrowserTestSupport.onCi("true")).isTrue();
		assertThat(BrowserTestSupport.onCi("1")).isTrue();
		assertThat(BrowserTestSupport.onCi(null)).isFalse();
		assertThat(BrowserTestSupport.onCi("")).isFalse();
		assertThat(BrowserTestSupport.onCi(" false ")).isFalse();
		assertThat(BrowserTestSupport.onCi("FALSE")).isFalse();
	}

}
