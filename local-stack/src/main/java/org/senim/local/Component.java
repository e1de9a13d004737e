package org.senim.local;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A process of the local stack, in start order. */
enum Component {

	KAFKA("kafka", 9092, Readiness.Kind.KAFKA, "Kafka bootstrap", 512),

	ISSUER("issuer", 9000, Readiness.Kind.OPENID_CONFIGURATION, "OpenID issuer", 256),

	DIRECTORY_SERVICE("directory-service", 8081, Readiness.Kind.SPRING_READINESS, "directory-service", 384),

	REPORT_SERVICE("report-service", 8082, Readiness.Kind.SPRING_READINESS, "report-service", 384),

	REFERRAL_SERVICE("referral-service", 8083, Readiness.Kind.SPRING_READINESS, "referral-service", 384),

	GATEWAY("gateway", 8080, Readiness.Kind.SPRING_READINESS, "gateway", 384);

	private final String id;

	private final int port;

	private final Readiness.Kind readiness;

	private final String label;

	private final int maxHeapMegabytes;

	Component(String id, int port, Readiness.Kind readiness, String label, int maxHeapMegabytes) {
		this.id = id;
		this.port = port;
		this.readiness = readiness;
		this.label = label;
		this.maxHeapMegabytes = maxHeapMegabytes;
	}

	String id() {
		return this.id;
	}

	int port() {
		return this.port;
	}

	Readiness.Kind readiness() {
		return this.readiness;
	}

	String label() {
		return this.label;
	}

	int maxHeapMegabytes() {
		return this.maxHeapMegabytes;
	}

	/** A Spring Boot service of the suite, run from its own fat jar. */
	boolean isService() {
		return this.readiness == Readiness.Kind.SPRING_READINESS;
	}

	/** The address a user opens or connects to. */
	String address() {
		return (this == KAFKA) ? "localhost:" + this.port : "http://localhost:" + this.port;
	}

	static Optional<Component> byId(String id) {
		return Arrays.stream(values()).filter((component) -> component.id.equals(id)).findFirst();
	}

	static List<String> ids() {
		return Arrays.stream(values()).map(Component::id).toList();
	}

}
