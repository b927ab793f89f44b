package com.designcoach.interview;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.designcoach.config.AppProperties;
import com.designcoach.grading.GradingService;
import com.designcoach.grading.GradingStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams a grading's progress as Server-Sent Events, read from the database so that it
 * works whichever instance grades: {@code progress} per graded step, then one {@code done},
 * and a comment every 15 s to keep proxies from closing the stream. One scheduler thread
 * serves every open stream, so open streams cost no threads.
 */
@Component
class GradingEvents implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(GradingEvents.class);

	private static final long TICK_MILLIS = 250;

	private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

	private final GradingService grading;

	private final Duration timeout;

	private final Set<Stream> streams = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "grading-events");
		thread.setDaemon(true);
		return thread;
	});

	GradingEvents(GradingService grading, AppProperties properties) {
		this.grading = grading;
		this.timeout = properties.grading().eventsTimeout();
		ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
	}

	SseEmitter stream(long interviewId) {
		SseEmitter emitter = new SseEmitter(timeout.toMillis());
		Stream stream = new Stream(interviewId, emitter);
		emitter.onCompletion(() -> streams.remove(stream));
		emitter.onTimeout(() -> streams.remove(stream));
		emitter.onError(error -> streams.remove(stream));
		streams.add(stream);
		return emitter;
	}

	private void tick() {
		for (Stream stream : streams) {
			try {
				if (stream.advance(grading.progress(stream.interviewId))) {
					streams.remove(stream);
					stream.emitter.complete();
				}
			}
			catch (IOException | IllegalStateException ex) {
				log.debug("Events client for interview {} went away", stream.interviewId);
				streams.remove(stream);
			}
			catch (RuntimeException ex) {
				log.warn("Events for interview {} stopped", stream.interviewId, ex);
				streams.remove(stream);
				stream.emitter.completeWithError(ex);
			}
		}
	}

	@Override
	public void destroy() {
		ticker.shutdownNow();
		streams.forEach(stream -> stream.emitter.complete());
	}

	private static final class Stream {

		private final long interviewId;

		private final SseEmitter emitter;

		private int sent;

		private Instant lastWrite = Instant.now();

		Stream(long interviewId, SseEmitter emitter) {
			this.interviewId = interviewId;
			this.emitter = emitter;
		}

		/** Sends what is new; answers true once the grading has finished and {@code done} is sent. */
		boolean advance(GradingService.Progress progress) throws IOException {
			while (sent < progress.gradedSteps().size()) {
				sent++;
				send(SseEmitter.event()
					.name("progress")
					.data(Map.of("done", sent, "total", progress.total(), "step", progress.gradedSteps().get(sent - 1))));
			}
			if (progress.finished()) {
				String status = progress.status() == GradingStatus.GRADED ? "GRADED" : "FAILED";
				send(SseEmitter.event().name("done").data(Map.of("status", status)));
				return true;
			}
			if (Duration.between(lastWrite, Instant.now()).compareTo(KEEP_ALIVE) >= 0) {
				send(SseEmitter.event().comment("keep-alive"));
			}
			return false;
		}

		private void send(SseEmitter.SseEventBuilder event) throws IOException {
			emitter.send(event);
			lastWrite = Instant.now();
		}

	}

}
