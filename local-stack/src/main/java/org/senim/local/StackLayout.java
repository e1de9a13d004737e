package org.senim.local;

import java.nio.file.Path;

/**
 * Where things are: the built artifacts under the repository root and the state of a
 * running stack under the data folder.
 *
 * @param root the repository root
 * @param dataDir the data folder
 */
record StackLayout(Path root, Path dataDir) {

	Path logs() {
		return this.dataDir.resolve("logs");
	}

	Path run() {
		return this.dataDir.resolve("run");
	}

	Path log(Component component) {
		return logs().resolve(component.id() + ".log");
	}

	Path pidFile(Component component) {
		return run().resolve(component.id() + ".pid");
	}

	Path commandFile(Component component) {
		return run().resolve(component.id() + ".command");
	}

	Path supervisorPidFile() {
		return run().resolve("senim.pid");
	}

	Path kafkaDir() {
		return this.dataDir.resolve("kafka");
	}

	Path kafkaLogDirs() {
		return kafkaDir().resolve("data");
	}

	Path kafkaProperties() {
		return kafkaDir().resolve("server.properties");
	}

	Path kafkaLogging() {
		return kafkaDir().resolve("logback.xml");
	}

	Path kafkaClusterId() {
		return kafkaDir().resolve("cluster-id");
	}

	Path cliSecret() {
		return this.dataDir.resolve("issuer").resolve("cli-secret");
	}

	Path launcherJar() {
		return this.root.resolve("local-stack/target/local-stack.jar");
	}

	/** The launcher's runtime classpath: Kafka, the issuer and their dependencies. */
	String libClasspath() {
		return this.root.resolve("local-stack/target/lib") + "/*";
	}

	Path serviceJar(Component component) {
		return this.root.resolve(component.id()).resolve("target").resolve(component.id() + ".jar");
	}

}
