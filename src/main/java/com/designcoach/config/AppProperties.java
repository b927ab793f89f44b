package com.designcoach.config;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

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
		@Valid @NotNull Login login, @Valid @NotNull Registration registration, @Valid @NotNull Session session,
		@Valid @NotNull Interview interview, @Valid @NotNull Grading grading, @Valid @NotNull Judge judge) {

	/**
	 * The judge: {@code offline} (no model), {@code openai} (any OpenAI-compatible
	 * server) or {@code ollama}. Calls have connect and read timeouts and a bounded
	 * number of retries; the steps of one interview are graded with at most
	 * {@code concurrency} calls in flight; {@code samples} greater than 1 grades each
	 * step that many times and keeps the median.
	 */
	public record Judge(@NotBlank String provider, @Valid @NotNull OpenAi openai, @Valid @NotNull Ollama ollama,
			@NotNull Duration connectTimeout, @NotNull Duration timeout, @PositiveOrZero int maxRetries,
			@Positive int concurrency, @Positive int samples) {
	}

	public record OpenAi(String baseUrl, String apiKey, String model) {

		/** Never prints the key: settings end up in logs and error reports. */
		@Override
		public String toString() {
			return "OpenAi[baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
					+ (apiKey == null || apiKey.isBlank() ? "unset" : "set") + "]";
		}

	}

	public record Ollama(String baseUrl, String model) {
	}

	/**
	 * {@code maxAnswerChars} counts Unicode code points, so Chinese and English share one
	 * limit. Follow-up questions asked of a model are bounded per step and per interview,
	 * and the candidate's clarifying questions per interview.
	 */
	public record Interview(@Positive int maxAnswerChars, @Positive int followUpsPerStep,
			@Positive int followUpsPerInterview, @Positive int questionsPerInterview) {
	}

	/**
	 * The durable grading queue: how often an instance looks for work, how long a claimed
	 * job stays its own without a heartbeat, and how often a job may be claimed before it
	 * fails.
	 */
	public record Grading(@NotNull Duration pollInterval, @NotNull Duration lease, @Positive int maxClaims,
			@NotNull Duration eventsTimeout, @Positive int dailyQuota, @Positive int eventsPerUser,
			@Positive int eventsMax) {
	}

	/**
	 * {@code trustedProxies}: addresses or CIDR ranges whose {@code X-Forwarded-*}
	 * headers are believed; from anyone else they are dropped and the socket's address is
	 * the client's.
	 */
	public record Http(@Positive long maxBodyBytes, List<String> trustedProxies) {

		public Http {
			trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
		}

	}

	/**
	 * Failed sign-ins in a {@code window}: a pair (account, address) or an address at its
	 * limit is refused until the window ends; an account past
	 * {@code maxFailuresPerAccount} (from any addresses) waits a doubling delay before
	 * each check, up to {@code accountDelayMax}.
	 */
	public record Login(@Positive int maxFailuresPerPair, @Positive int maxFailuresPerAddress,
			@Positive int maxFailuresPerAccount, @NotNull Duration accountDelayMax, @NotNull Duration window) {
	}

	/** Registrations allowed per address in a window. */
	public record Registration(@Positive int perAddress, @NotNull Duration window) {
	}

	/**
	 * Browser sessions: a signed cookie ends {@code timeout} after the last time it was
	 * renewed, and is renewed on a request once it is {@code renewAfter} old. Sign-outs
	 * are shared between instances through the database, read every
	 * {@code revocationPoll}.
	 */
	public record Session(@NotNull Duration timeout, @NotNull Duration renewAfter, @NotNull Duration revocationPoll) {
	}

	public boolean hasAdminPassword() {
		return adminPassword != null && !adminPassword.isBlank();
	}

}
