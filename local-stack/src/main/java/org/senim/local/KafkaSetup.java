package org.senim.local;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.apache.kafka.common.Uuid;

/**
 * The single-node KRaft broker of the local stack: its properties, its logging, and
 * formatting its storage once with a cluster id kept in the data folder.
 */
final class KafkaSetup {

	private static final String LOGGING = """
			<configuration>
			  <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
			    <encoder><pattern>%d{ISO8601} %-5level [%logger{36}] %msg%n</pattern></encoder>
			  </appender>
			  <logger name="org.apache.kafka" level="INFO"/>
			  <logger name="kafka" level="INFO"/>
			  <logger name="state.change.logger" level="WARN"/>
			  <logger name="kafka.request.logger" level="WARN"/>
			  <root level="INFO"><appender-ref ref="CONSOLE"/></root>
			</configuration>
			""";

	private final StackLayout layout;

	private final String listenAddress;

	/**
	 * Creates the setup.
	 * @param layout where things are
	 * @param listenAddress the address of the broker's client listener
	 * ({@link LaunchOptions#listenAddress()}); the controller listens on loopback only
	 */
	KafkaSetup(StackLayout layout, String listenAddress) {
		this.layout = layout;
		this.listenAddress = listenAddress;
	}

	/** The broker's {@code server.properties}: broker and controller in one process. */
	String serverProperties() {
		return String
			.join("\n", "# Written by ./senim up; the local stack's single-node KRaft broker.",
					"process.roles=broker,controller", "node.id=1", "controller.quorum.voters=1@127.0.0.1:9093",
					"listeners=PLAINTEXT://" + this.listenAddress + ":9092,CONTROLLER://127.0.0.1:9093",
					"advertised.listeners=PLAINTEXT://localhost:9092", "controller.listener.names=CONTROLLER",
					"inter.broker.listener.name=PLAINTEXT",
					"listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
					"log.dirs=" + this.layout.kafkaLogDirs(), "num.partitions=3", "default.replication.factor=1",
					"offsets.topic.replication.factor=1", "transaction.state.log.replication.factor=1",
					"transaction.state.log.min.isr=1", "share.coordinator.state.topic.replication.factor=1",
					"share.coordinator.state.topic.min.isr=1", "auto.create.topics.enable=false",
					"group.initial.rebalance.delay.ms=0", "log.retention.hours=168", "")
			.replace("\\", "\\\\");
	}

	/**
	 * Writes the properties and logging files; formats the storage on first use.
	 * @param processes runs the storage tool
	 * @throws IOException if a file cannot be written
	 */
	void prepare(ComponentProcesses processes) throws IOException {
		Files.createDirectories(this.layout.kafkaLogDirs());
		Files.writeString(this.layout.kafkaProperties(), serverProperties());
		Files.writeString(this.layout.kafkaLogging(), LOGGING);
		if (Files.exists(this.layout.kafkaLogDirs().resolve("meta.properties"))) {
			return;
		}
		processes.runToCompletion("kafka storage format", formatCommand(clusterId()), this.layout.log(Component.KAFKA));
	}

	List<String> formatCommand(String clusterId) {
		return List.of(CommandLines.java(), "-Xmx256m", "-Dlogback.configurationFile=" + this.layout.kafkaLogging(),
				"-cp", this.layout.libClasspath(), "kafka.tools.StorageTool", "format", "--cluster-id", clusterId,
				"--config", this.layout.kafkaProperties().toString(), "--ignore-formatted");
	}

	private String clusterId() throws IOException {
		if (Files.exists(this.layout.kafkaClusterId())) {
			return Files.readString(this.layout.kafkaClusterId()).strip();
		}
		String clusterId = Uuid.randomUuid().toString();
		Files.writeString(this.layout.kafkaClusterId(), clusterId + "\n");
		return clusterId;
	}

}
