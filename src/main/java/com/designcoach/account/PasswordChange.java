package com.designcoach.account;

import jakarta.validation.constraints.NotNull;

record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {
}
