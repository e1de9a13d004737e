package org.senim.local;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaSetupTests {

	private static final StackLayout LAYOUT = new StackLayout(Path.of("/repo"), Path.of("/data"));

	private final KafkaSetup setup = new KafkaSetup(LAYOUT, LaunchOptions.LOOPBACK);

	@Test
	void configuresSingleNodeKraftBrokerAndController() throws Exception {
		Properties properties = properties();
		assertThat(properties).containsEntry("process.roles", "broker,controller")
			.containsEntry("node.id", "1")
			.containsEntry("controller.quorum.voters", "1@127.0.0.1:9093")
			.containsEntry("advertised.listeners", "PLAINTEXT://localhost:9092")
			.containsEntry("controller.listener.names", "CONTROLLER");
	}

	@Test
	void listensOnLoopbackOnlyByDefault() throws Exception {
		assertThat(properties(this.setup)).containsEntry("listeners",
				"PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093");
	}

	@Test
	void opensOnlyTheClientListenerToEveryInterfaceWhenAsked() throws Exception {
		assertThat(properties(new KafkaSetup(LAYOUT, LaunchOptions.EVERY_INTERFACE))).containsEntry("listeners",
				"PLAINTEXT://0.0.0.0:9092,CONTROLLER://127.0.0.1:9093");
	}

	@Test
	void keepsLogsInTheDataFolderAndCreatesNoTopicsByItself() throws Exception {
		Properties properties = properties();
		assertThat(properties).containsEntry("log.dirs", "/data/kafka/data")
			.containsEntry("auto.create.topics.enable", "false")
			.containsEntry("offsets.topic.replication.factor", "1")
			.containsEntry("transaction.state.log.replication.factor", "1")
			.containsEntry("transaction.state.log.min.isr", "1");
	}

	@Test
	void formatsStorageOnceWithTheStoredClusterId() {
		assertThat(this.setup.formatCommand("abc")).containsSubsequence("kafka.tools.StorageTool", "format",
				"--cluster-id", "abc", "--config", "/data/kafka/server.properties", "--ignore-formatted");
		assertThat(this.setup.formatCommand("abc")).contains("/repo/local-stack/target/lib/*");
	}

	private Properties properties() throws Exception {
		return properties(this.setup);
	}

	private static Properties properties(KafkaSetup setup) throws Exception {
		Properties properties = new Properties();
		properties.load(new StringReader(setup.serverProperties()));
		return properties;
	}

}
