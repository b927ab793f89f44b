package com.designcoach.judgereport;

/**
 * A graded scenario and the scenario whose reference answers make its off-topic answer.
 */
record ReportScenario(String slug, String title, String category, String offTopic) {
}
