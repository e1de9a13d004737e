package org.senim.gateway;

import java.util.UUID;

import io.lettuce.core.RedisClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production store: buckets in a real Redis (127.0.0.1:6379, or
 * {@code SENIM_TEST_REDIS_URI}); fails when none is reachable.
 */
@TestPropertySource(properties = { "senim.gateway.throttle.store=redis", "senim.gateway.limits.followup-per-minute=2" })
class GatewayRedisThrottleTests extends GatewayTestSupport {

	@Autowired
	RedisClient redis;

	@DynamicPropertySource
	static void redis(DynamicPropertyRegistry registry) {
		String uri = System.getenv("SENIM_TEST_REDIS_URI");
		registry.add("senim.gateway.throttle.redis-uri", () -> (uri != null) ? uri : "redis://127.0.0.1:6379");
		// A fresh secret per run: keys of an earlier run within the same minute never
		// collide.
		registry.add("senim.gateway.throttle.shared-secret", () -> UUID.randomUUID() + "-" + UUID.randomUUID());
	}

	@Test
	void sharesReceiptGuessLimitThroughRedis() {
		for (int i = 0; i < 2; i++) {
			postFollowup().expectStatus().isNotFound();
		}
		postFollowup().expectStatus().isEqualTo(429).expectHeader().exists("Retry-After");
		assertThat(services.count("POST", "/api/reports/followup")).isEqualTo(2);
		try (var connection = this.redis.connect()) {
			assertThat(connection.sync().keys("senim:throttle:followup:*")).isNotEmpty();
		}
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec postFollowup() {
		return this.client.post()
			.uri("/api/reports/followup")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"receipt\":\"1234567812345678\"}")
			.exchange();
	}

}
