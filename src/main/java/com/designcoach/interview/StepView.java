package com.designcoach.interview;

record StepView(String key, String title, int suggestedMinutes, String text, int version, FollowUp followUp) {
}
