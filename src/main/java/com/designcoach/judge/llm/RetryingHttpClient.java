package com.designcoach.judge.llm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.langchain4j.exception.HttpException;
import io.micrometer.core.instrument.Metrics;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.designcoach.config.MetricNames;
import com.designcoach.judge.JudgeException;

/**
 * The HTTP client LangChain4j talks to the model through. It retries what a retry can
 * cure (timeouts, connection errors, 429 and 5xx) a bounded number of times with
 * exponential backoff, honouring {@code Retry-After}; LangChain4j's own client cannot, as
 * it hides the response headers. Request bodies and API keys are never logged.
 */
final class RetryingHttpClient implements dev.langchain4j.http.client.HttpClient {

	private static final Logger log = LoggerFactory.getLogger(RetryingHttpClient.class);

	private static final Duration MAX_WAIT = Duration.ofSeconds(30);

	private final HttpClient http;

	private final Duration readTimeout;

	private final int maxRetries;

	private final Duration firstBackoff;

	RetryingHttpClient(Duration connectTimeout, Duration readTimeout, int maxRetries, Duration firstBackoff) {
		this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1).build();
		this.readTimeout = readTimeout;
		this.maxRetries = maxRetries;
		this.firstBackoff = firstBackoff;
	}

	@Override
	public SuccessfulHttpResponse execute(dev.langchain4j.http.client.HttpRequest request) {
		HttpRequest outgoing = toJdk(request);
		for (int attempt = 0;; attempt++) {
			boolean last = attempt >= maxRetries;
			try {
				HttpResponse<String> response = http.send(outgoing, HttpResponse.BodyHandlers.ofString());
				int status = response.statusCode();
				if (status >= 200 && status < 300) {
					return SuccessfulHttpResponse.builder()
						.statusCode(status)
						.headers(response.headers().map())
						.body(response.body())
						.build();
				}
				if (!retriable(status) || last) {
					count(cause(status), false);
					throw new HttpException(status, response.body());
				}
				count(cause(status), true);
				Duration wait = retryAfter(response).orElse(backoff(attempt));
				log.info("The model server answered {}; retry {} of {} in {} ms", status, attempt + 1, maxRetries,
						wait.toMillis());
				sleep(wait);
			}
			catch (HttpTimeoutException ex) {
				count("timeout", !last);
				if (last) {
					throw new JudgeException("The model did not answer within " + readTimeout.toSeconds() + " seconds, "
							+ (maxRetries + 1) + " times", ex);
				}
				log.info("The model call timed out; retry {} of {}", attempt + 1, maxRetries);
				sleep(backoff(attempt));
			}
			catch (IOException ex) {
				count("connection", !last);
				if (last) {
					throw new JudgeException("The model server could not be reached (" + ex.getClass().getSimpleName()
							+ "), " + (maxRetries + 1) + " times", ex);
				}
				log.info("The model server could not be reached; retry {} of {}", attempt + 1, maxRetries);
				sleep(backoff(attempt));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new JudgeException("Grading was interrupted", ex);
			}
		}
	}

	private static String cause(int status) {
		return "http_" + (status == 429 ? "429" : status >= 500 ? "5xx" : String.valueOf(status));
	}

	/** Failed model calls by cause, and how many of them were retried. */
	private static void count(String cause, boolean retried) {
		Metrics.counter(MetricNames.JUDGE_CALL_FAILURES, "cause", cause).increment();
		if (retried) {
			Metrics.counter(MetricNames.JUDGE_RETRIES, "cause", cause).increment();
		}
	}

	@Override
	public void execute(dev.langchain4j.http.client.HttpRequest request, ServerSentEventParser parser,
			ServerSentEventListener listener) {
		throw new UnsupportedOperationException("The judge does not stream");
	}

	private HttpRequest toJdk(dev.langchain4j.http.client.HttpRequest request) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url())).timeout(readTimeout);
		for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
			if (!header.getKey().equalsIgnoreCase("content-length") && !header.getKey().equalsIgnoreCase("host")) {
				header.getValue().forEach(value -> builder.header(header.getKey(), value));
			}
		}
		HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(request.body());
		return builder.method(request.method().name(), body).build();
	}

	private static boolean retriable(int status) {
		return status == 408 || status == 429 || status >= 500;
	}

	/**
	 * {@code Retry-After} in seconds or as an HTTP date, capped so one grading cannot
	 * hang for long.
	 */
	static Optional<Duration> retryAfter(HttpResponse<?> response) {
		return response.headers().firstValue("Retry-After").map(String::strip).flatMap(value -> {
			try {
				if (value.matches("\\d+(\\.\\d+)?")) {
					return Optional.of(Duration.ofMillis((long) (Double.parseDouble(value) * 1000)));
				}
				ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
				return Optional.of(Duration.between(ZonedDateTime.now(when.getZone()), when));
			}
			catch (RuntimeException ex) {
				return Optional.empty();
			}
		}).map(wait -> wait.isNegative() ? Duration.ZERO : wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
	}

	private Duration backoff(int attempt) {
		long millis = firstBackoff.toMillis() << Math.min(attempt, 6);
		long jitter = (long) (millis * 0.2 * Math.random());
		return Duration.ofMillis(Math.min(MAX_WAIT.toMillis(), millis + jitter));
	}

	private static void sleep(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new JudgeException("Grading was interrupted", ex);
		}
	}

	/**
	 * What LangChain4j's model builders take. The timeouts come from the judge settings
	 * and stay fixed: the model builders would otherwise overwrite them with their
	 * defaults.
	 */
	public static final class Builder implements HttpClientBuilder {

		private final Duration connectTimeout;

		private final Duration readTimeout;

		private final int maxRetries;

		private final Duration firstBackoff;

		public Builder(Duration connectTimeout, Duration readTimeout, int maxRetries, Duration firstBackoff) {
			this.connectTimeout = connectTimeout;
			this.readTimeout = readTimeout;
			this.maxRetries = maxRetries;
			this.firstBackoff = firstBackoff;
		}

		@Override
		public Duration connectTimeout() {
			return connectTimeout;
		}

		@Override
		public Builder connectTimeout(Duration ignored) {
			return this;
		}

		@Override
		public Duration readTimeout() {
			return readTimeout;
		}

		@Override
		public Builder readTimeout(Duration ignored) {
			return this;
		}

		@Override
		public RetryingHttpClient build() {
			return new RetryingHttpClient(connectTimeout, readTimeout, maxRetries, firstBackoff);
		}

	}

}
