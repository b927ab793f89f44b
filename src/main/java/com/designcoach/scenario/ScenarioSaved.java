package com.designcoach.scenario;

import java.time.Instant;

/** What a create, edit or import of one scenario answers. */
record ScenarioSaved(long id, String slug, int version, Instant savedAt) {
}
