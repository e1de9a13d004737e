package org.senim.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * The suite started like a user does: {@code <root>/senim up --data-dir <fresh dir>} as a
 * child process, its output in a file; stopped with SIGTERM.
 */
final class LocalStack {

	private static final String READY_LINE = "Senim is up";

	/**
	 * Where quick exit leads in the system tests: another origin, served on this machine.
	 */
	static final String EXIT_URL = "http://127.0.0.1:8081/api/directory/cities";

	private final Path root;

	private final Path dataDir;

	private final Path output;

	private Process process;

	LocalStack(Path root, Path dataDir) {
		this.root = root;
		this.dataDir = dataDir;
		this.output = dataDir.resolve("senim-up.out");
	}

	Path dataDir() {
		return this.dataDir;
	}

	/** Starts the stack and waits for its "Senim is up" line. */
	void up(Duration timeout) throws IOException {
		Files.createDirectories(this.dataDir);
		this.process = senim("up", "--data-dir", this.dataDir.toString()).redirectErrorStream(true)
			.redirectOutput(this.output.toFile())
			.start();
		try {
			await("./senim up prints '" + READY_LINE + "'").atMost(timeout)
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> !this.process.isAlive() || output().contains(READY_LINE));
		}
		catch (RuntimeException ex) {
			printDiagnostics();
			throw ex;
		}
		if (!this.process.isAlive()) {
			printDiagnostics();
			throw new IllegalStateException("./senim up exited with " + this.process.exitValue());
		}
	}

	/**
	 * Runs {@code ./senim <args> --data-dir
	 *
	<dir>
	 * } to completion; returns its output.
	 */
	String run(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(args));
		command.addAll(List.of("--data-dir", this.dataDir.toString()));
		Process child = senim(command.toArray(String[]::new)).redirectErrorStream(true).start();
		byte[] out = child.getInputStream().readAllBytes();
		if (!child.waitFor(5, TimeUnit.MINUTES) || child.exitValue() != 0) {
			throw new IllegalStateException(
					"./senim " + String.join(" ", args) + " failed: " + new String(out, StandardCharsets.UTF_8));
		}
		return new String(out, StandardCharsets.UTF_8);
	}

	/** Stops the stack like Ctrl-C would and waits until everything has stopped. */
	void down() throws InterruptedException {
		if (this.process == null) {
			return;
		}
		this.process.destroy();
		if (!this.process.waitFor(2, TimeUnit.MINUTES)) {
			this.process.destroyForcibly();
		}
	}

	void printDiagnostics() {
		System.err.println("=== ./senim up output (" + this.output + ")");
		System.err.println(safeRead(this.output));
		try (Stream<Path> logs = Files.list(this.dataDir.resolve("logs"))) {
			logs.sorted().forEach((log) -> {
				System.err.println("=== last lines of " + log);
				List<String> lines = safeRead(log).lines().toList();
				lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(System.err::println);
			});
		}
		catch (IOException ex) {
			System.err.println("(no logs under " + this.dataDir + ")");
		}
	}

	private String output() {
		return safeRead(this.output);
	}

	private ProcessBuilder senim(String... args) {
		List<String> command = new ArrayList<>();
		command.add(this.root.resolve("senim").toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.root.toFile());
		// The reactor build packaged every module before this test: no nested build.
		builder.environment().put("SENIM_SKIP_BUILD", "true");
		// Every test request comes from 127.0.0.1, one client to the rate limits; the
		// limits
		// themselves are tested in the gateway's own tests.
		builder.environment().put("SENIM_TIPS_PER_MINUTE", "600");
		builder.environment().put("SENIM_FOLLOWUPS_PER_MINUTE", "600");
		// Offers expire and the last tier raises its alert within a test's patience: a
		// tip
		// every organisation leaves unanswered reaches the national tier in minutes.
		builder.environment().put("SENIM_REFERRAL_OFFER_TIMEOUT", "3m");
		builder.environment().put("SENIM_REFERRAL_REROUTE_SWEEP", "10s");
		builder.environment().put("SENIM_REFERRAL_UNACCEPTED_AFTER", "1m");
		builder.environment().put("SENIM_REFERRAL_UNACCEPTED_SWEEP", "10s");
		// Quick exit leads to a page that loads without the internet.
		builder.environment().put("SENIM_EXIT_URL", EXIT_URL);
		return builder;
	}

	private static String safeRead(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

}
