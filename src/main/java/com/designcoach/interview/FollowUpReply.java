package com.designcoach.interview;

import jakarta.validation.constraints.NotNull;

record FollowUpReply(@NotNull String text) {
}
