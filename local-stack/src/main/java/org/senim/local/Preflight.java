package org.senim.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.senim.local.Supervisor.LaunchException;

/** What {@code up} checks before it starts anything. */
final class Preflight {

	private final StackLayout layout;

	private final ComponentProcesses processes;

	private final List<Component> components;

	Preflight(StackLayout layout, ComponentProcesses processes, List<Component> components) {
		this.layout = layout;
		this.processes = processes;
		this.components = components;
	}

	void checkArtifacts() throws LaunchException {
		List<String> missing = new ArrayList<>();
		if (!Files.exists(this.layout.launcherJar())) {
			missing.add(this.layout.launcherJar().toString());
		}
		this.components.stream()
			.filter(Component::isService)
			.map(this.layout::serviceJar)
			.filter((jar) -> !Files.exists(jar))
			.forEach((jar) -> missing.add(jar.toString()));
		if (!missing.isEmpty()) {
			throw new LaunchException("Not built: " + String.join(", ", missing)
					+ ". Run ./senim (it builds what is missing) or ./mvnw -DskipTests package;"
					+ " or leave components out with --without.");
		}
	}

	void checkNoOtherSupervisor() throws LaunchException, IOException {
		if (Files.exists(this.layout.supervisorPidFile())) {
			long pid = Long.parseLong(Files.readString(this.layout.supervisorPidFile()).strip());
			if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent()) {
				throw new LaunchException("A stack already runs on " + this.layout.dataDir() + " (pid " + pid + ")");
			}
		}
	}

	void stopLeftovers() {
		for (Component component : Component.values()) {
			this.processes.running(component).ifPresent((process) -> {
				System.out
					.println("Stopping " + component.id() + " (pid " + process.pid() + ") left from an earlier run");
				this.processes.stop(component);
			});
		}
	}

	void checkPortsFree() throws LaunchException {
		List<Integer> ports = new ArrayList<>();
		this.components.forEach((component) -> ports.add(component.port()));
		if (this.components.contains(Component.KAFKA)) {
			ports.add(9093);
		}
		for (int port : ports) {
			try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				socket.setReuseAddress(true);
			}
			catch (IOException ex) {
				throw new LaunchException("Port " + port + " is in use: another Senim stack or program runs."
						+ " See ./senim status (with its --data-dir) or stop that program.");
			}
		}
	}

}
