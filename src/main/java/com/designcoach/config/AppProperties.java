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
		@Valid @NotNull Login login, @Valid @NotNull Interview interview, @Valid @NotNull Grading grading) {

	/** {@code maxAnswerChars} counts Unicode code points, so Chinese and English share one limit. */
	public record Interview(@Positive int maxAnswerChars) {
	}

	/**
	 * The durable grading queue: how often an instance looks for work, how long a claimed job
	 * stays its own without a heartbeat, and how often a job may be claimed before it fails.
	 */
	public record Grading(@NotNull Duration pollInterval, @NotNull Duration lease, @Positive int maxClaims,
			@NotNull Duration eventsTimeout) {
	}

	public record Http(@Positive long maxBodyBytes) {
	}

	public record Login(@Positive int maxFailuresPerAccount, @Positive int maxFailuresPerAddress,
			@NotNull Duration window) {
	}

	public boolean hasAdminPassword() {
		return adminPassword != null && !adminPassword.isBlank();
	}

}
