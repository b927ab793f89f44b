package com.designcoach.practice;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeitnerTest {

	private static final LocalDate MONDAY = LocalDate.of(2030, 3, 11);

	@Test
	void highScoresMoveTheStepUpABoxAndFurtherOut() {
		assertThat(Leitner.after(1, 4, MONDAY)).isEqualTo(new Leitner.Box(2, MONDAY.plusDays(2)));
		assertThat(Leitner.after(2, 5, MONDAY)).isEqualTo(new Leitner.Box(3, MONDAY.plusDays(4)));
		assertThat(Leitner.after(3, 4, MONDAY)).isEqualTo(new Leitner.Box(4, MONDAY.plusDays(8)));
		assertThat(Leitner.after(4, 4, MONDAY)).isEqualTo(new Leitner.Box(5, MONDAY.plusDays(16)));
	}

	@Test
	void theTopBoxKeepsAStepScoredHigh() {
		assertThat(Leitner.after(5, 5, MONDAY)).isEqualTo(new Leitner.Box(5, MONDAY.plusDays(16)));
	}

	@Test
	void lowScoresSendTheStepBackToBoxOneDueTomorrow() {
		assertThat(Leitner.after(4, 2, MONDAY)).isEqualTo(new Leitner.Box(1, MONDAY.plusDays(1)));
		assertThat(Leitner.after(5, 1, MONDAY)).isEqualTo(new Leitner.Box(1, MONDAY.plusDays(1)));
		assertThat(Leitner.after(1, 1, MONDAY)).isEqualTo(new Leitner.Box(1, MONDAY.plusDays(1)));
	}

	@Test
	void anAdequateScoreKeepsTheBoxAndItsInterval() {
		assertThat(Leitner.after(3, 3, MONDAY)).isEqualTo(new Leitner.Box(3, MONDAY.plusDays(4)));
		assertThat(Leitner.after(1, 3, MONDAY)).isEqualTo(new Leitner.Box(1, MONDAY.plusDays(1)));
	}

	@Test
	void refusesScoresOffTheScale() {
		assertThatThrownBy(() -> Leitner.next(1, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Leitner.next(1, 6)).isInstanceOf(IllegalArgumentException.class);
	}

}
