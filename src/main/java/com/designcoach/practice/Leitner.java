package com.designcoach.practice;

import java.time.LocalDate;

/**
 * Leitner boxes 1 to 5, reviewed after 1, 2, 4, 8 and 16 days. A step scored 4 or 5 moves
 * up a box, 1 or 2 goes back to box 1 (due the next day), 3 stays where it is. A step
 * never graded starts in box 1, so a first 4 puts it in box 2.
 */
final class Leitner {

	static final int[] INTERVAL_DAYS = { 1, 2, 4, 8, 16 };

	static final int TOP = INTERVAL_DAYS.length;

	private Leitner() {
	}

	/** Where a step stands after its latest grading. */
	record Box(int box, LocalDate dueOn) {
	}

	static int next(int box, int score) {
		if (score < 1 || score > 5) {
			throw new IllegalArgumentException("A step score is 1 to 5, not " + score);
		}
		if (score >= 4) {
			return Math.min(TOP, box + 1);
		}
		return score <= 2 ? 1 : box;
	}

	/**
	 * The box after a grading on {@code gradedOn}, starting from {@code box} (1 for a new
	 * step).
	 */
	static Box after(int box, int score, LocalDate gradedOn) {
		int moved = next(box, score);
		return new Box(moved, gradedOn.plusDays(INTERVAL_DAYS[moved - 1]));
	}

}
