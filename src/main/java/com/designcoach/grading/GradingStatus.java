package com.designcoach.grading;

public enum GradingStatus {

	QUEUED, RUNNING, GRADED, FAILED;

	boolean terminal() {
		return this == GRADED || this == FAILED;
	}

}
