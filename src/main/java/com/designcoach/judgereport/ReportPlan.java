package com.designcoach.judgereport;

/**
 * One scenario of a report, fixed when the report starts: the version graded and the
 * version whose reference answers make the off-topic answer, so a report resumed after a
 * restart grades the same text even if an admin edited the scenario meanwhile.
 */
record ReportPlan(String slug, String title, String category, long versionId, String offTopic, long offTopicVersionId) {
}
