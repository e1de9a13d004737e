package org.senim.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts and stops component processes. Each runs detached in its own session (so a
 * Ctrl-C in the terminal reaches only the supervisor, which stops the components in
 * order), logs to {@code <data-dir>/logs/<component>.log} and is found again through its
 * pid file in {@code <data-dir>/run/}.
 */
final class ComponentProcesses {

	static final Duration GRACE_PERIOD = Duration.ofSeconds(30);

	private static final Path SETSID = Path.of("/usr/bin/setsid");

	private final StackLayout layout;

	ComponentProcesses(StackLayout layout) {
		this.layout = layout;
	}

	/** Starts the component and writes its pid file; returns the process. */
	ProcessHandle start(ComponentCommand command) throws IOException {
		Files.createDirectories(this.layout.logs());
		Files.createDirectories(this.layout.run());
		List<String> commandLine = new ArrayList<>();
		if (Files.isExecutable(SETSID)) {
			// setsid execs in place (the child is no group leader): the pid stays java's.
			commandLine.add(SETSID.toString());
		}
		commandLine.addAll(command.command());
		ProcessBuilder builder = new ProcessBuilder(commandLine).directory(this.layout.root().toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.layout.log(command.component()).toFile()))
			.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
		builder.environment().putAll(command.environment());
		Process process = builder.start();
		Files.writeString(this.layout.pidFile(command.component()), process.pid() + "\n");
		return process.toHandle();
	}

	/** Runs a one-off command (the storage format) to completion, logging to the file. */
	void runToCompletion(String name, List<String> command, Path log) throws IOException {
		Files.createDirectories(log.getParent());
		Process process = new ProcessBuilder(command).directory(this.layout.root().toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		try {
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IOException(name + " did not finish in 2 minutes; see " + log);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IOException(name + " was interrupted", ex);
		}
		if (process.exitValue() != 0) {
			throw new IOException(name + " failed with exit code " + process.exitValue() + "; see " + log);
		}
	}

	/** The running process of the component, from its pid file. */
	Optional<ProcessHandle> running(Component component) {
		Path pidFile = this.layout.pidFile(component);
		try {
			if (!Files.exists(pidFile)) {
				return Optional.empty();
			}
			long pid = Long.parseLong(Files.readString(pidFile).strip());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(ComponentProcesses::isJava);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Stops the component: SIGTERM, then a kill after the grace period; removes the pid
	 * file.
	 * @return whether a running process was stopped
	 */
	boolean stop(Component component) {
		Optional<ProcessHandle> process = running(component);
		// The pid file goes first: the supervisor then sees a stop, not a crash.
		removePidFile(component);
		process.ifPresent(ComponentProcesses::terminate);
		return process.isPresent();
	}

	void removePidFile(Component component) {
		try {
			Files.deleteIfExists(this.layout.pidFile(component));
		}
		catch (IOException ex) {
			// A stale pid file is detected by running(): the pid is checked for liveness.
		}
	}

	static void terminate(ProcessHandle process) {
		process.destroy();
		try {
			process.onExit().get(GRACE_PERIOD.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
		catch (Exception ex) {
			process.destroyForcibly();
		}
	}

	private static boolean isJava(ProcessHandle process) {
		return process.info().command().map((command) -> command.endsWith("java")).orElse(true);
	}

}
