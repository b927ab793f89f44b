package com.designcoach.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM killed with SIGKILL leaves its embedded {@code postgres} running and holding the
 * data directory, so the next start would fail. This finds that orphan through
 * {@code postmaster.pid} and shuts it down before a new server starts.
 */
final class OrphanedPostgres {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

	private OrphanedPostgres() {
	}

	static void stopIfRunning(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
			return;
		}
		Optional<ProcessHandle> orphan = ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
			.filter(ProcessHandle::isAlive)
			.filter(OrphanedPostgres::isPostgres);
		if (orphan.isEmpty()) {
			return; // a stale pid file: PostgreSQL itself copes with that
		}
		ProcessHandle process = orphan.get();
		log.warn("Stopping an embedded PostgreSQL (pid {}) left behind by a previous run", process.pid());
		process.destroy(); // SIGTERM: a clean shutdown that keeps every committed row
		try {
			process.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			throw new IOException("The embedded PostgreSQL left by a previous run (pid " + process.pid()
					+ ") did not stop; stop it and start again", ex);
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.contains("postgres")).orElse(true);
	}

}
