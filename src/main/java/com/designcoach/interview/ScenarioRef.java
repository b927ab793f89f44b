package com.designcoach.interview;

record ScenarioRef(long id, String slug, String title) {
}
