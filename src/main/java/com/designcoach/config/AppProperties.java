package com.designcoach.config;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the service, bound from {@code app.*}. The contract's environment
 * variables ({@code APP_DATA_DIR}, {@code APP_ADMIN_PASSWORD}, ...) are mapped onto these
 * names in application.properties.
 */
@Validated
@ConfigurationProperties("app")
public record AppProperties(@NotBlank String dataDir, String adminPassword, @Valid @NotNull Http http,
		@Valid @NotNull Login login) {

	public record Http(@Positive long maxBodyBytes) {
	}

	public record Login(@Positive int maxFailuresPerAccount, @Positive int maxFailuresPerAddress,
			@NotNull Duration window) {
	}

	public boolean hasAdminPassword() {
		return adminPassword != null && !adminPassword.isBlank();
	}

}
