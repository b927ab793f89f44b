package com.designcoach.interview;

enum InterviewStatus {

	IN_PROGRESS, GRADING, GRADED, FAILED

}
