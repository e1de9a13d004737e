package org.senim.local;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./senim up}: starts the components in order, waits until each is ready, prints
 * the URLs, then watches them until Ctrl-C or SIGTERM, when it stops them all (services
 * first, Kafka last).
 */
final class Supervisor {

	static final String READY_LINE = "Senim is up";

	private final LaunchOptions options;

	private final StackLayout layout;

	private final ComponentProcesses processes;

	private final Readiness readiness = new Readiness();

	private final List<Component> components;

	private volatile boolean stopping;

	Supervisor(LaunchOptions options, StackLayout layout) {
		this.options = options;
		this.layout = layout;
		this.processes = new ComponentProcesses(layout);
		this.components = List.of(Component.values())
			.stream()
			.filter((component) -> !options.without().contains(component))
			.toList();
	}

	void up() throws LaunchException, IOException {
		Preflight preflight = new Preflight(this.layout, this.processes, this.components);
		preflight.checkArtifacts();
		preflight.checkNoOtherSupervisor();
		preflight.stopLeftovers();
		preflight.checkPortsFree();
		Files.createDirectories(this.layout.run());
		Files.writeString(this.layout.supervisorPidFile(), ProcessHandle.current().pid() + "\n");
		Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "senim-shutdown"));
		createDatabases();
		Map<String, String> secrets = this.options.postgres()
				? ProductionSecrets.loadOrCreate(this.layout.dataDir().resolve("secrets.properties"), System.getenv())
				: Map.of();
		CommandLines commandLines = new CommandLines(this.layout, this.options.postgres(), secrets,
				this.options.listenAddress());
		for (Component component : this.components) {
			commandLines.commandFor(component).store(this.layout.commandFile(component));
		}
		if (this.components.contains(Component.KAFKA)) {
			new KafkaSetup(this.layout, this.options.listenAddress()).prepare(this.processes);
			startAndAwait(List.of(Component.KAFKA), commandLines);
		}
		// The issuer and the services do not need each other to start: start them
		// together.
		startAndAwait(this.components.stream().filter((component) -> component != Component.KAFKA).toList(),
				commandLines);
		printAddresses();
		supervise();
	}

	private void createDatabases() throws LaunchException {
		if (!this.options.postgres()) {
			return;
		}
		try {
			PostgresDatabases.createMissing(System.getenv());
		}
		catch (SQLException ex) {
			throw new LaunchException("Cannot reach PostgreSQL on " + CommandLines.POSTGRES_HOST
					+ " to create the databases (SENIM_DB_USER/SENIM_DB_PASSWORD): " + ex.getMessage());
		}
	}

	private void startAndAwait(List<Component> group, CommandLines commandLines) throws LaunchException, IOException {
		Map<Component, ProcessHandle> started = new EnumMap<>(Component.class);
		for (Component component : group) {
			System.out.println("Starting " + component.id() + " (log: " + this.layout.log(component) + ")");
			started.put(component, this.processes.start(commandLines.commandFor(component)));
		}
		for (Map.Entry<Component, ProcessHandle> entry : started.entrySet()) {
			try {
				this.readiness.await(entry.getKey(), entry.getValue(), this.options.readyTimeout());
				System.out.println("  " + entry.getKey().id() + " is ready");
			}
			catch (Readiness.NotReadyException ex) {
				throw new LaunchException(notReadyMessage(ex.getMessage(), ex.component()));
			}
		}
	}

	String notReadyMessage(String reason, Component component) {
		return reason + "; see " + this.layout.log(component) + System.lineSeparator() + "--- last lines of "
				+ this.layout.log(component) + " ---" + System.lineSeparator()
				+ LogTail.of(this.layout.log(component), 30);
	}

	private void printAddresses() {
		StringBuilder text = new StringBuilder(System.lineSeparator()).append(READY_LINE)
			.append(':')
			.append(System.lineSeparator());
		for (Component component : this.components) {
			text.append(String.format("  %-18s %s%n", component.label(), component.address()));
		}
		text.append(String.format("  %-18s %s%n", "data dir", this.layout.dataDir()));
		text.append(String.format("  %-18s %s%n", "logs", this.layout.logs()));
		if (this.options.listensOnEveryInterface()) {
			text.append("WARNING: listening on every interface (--listen 0.0.0.0): anyone who reaches this machine")
				.append(" can sign in as a demo user, whose password is its name.")
				.append(System.lineSeparator());
		}
		text.append(
				"Token for curl: ./senim token ngo-almaty   Stop one: ./senim stop <component>   Ctrl-C stops all.");
		System.out.println(text);
	}

	/**
	 * Reports components that stop or start while the stack runs; never restarts them.
	 */
	private void supervise() {
		Map<Component, Long> known = new EnumMap<>(Component.class);
		this.components.forEach((component) -> this.processes.running(component)
			.ifPresent((process) -> known.put(component, process.pid())));
		while (!Thread.currentThread().isInterrupted() && !this.stopping) {
			for (Component component : this.components) {
				Optional<ProcessHandle> process = this.processes.running(component);
				Long before = known.get(component);
				if (process.isPresent() && !Long.valueOf(process.get().pid()).equals(before)) {
					System.out.println(component.id() + " runs again (pid " + process.get().pid() + ")");
					known.put(component, process.get().pid());
				}
				else if (process.isEmpty() && before != null) {
					boolean crashed = Files.exists(this.layout.pidFile(component));
					System.out.println(
							component.id() + (crashed ? " exited; see " + this.layout.log(component) : " was stopped")
									+ ". Start it with ./senim start " + component.id());
					this.processes.removePidFile(component);
					known.remove(component);
				}
			}
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Stops every component (services together, then the issuer, then Kafka). */
	private void stopAll() {
		this.stopping = true;
		System.out.println("Stopping the local stack...");
		List<Thread> services = new ArrayList<>();
		for (Component component : Component.values()) {
			if (component.isService()) {
				Thread thread = new Thread(() -> this.processes.stop(component), "stop-" + component.id());
				thread.start();
				services.add(thread);
			}
		}
		services.forEach(Supervisor::join);
		this.processes.stop(Component.ISSUER);
		this.processes.stop(Component.KAFKA);
		try {
			Files.deleteIfExists(this.layout.supervisorPidFile());
		}
		catch (IOException ex) {
			// Only a stale file; checkNoOtherSupervisor() checks the pid for liveness.
		}
		System.out.println("Stopped.");
	}

	private static void join(Thread thread) {
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** A reason the stack cannot start, for the user. */
	static final class LaunchException extends Exception {

		LaunchException(String message) {
			super(message);
		}

	}

}
