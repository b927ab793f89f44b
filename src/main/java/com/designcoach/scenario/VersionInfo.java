package com.designcoach.scenario;

import java.time.Instant;

public record VersionInfo(int version, Instant createdAt, String createdBy) {
}
