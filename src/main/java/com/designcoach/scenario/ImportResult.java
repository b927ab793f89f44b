package com.designcoach.scenario;

public record ImportResult(int created, int updated) {
}
