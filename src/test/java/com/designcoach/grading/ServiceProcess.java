package com.designcoach.grading;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.designcoach.DesignCoachApplication;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** The service as a separate JVM on the test classpath, so a test can SIGKILL it. */
final class ServiceProcess implements AutoCloseable {

	final int port;

	final Process process;

	private ServiceProcess(int port, Process process) {
		this.port = port;
		this.process = process;
	}

	static ServiceProcess start(Path logFile, String... arguments) throws IOException {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
				DesignCoachApplication.class.getName(), "--server.port=" + port));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(logFile.toFile())
			.start();
		try {
			await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(300)).until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException("The service exited");
				}
				try {
					return given().port(port).baseUri("http://localhost").get("/actuator/health").statusCode() == 200;
				}
				catch (Exception ex) {
					return false;
				}
			});
		}
		catch (RuntimeException ex) {
			process.destroyForcibly();
			throw new IllegalStateException("The service did not start; its log:\n" + Files.readString(logFile), ex);
		}
		return new ServiceProcess(port, process);
	}

	void kill() throws InterruptedException {
		process.destroyForcibly().waitFor();
	}

	@Override
	public void close() {
		process.destroy();
	}

	private static String javaBinary() {
		return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
