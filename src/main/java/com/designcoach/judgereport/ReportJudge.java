package com.designcoach.judgereport;

record ReportJudge(String kind, String provider, String model, String promptVersion) {
}
