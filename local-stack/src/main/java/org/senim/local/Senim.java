package org.senim.local;

import java.nio.file.Path;

/**
 * {@code ./senim}: runs the whole suite on this machine, one process per component,
 * without Docker. See {@link LaunchOptions#USAGE}.
 */
public final class Senim {

	private Senim() {
	}

	public static void main(String[] args) {
		System.setProperty("logback.configurationFile", "senim-launcher-logback.xml");
		Path callerDir = Path.of(System.getenv().getOrDefault("SENIM_CALLER_DIR", "")).toAbsolutePath();
		Path root = Path.of(System.getProperty("senim.root", "")).toAbsolutePath().normalize();
		LaunchOptions options;
		try {
			options = LaunchOptions.parse(args, root, callerDir, System.getenv());
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println();
			System.err.print(LaunchOptions.USAGE);
			System.exit(2);
			return;
		}
		System.exit(run(options, new StackLayout(root, options.dataDir())));
	}

	private static int run(LaunchOptions options, StackLayout layout) {
		StackCommands commands = new StackCommands(options, layout);
		try {
			switch (options.command()) {
				case UP -> new Supervisor(options, layout).up();
				case START -> commands.start(component(options));
				case STOP -> commands.stop(component(options));
				case STATUS -> commands.status();
				case TOKEN -> commands.token(options.argument());
				case HELP -> System.out.print(LaunchOptions.USAGE);
			}
			return 0;
		}
		catch (Supervisor.LaunchException ex) {
			System.err.println(ex.getMessage());
			return 1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 130;
		}
		catch (Exception ex) {
			System.err.println("./senim " + options.command().name().toLowerCase() + " failed: " + ex);
			return 1;
		}
	}

	private static Component component(LaunchOptions options) {
		return Component.byId(options.argument()).orElseThrow();
	}

}
