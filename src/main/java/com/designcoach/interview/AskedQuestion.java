package com.designcoach.interview;

import java.time.Instant;

/**
 * A clarifying question and the interviewer's answer; {@code grounded} when a fact
 * answered it.
 */
record AskedQuestion(long id, String question, String answer, boolean grounded, Instant askedAt) {
}
