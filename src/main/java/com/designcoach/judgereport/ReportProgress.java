package com.designcoach.judgereport;

record ReportProgress(int done, int total) {
}
