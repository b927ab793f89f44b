package com.designcoach.interview;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

/**
 * {@code scenarioId} takes an id or a slug; {@code steps}, when given, makes it a drill
 * of those steps only (checked by {@link DrillSteps}).
 */
record StartRequest(@NotBlank String scenarioId, List<String> steps) {
}
