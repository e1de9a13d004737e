package org.senim.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(
		properties = { "senim.gateway.limits.followup-per-minute=3", "senim.gateway.limits.tips-per-minute=3" })
class GatewayAbuseTests extends GatewayTestSupport {

	private static final int THREE_MEGABYTES = 3 * 1024 * 1024;

	@Test
	void answersFloodOfReceiptGuessesWithTooManyRequests() {
		for (int i = 0; i < 3; i++) {
			postFollowup().expectStatus().value((status) -> assertThat(status).isNotEqualTo(429));
		}
		postFollowup().expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists("Retry-After")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/rate-limited");
		assertThat(services.count("POST", "/api/reports/followup")).isEqualTo(3);
	}

	@Test
	void refusesThreeMegabyteTip() {
		byte[] body = tipOfSize(THREE_MEGABYTES);

		this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://senim.org/problems/payload-too-large");
		assertThat(services.count("POST", "/api/reports")).isZero();
	}

	@Test
	void refusesThreeMegabyteTipSentInChunks() {
		byte[] body = tipOfSize(THREE_MEGABYTES);
		DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
		Flux<DataBuffer> chunks = Flux.range(0, body.length / 65536)
			.map((i) -> buffers.wrap(Arrays.copyOfRange(body, i * 65536, (i + 1) * 65536)));

		this.client.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.body(chunks, DataBuffer.class)
			.exchange()
			.expectStatus()
			.isEqualTo(413);
		assertThat(services.count("POST", "/api/reports")).isZero();
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec postFollowup() {
		return this.client.post()
			.uri("/api/reports/followup")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"receipt\":\"1234567812345678\"}")
			.exchange();
	}

	private static byte[] tipOfSize(int size) {
		byte[] body = new byte[size];
		Arrays.fill(body, (byte) 'a');
		byte[] start = "{\"description\":\"".getBytes(StandardCharsets.UTF_8);
		System.arraycopy(start, 0, body, 0, start.length);
		body[size - 2] = '"';
		body[size - 1] = '}';
		return body;
	}

}
