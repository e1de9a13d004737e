package org.senim.local;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaSetupTests {

	private final KafkaSetup setup = new KafkaSetup(new StackLayout(Path.of("/repo"), Path.of("/data")));

	@Test
	void configuresSingleNodeKraftBrokerAndController() throws Exception {
		Properties properties = properties();
		assertThat(properties).containsEntry("process.roles", "broker,controller")
			.containsEntry("node.id", "1")
			.containsEntry("controller.quorum.voters", "1@localhost:9093")
			.containsEntry("listeners", "PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093")
			.containsEntry("advertised.listeners", "PLAINTEXT://localhost:9092")
			.containsEntry("controller.listener.names", "CONTROLLER");
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
		Properties properties = new Properties();
		properties.load(new StringReader(this.setup.serverProperties()));
		return properties;
	}

}
