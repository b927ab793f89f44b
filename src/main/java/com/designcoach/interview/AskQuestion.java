package com.designcoach.interview;

/**
 * A clarifying question for the interviewer; checked in the service, in code points.
 */
record AskQuestion(String question) {
}
