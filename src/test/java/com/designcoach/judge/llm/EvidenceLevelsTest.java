package com.designcoach.judge.llm;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The published table, and the one level the model may move it. */
class EvidenceLevelsTest {

	@Test
	void coverageSetsTheLevelByThePublishedTable() {
		assertThat(EvidenceLevels.level(0)).isEqualTo(1);
		assertThat(EvidenceLevels.level(0.1)).isEqualTo(2);
		assertThat(EvidenceLevels.level(0.29)).isEqualTo(2);
		assertThat(EvidenceLevels.level(0.3)).isEqualTo(3);
		assertThat(EvidenceLevels.level(0.5)).isEqualTo(4);
		assertThat(EvidenceLevels.level(0.6)).isEqualTo(4);
		assertThat(EvidenceLevels.level(0.7)).isEqualTo(5);
		assertThat(EvidenceLevels.level(1)).isEqualTo(5);
	}

	@Test
	void theModelMovesTheLevelByOneAtMost() {
		assertThat(EvidenceLevels.score(0.2, 5, true)).isEqualTo(3);
		assertThat(EvidenceLevels.score(0, 5, true)).isEqualTo(2);
		assertThat(EvidenceLevels.score(1, 1, true)).isEqualTo(4);
		assertThat(EvidenceLevels.score(0.6, 4, true)).isEqualTo(4);
		assertThat(EvidenceLevels.score(0, 1, true)).isEqualTo(1);
		assertThat(EvidenceLevels.score(0.4, null, true)).isEqualTo(3);
	}

	@Test
	void aModelWhoseClaimsDidNotHoldCanOnlyLowerTheLevel() {
		assertThat(EvidenceLevels.score(0.4, 5, false)).isEqualTo(EvidenceLevels.level(0.4)).isEqualTo(3);
		assertThat(EvidenceLevels.score(0.2, 5, false)).isEqualTo(2);
		assertThat(EvidenceLevels.score(0, 5, false)).isEqualTo(1);
		assertThat(EvidenceLevels.score(1, 1, false)).isEqualTo(4);
		assertThat(EvidenceLevels.score(0.6, 3, false)).isEqualTo(3);
		assertThat(EvidenceLevels.score(0.6, null, false)).isEqualTo(4);
	}

}
