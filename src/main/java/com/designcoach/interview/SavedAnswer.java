package com.designcoach.interview;

record SavedAnswer(String key, String text, int version) {
}
