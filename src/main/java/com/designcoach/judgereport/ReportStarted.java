package com.designcoach.judgereport;

record ReportStarted(long id) {
}
