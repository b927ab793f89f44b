package com.designcoach.interview;

public enum InterviewStatus {

	IN_PROGRESS, GRADING, GRADED, FAILED

}
