package org.senim.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code start}, {@code stop}, {@code status} and {@code token} against a running stack.
 */
final class StackCommands {

	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	private final LaunchOptions options;

	private final StackLayout layout;

	private final ComponentProcesses processes;

	StackCommands(LaunchOptions options, StackLayout layout) {
		this.options = options;
		this.layout = layout;
		this.processes = new ComponentProcesses(layout);
	}

	void start(Component component) throws Supervisor.LaunchException, IOException {
		Optional<ProcessHandle> running = this.processes.running(component);
		if (running.isPresent()) {
			System.out.println(component.id() + " already runs (pid " + running.get().pid() + ")");
			return;
		}
		if (!Files.exists(this.layout.commandFile(component))) {
			throw new Supervisor.LaunchException("No stored command for " + component.id() + " in " + this.layout.run()
					+ "; start the stack with ./senim up first (same --data-dir).");
		}
		ProcessHandle process = this.processes.start(ComponentCommand.load(this.layout.commandFile(component)));
		System.out.println("Started " + component.id() + " (pid " + process.pid() + "), waiting until it is ready");
		try {
			new Readiness().await(component, process, this.options.readyTimeout());
		}
		catch (Readiness.NotReadyException ex) {
			throw new Supervisor.LaunchException(ex.getMessage() + "; see " + this.layout.log(component)
					+ System.lineSeparator() + LogTail.of(this.layout.log(component), 30));
		}
		System.out.println(component.id() + " is ready at " + component.address());
	}

	void stop(Component component) {
		System.out.println(
				this.processes.stop(component) ? "Stopped " + component.id() : component.id() + " was not running");
	}

	void status() {
		Readiness readiness = new Readiness();
		System.out.println("Data dir: " + this.layout.dataDir());
		for (Component component : Component.values()) {
			Optional<ProcessHandle> process = this.processes.running(component);
			String state = process
				.map((handle) -> (readiness.isReady(component) ? "up" : "starting") + " (pid " + handle.pid() + ")")
				.orElse("down");
			System.out.printf("  %-18s %-22s %s%n", component.id(), state, component.address());
		}
	}

	void token(String user) throws Supervisor.LaunchException, IOException, InterruptedException {
		if (!Files.exists(this.layout.cliSecret())) {
			throw new Supervisor.LaunchException("No " + this.layout.cliSecret()
					+ ": is the local stack running (./senim up)? For another data folder pass --data-dir.");
		}
		String secret = Files.readString(this.layout.cliSecret()).strip();
		HttpRequest request = HttpRequest.newBuilder(URI.create(Component.ISSUER.address() + "/local/token"))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Senim-Cli-Secret", secret)
			.POST(HttpRequest.BodyPublishers.ofString("user=" + URLEncoder.encode(user, StandardCharsets.UTF_8)))
			.build();
		HttpResponse<String> response;
		try {
			response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new Supervisor.LaunchException(
					"The local issuer does not answer at " + Component.ISSUER.address() + "; is ./senim up running?");
		}
		Matcher token = ACCESS_TOKEN.matcher(response.body());
		if (response.statusCode() != 200 || !token.find()) {
			throw new Supervisor.LaunchException(
					"The local issuer refused (" + response.statusCode() + "): " + response.body());
		}
		System.out.println(token.group(1));
	}

}
