package com.designcoach.interview;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

record SaveAnswer(@NotNull String text, @NotNull @PositiveOrZero Integer version) {
}
