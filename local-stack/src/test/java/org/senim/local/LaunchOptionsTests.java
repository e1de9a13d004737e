package org.senim.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LaunchOptionsTests {

	private static final Path ROOT = Path.of("/repo");

	private static final Path CALLER = Path.of("/home/user/somewhere");

	@Test
	void defaultsToDataFolderUnderTheRepositoryRoot() {
		LaunchOptions options = parse(Map.of(), "up");
		assertThat(options.command()).isEqualTo(LaunchOptions.Command.UP);
		assertThat(options.dataDir()).isEqualTo(Path.of("/repo/data"));
		assertThat(options.postgres()).isFalse();
		assertThat(options.without()).isEmpty();
		assertThat(options.readyTimeout()).isEqualTo(Duration.ofSeconds(180));
		assertThat(options.listenAddress()).isEqualTo("127.0.0.1");
		assertThat(options.listensOnEveryInterface()).isFalse();
	}

	@Test
	void listensOnEveryInterfaceOnlyWhenAsked() {
		assertThat(parse(Map.of(), "up", "--listen", "0.0.0.0").listensOnEveryInterface()).isTrue();
		assertThat(parse(Map.of("SENIM_LISTEN", "0.0.0.0"), "up").listenAddress()).isEqualTo("0.0.0.0");
		assertThat(parse(Map.of("SENIM_LISTEN", "0.0.0.0"), "up", "--listen", "127.0.0.1").listenAddress())
			.isEqualTo("127.0.0.1");
	}

	@Test
	void refusesAListenAddressTheComponentsCouldNotReachEachOtherOn() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of(), "up", "--listen", "192.168.1.5"))
			.withMessageContaining("127.0.0.1 or 0.0.0.0");
		assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of(), "up", "--listen"))
			.withMessageContaining("--listen needs a value");
	}

	@Test
	void resolvesRelativeDataDirAgainstTheCallersDirectory() {
		assertThat(parse(Map.of(), "up", "--data-dir", "stack").dataDir())
			.isEqualTo(Path.of("/home/user/somewhere/stack"));
		assertThat(parse(Map.of(), "up", "--data-dir", "/tmp/x/../y").dataDir()).isEqualTo(Path.of("/tmp/y"));
	}

	@Test
	void takesDataDirAndPostgresFromTheEnvironment() {
		LaunchOptions options = parse(Map.of("SENIM_DATA_DIR", "/var/senim", "SENIM_POSTGRES", "true"), "up");
		assertThat(options.dataDir()).isEqualTo(Path.of("/var/senim"));
		assertThat(options.postgres()).isTrue();
	}

	@Test
	void parsesUpOptions() {
		LaunchOptions options = parse(Map.of(), "up", "--postgres", "--without", "gateway,report-service", "--timeout",
				"60");
		assertThat(options.postgres()).isTrue();
		assertThat(options.without()).containsExactlyInAnyOrder(Component.GATEWAY, Component.REPORT_SERVICE);
		assertThat(options.readyTimeout()).isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void parsesComponentOfStartAndStop() {
		assertThat(parse(Map.of(), "stop", "directory-service", "--data-dir", "/d").argument())
			.isEqualTo("directory-service");
		assertThat(parse(Map.of(), "start", "kafka").command()).isEqualTo(LaunchOptions.Command.START);
	}

	@Test
	void parsesDemoUserOfToken() {
		LaunchOptions options = parse(Map.of(), "token", "ngo-almaty");
		assertThat(options.command()).isEqualTo(LaunchOptions.Command.TOKEN);
		assertThat(options.argument()).isEqualTo("ngo-almaty");
	}

	@Test
	void showsHelpWithoutArguments() {
		assertThat(parse(Map.of()).command()).isEqualTo(LaunchOptions.Command.HELP);
		assertThat(LaunchOptions.USAGE).contains("directory-service", "ngo-almaty", "--postgres");
	}

	@Test
	void rejectsUnknownCommandComponentAndOption() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of(), "launch"))
			.withMessageContaining("Unknown command 'launch'");
		assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of(), "stop", "database"))
			.withMessageContaining("Unknown component 'database'");
		assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of(), "up", "--fast"))
			.withMessageContaining("Unknown option '--fast'");
		assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of(), "up", "--without", "gateway,redis"))
			.withMessageContaining("'redis'");
	}

	@Test
	void rejectsMissingValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of(), "stop"))
			.withMessageContaining("needs a component");
		assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of(), "token", "--data-dir", "/d"))
			.withMessageContaining("needs a demo user");
		assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of(), "up", "--data-dir"))
			.withMessageContaining("--data-dir needs a value");
		assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of(), "up", "--timeout", "soon"))
			.withMessageContaining("number of seconds");
		assertThatIllegalArgumentException().isThrownBy(() -> parse(Map.of(), "up", "--timeout", "0"))
			.withMessageContaining("at least 1 second");
	}

	private static LaunchOptions parse(Map<String, String> env, String... args) {
		return LaunchOptions.parse(args, ROOT, CALLER, env);
	}

}
