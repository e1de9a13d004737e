package org.senim.report.city;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.senim.contracts.Topics;
import org.senim.contracts.cloudevents.CloudEventCodec;
import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import org.senim.contracts.events.DirectoryCityChanged;
import org.senim.report.IntegrationTestSupport;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CityReplicaIntegrationTests extends IntegrationTestSupport {

	private static final URI DIRECTORY_SOURCE = URI.create("urn:senim:directory-service");

	@Autowired
	private CityReplica replica;

	@Autowired
	private CityResolver resolver;

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	private final CloudEventCodec codec = new CloudEventCodec();

	@Test
	void resolvesCitiesFromDirectoryChangesWhileTheDirectoryFails() throws Exception {
		DirectoryCityChanged zhezkazgan = new DirectoryCityChanged("zhezkazgan", "Zhezkazgan", "Жезказган", "Жезқазған",
				"Ulytau Region", 47.7833, 67.7667, Instant.now());
		this.kafka.send(Topics.DIRECTORY_CHANGES, "broken", "not a cloud event".getBytes(StandardCharsets.UTF_8)).get();
		this.kafka
			.send(Topics.DIRECTORY_CHANGES, "zhezkazgan",
					this.codec
						.encode(SenimEvent.of(EventType.DIRECTORY_CITY, DIRECTORY_SOURCE, "zhezkazgan", zhezkazgan)))
			.get();

		await().atMost(patience()).until(() -> this.replica.match("Жезказган").isPresent());

		// the stub directory answers 500 for this city: the breaker's fallback answers it
		StepVerifier.create(this.resolver.resolve("Zhezkazgan"))
			.assertNext((city) -> assertThat(city.slug()).isEqualTo("zhezkazgan"))
			.expectComplete()
			.verify(Duration.ofSeconds(10));

		this.kafka.send(Topics.DIRECTORY_CHANGES, "zhezkazgan", null).get();
		await().atMost(patience()).until(() -> this.replica.match("zhezkazgan").isEmpty());
	}

}
