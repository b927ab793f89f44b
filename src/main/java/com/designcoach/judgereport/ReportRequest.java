package com.designcoach.judgereport;

import java.util.List;

/**
 * All optional: the default is three scenarios spread over categories, one sample, graded
 * by the active judge; {@code judge: "offline"} grades with the offline judge instead,
 * the baseline, whichever judge is active.
 */
record ReportRequest(List<String> scenarios, Integer samples, String judge) {
}
