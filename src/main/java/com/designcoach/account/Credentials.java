package com.designcoach.account;

import jakarta.validation.constraints.NotNull;

record Credentials(@NotNull String username, @NotNull String password) {
}
