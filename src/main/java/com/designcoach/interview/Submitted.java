package com.designcoach.interview;

record Submitted(InterviewStatus status) {
}
