package com.designcoach.account;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/** What the account endpoints read and answer. */
final class AccountDtos {

	private AccountDtos() {
	}

	record Credentials(@NotNull String username, @NotNull String password) {
	}

	record Me(String username, List<String> roles) {
	}

	record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {
	}

}
