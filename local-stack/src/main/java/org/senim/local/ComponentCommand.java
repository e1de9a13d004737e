package org.senim.local;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How to start one component: its command line and the environment variables it gets on
 * top of the launcher's. Stored in the run folder at {@code up} so that
 * {@code ./senim start <component>} starts it again the same way.
 *
 * @param component the component
 * @param command the command line
 * @param environment the extra environment
 */
record ComponentCommand(Component component, List<String> command, Map<String, String> environment) {

	ComponentCommand {
		command = List.copyOf(command);
		environment = Map.copyOf(environment);
	}

	void store(Path file) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("component", this.component.id());
		for (int i = 0; i < this.command.size(); i++) {
			properties.setProperty("arg." + i, this.command.get(i));
		}
		new TreeMap<>(this.environment).forEach((name, value) -> properties.setProperty("env." + name, value));
		Files.createDirectories(file.getParent());
		if (!Files.exists(file)) {
			// The environment may hold the production-shaped profile's keys.
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		try (Writer writer = Files.newBufferedWriter(file)) {
			properties.store(writer, "Written by ./senim up; used by ./senim start " + this.component.id());
		}
	}

	static ComponentCommand load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file)) {
			properties.load(reader);
		}
		Component component = Component.byId(properties.getProperty("component"))
			.orElseThrow(() -> new IOException("No component in " + file));
		List<String> command = new ArrayList<>();
		for (int i = 0; properties.containsKey("arg." + i); i++) {
			command.add(properties.getProperty("arg." + i));
		}
		Map<String, String> environment = new TreeMap<>();
		for (String name : properties.stringPropertyNames()) {
			if (name.startsWith("env.")) {
				environment.put(name.substring(4), properties.getProperty(name));
			}
		}
		return new ComponentCommand(component, command, environment);
	}

}
