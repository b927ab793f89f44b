package com.designcoach.interview;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import com.designcoach.config.AppProperties;
import com.designcoach.grading.GradingService;
import com.designcoach.grading.GradingStatus;
import com.designcoach.web.RateLimitedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams a grading's progress as Server-Sent Events, read from the database so that it
 * works whichever instance grades: {@code progress} per graded step, then one
 * {@code done}, and a comment every 15 s to keep proxies from closing the stream. One
 * scheduled tick serves every open stream, so open streams cost no threads; each still
 * costs a database read per tick, so a user may hold a few
 * ({@code app.grading.events-per-user}) and the instance a bounded number
 * ({@code app.grading.events-max}), 429 past either. Both limits are counted per
 * instance, in memory: behind a load balancer a user may hold that many streams on each
 * instance, and the service as a whole {@code events-max} times the number of instances.
 * A grading already finished is answered at once and the stream closed.
 */
@Component
class GradingEvents implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(GradingEvents.class);

	private static final long TICK_MILLIS = 250;

	private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

	private final GradingService grading;

	private final Duration timeout;

	private final Set<Stream> streams = ConcurrentHashMap.newKeySet();

	/** Streams counted against the limits; guarded by this. */
	private int open;

	private final Map<String, Integer> perUser = new HashMap<>();

	private final int maxPerUser;

	private final int maxOpen;

	GradingEvents(GradingService grading, AppProperties properties) {
		this.grading = grading;
		this.timeout = properties.grading().eventsTimeout();
		this.maxPerUser = properties.grading().eventsPerUser();
		this.maxOpen = properties.grading().eventsMax();
	}

	/**
	 * Opens a stream for the caller's interview. The limits are checked first, before
	 * anything is read (the interview look-up included, hence a supplier), so a caller
	 * past them costs no database work; the place is given back if no stream stays open
	 * (an unknown interview, a grading already finished).
	 */
	SseEmitter stream(String username, LongSupplier interviewId) {
		reserve(username);
		boolean held = false;
		try {
			long id = interviewId.getAsLong();
			SseEmitter emitter = new SseEmitter(timeout.toMillis());
			Stream stream = new Stream(username, id, emitter);
			try {
				if (stream.advance(grading.progress(id))) {
					emitter.complete();
					return emitter;
				}
			}
			catch (IOException ex) {
				emitter.completeWithError(ex);
				return emitter;
			}
			emitter.onCompletion(() -> close(stream));
			emitter.onTimeout(() -> close(stream));
			emitter.onError(error -> close(stream));
			streams.add(stream);
			held = true;
			return emitter;
		}
		finally {
			if (!held) {
				release(username);
			}
		}
	}

	private synchronized void reserve(String username) {
		if (open >= maxOpen) {
			throw RateLimitedException.after(KEEP_ALIVE, "Too many event streams are open; try again shortly");
		}
		if (perUser.getOrDefault(username, 0) >= maxPerUser) {
			throw RateLimitedException.after(KEEP_ALIVE,
					"You have " + maxPerUser + " event streams open already; close one first");
		}
		perUser.merge(username, 1, Integer::sum);
		open++;
	}

	/**
	 * Called once per stream whichever way it ends (completion, timeout, error, or
	 * several of them).
	 */
	private void close(Stream stream) {
		if (streams.remove(stream)) {
			release(stream.username);
		}
	}

	private synchronized void release(String username) {
		perUser.computeIfPresent(username, (name, count) -> count > 1 ? count - 1 : null);
		open--;
	}

	@Scheduled(fixedDelay = TICK_MILLIS, initialDelay = TICK_MILLIS)
	void tick() {
		for (Stream stream : streams) {
			try {
				if (stream.advance(grading.progress(stream.interviewId))) {
					close(stream);
					stream.emitter.complete();
				}
			}
			catch (IOException | IllegalStateException ex) {
				log.debug("Events client for interview {} went away", stream.interviewId);
				close(stream);
			}
			catch (RuntimeException ex) {
				log.warn("Events for interview {} stopped", stream.interviewId, ex);
				close(stream);
				stream.emitter.completeWithError(ex);
			}
		}
	}

	@Override
	public void destroy() {
		streams.forEach(stream -> stream.emitter.complete());
	}

	private static final class Stream {

		private final String username;

		private final long interviewId;

		private final SseEmitter emitter;

		private int sent;

		private Instant lastWrite = Instant.now();

		Stream(String username, long interviewId, SseEmitter emitter) {
			this.username = username;
			this.interviewId = interviewId;
			this.emitter = emitter;
		}

		/**
		 * Sends what is new; answers true once the grading has finished and {@code done}
		 * is sent.
		 */
		boolean advance(GradingService.Progress progress) throws IOException {
			while (sent < progress.gradedSteps().size()) {
				sent++;
				send(SseEmitter.event()
					.name("progress")
					.data(Map.of("done", sent, "total", progress.total(), "step",
							progress.gradedSteps().get(sent - 1))));
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
