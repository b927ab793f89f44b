package com.designcoach.scenario;

import java.time.Instant;

record VersionInfo(int version, Instant createdAt, String createdBy) {
}
