package org.senim.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed command line of {@code ./senim}.
 *
 * @param command what to do
 * @param argument the component of {@code start}/{@code stop}, the demo user of
 * {@code token}, else {@code null}
 * @param dataDir the data folder (absolute)
 * @param postgres whether the services use PostgreSQL instead of H2 files
 * @param without components {@code up} leaves out
 * @param readyTimeout how long to wait for each component to become ready
 * @param listenAddress the address every component listens on: {@link #LOOPBACK} unless
 * asked for {@link #EVERY_INTERFACE}
 */
record LaunchOptions(Command command, String argument, Path dataDir, boolean postgres, Set<Component> without,
		Duration readyTimeout, String listenAddress) {

	/** Only this machine reaches the stack: its demo users' passwords are their names. */
	static final String LOOPBACK = "127.0.0.1";

	/** Every interface, for trying the pages from another device of a trusted network. */
	static final String EVERY_INTERFACE = "0.0.0.0";

	static final String USAGE = """
			Usage: ./senim <command> [options]

			  up [--postgres] [--data-dir DIR] [--without c1,c2] [--timeout SECONDS] [--listen ADDRESS]
			        start Kafka, the local issuer and the four services; Ctrl-C stops all
			        --listen (or SENIM_LISTEN): 127.0.0.1 (default, this machine only) or 0.0.0.0
			        (every interface: anyone on the network can sign in as a demo user)
			  stop <component>      stop one component of the running stack
			  start <component>     start it again and wait until it is ready
			  status                show which components are up
			  token <demo-user>     print an access token of a demo user (local issuer only)

			Components: %s
			Demo users: ngo-almaty, ngo-shymkent, ngo-national, police, admin, operator
			Options for every command: --data-dir DIR (default: $SENIM_DATA_DIR or ./data)
			--postgres (or SENIM_POSTGRES=true) uses PostgreSQL on 127.0.0.1:5432
			""".formatted(String.join(", ", Component.ids()));

	enum Command {

		UP, STOP, START, STATUS, TOKEN, HELP

	}

	/**
	 * Parses the arguments.
	 * @param args the command line
	 * @param root the repository root (default data folder is {@code <root>/data})
	 * @param callerDir the directory the user ran the script from; relative paths are
	 * resolved against it
	 * @param env the environment ({@code SENIM_DATA_DIR}, {@code SENIM_POSTGRES})
	 * @return the options
	 * @throws IllegalArgumentException with a message for the user on bad arguments
	 */
	static LaunchOptions parse(String[] args, Path root, Path callerDir, Map<String, String> env) {
		Deque<String> rest = new ArrayDeque<>(Arrays.asList(args));
		if (rest.isEmpty()) {
			return help(root);
		}
		Command command = command(rest.removeFirst());
		String argument = null;
		if (command == Command.START || command == Command.STOP || command == Command.TOKEN) {
			if (rest.isEmpty() || rest.peekFirst().startsWith("--")) {
				throw new IllegalArgumentException(command.name().toLowerCase() + " needs "
						+ ((command == Command.TOKEN) ? "a demo user" : "a component"));
			}
			argument = rest.removeFirst();
			if (command != Command.TOKEN && Component.byId(argument).isEmpty()) {
				throw new IllegalArgumentException(
						"Unknown component '" + argument + "'; one of " + String.join(", ", Component.ids()));
			}
		}
		String envDataDir = env.get("SENIM_DATA_DIR");
		Path dataDir = (envDataDir != null && !envDataDir.isBlank()) ? callerDir.resolve(envDataDir)
				: root.resolve("data");
		boolean postgres = "true".equalsIgnoreCase(env.get("SENIM_POSTGRES"));
		Set<Component> without = EnumSet.noneOf(Component.class);
		Duration timeout = Duration.ofSeconds(180);
		String listen = env.getOrDefault("SENIM_LISTEN", LOOPBACK);
		while (!rest.isEmpty()) {
			String option = rest.removeFirst();
			switch (option) {
				case "--data-dir" -> dataDir = callerDir.resolve(value(option, rest));
				case "--postgres" -> postgres = true;
				case "--without" -> without = components(value(option, rest));
				case "--timeout" -> timeout = seconds(value(option, rest));
				case "--listen" -> listen = value(option, rest);
				default -> throw new IllegalArgumentException("Unknown option '" + option + "'");
			}
		}
		return new LaunchOptions(command, argument, dataDir.toAbsolutePath().normalize(), postgres, without, timeout,
				listenAddress(listen));
	}

	/** Whether the stack can be reached from other machines. */
	boolean listensOnEveryInterface() {
		return EVERY_INTERFACE.equals(this.listenAddress);
	}

	private static LaunchOptions help(Path root) {
		return new LaunchOptions(Command.HELP, null, root.resolve("data"), false, Set.of(), Duration.ZERO, LOOPBACK);
	}

	private static Command command(String word) {
		return switch (word) {
			case "up" -> Command.UP;
			case "stop" -> Command.STOP;
			case "start" -> Command.START;
			case "status" -> Command.STATUS;
			case "token" -> Command.TOKEN;
			case "help", "--help", "-h" -> Command.HELP;
			default -> throw new IllegalArgumentException("Unknown command '" + word + "'");
		};
	}

	private static String value(String option, Deque<String> rest) {
		if (rest.isEmpty()) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return rest.removeFirst();
	}

	// The components reach one another at localhost, so an address is either loopback or
	// every interface; any other would cut them off from each other.
	private static String listenAddress(String address) {
		String trimmed = address.strip();
		if (!trimmed.equals(LOOPBACK) && !trimmed.equals(EVERY_INTERFACE)) {
			throw new IllegalArgumentException(
					"--listen (SENIM_LISTEN) is " + LOOPBACK + " or " + EVERY_INTERFACE + ", not '" + address + "'");
		}
		return trimmed;
	}

	private static Set<Component> components(String list) {
		Set<Component> components = EnumSet.noneOf(Component.class);
		for (String id : List.of(list.split(","))) {
			components.add(Component.byId(id.strip())
				.orElseThrow(() -> new IllegalArgumentException("Unknown component '" + id + "' in --without")));
		}
		return components;
	}

	private static Duration seconds(String value) {
		try {
			long seconds = Long.parseLong(value);
			if (seconds < 1) {
				throw new IllegalArgumentException("--timeout must be at least 1 second");
			}
			return Duration.ofSeconds(seconds);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--timeout needs a number of seconds, not '" + value + "'");
		}
	}

}
