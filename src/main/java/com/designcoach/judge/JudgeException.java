package com.designcoach.judge;

/**
 * A judge could not grade; the message is shown to the candidate, so it says what
 * happened plainly.
 */
public class JudgeException extends RuntimeException {

	public JudgeException(String message) {
		super(message);
	}

	public JudgeException(String message, Throwable cause) {
		super(message, cause);
	}

}
