package org.senim.gateway.throttle;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottleGatewayFilterFactoryTests {

	private final AtomicInteger passed = new AtomicInteger();

	@Test
	void failsClosedForGuessableSecretsWhenStoreIsDown() {
		MockServerWebExchange exchange = exchange();

		filter(unavailableStore(), true).filter(exchange, (e) -> pass()).block(Duration.ofSeconds(5));

		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(this.passed).hasValue(0);
	}

	@Test
	void letsTipsThroughWhenStoreIsDown() {
		filter(unavailableStore(), false).filter(exchange(), (e) -> pass()).block(Duration.ofSeconds(5));

		assertThat(this.passed).hasValue(1);
	}

	@Test
	void limitsEachClientSeparately() {
		GatewayFilter filter = filter(new InMemoryBucketStore(1000), false);
		MockServerWebExchange second = exchange();
		filter.filter(exchange(), (e) -> pass()).block(Duration.ofSeconds(5));
		filter.filter(second, (e) -> pass()).block(Duration.ofSeconds(5));
		MockServerWebExchange other = MockServerWebExchange.from(MockServerHttpRequest.post("/api/reports")
			.remoteAddress(new InetSocketAddress("198.51.100.99", 40000)));
		filter.filter(other, (e) -> pass()).block(Duration.ofSeconds(5));

		assertThat(second.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(second.getResponse().getHeaders().getFirst("Retry-After")).isNotBlank();
		assertThat(this.passed).hasValue(2);
	}

	@Test
	void keepsALimitedClientLimitedWhileFreshKeysFloodTheStore() {
		InMemoryBucketStore store = new InMemoryBucketStore(1000);
		GatewayFilter filter = filter(store, false);
		filter.filter(exchange(), (e) -> pass()).block(Duration.ofSeconds(5));
		for (int i = 0; i < 5000; i++) {
			MockServerWebExchange other = MockServerWebExchange.from(MockServerHttpRequest.post("/api/reports")
				.remoteAddress(new InetSocketAddress("10.0." + (i / 250) + "." + (i % 250), 40000)));
			filter.filter(other, (e) -> pass()).block(Duration.ofSeconds(5));
			if (i % 50 == 0) {
				// The limited client keeps trying while the flood goes on.
				MockServerWebExchange limited = exchange();
				filter.filter(limited, (e) -> pass()).block(Duration.ofSeconds(5));
				assertThat(limited.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
			}
		}

		assertThat(store.size("test")).isLessThanOrEqualTo(1000);
	}

	private GatewayFilter filter(BucketStore store, boolean failClosed) {
		ThrottleGatewayFilterFactory factory = new ThrottleGatewayFilterFactory(
				new Throttles(new ClientKeys(Duration.ofHours(1), Clock.systemUTC(), null), store));
		ThrottleGatewayFilterFactory.Config config = new ThrottleGatewayFilterFactory.Config();
		config.setName("test");
		config.setCapacity(1);
		config.setFailClosed(failClosed);
		return factory.apply(config);
	}

	private static BucketStore unavailableStore() {
		return (limiter, key, generation, configuration) -> Mono.error(new IllegalStateException("Redis is down"));
	}

	private Mono<Void> pass() {
		this.passed.incrementAndGet();
		return Mono.empty();
	}

	private static MockServerWebExchange exchange() {
		return MockServerWebExchange.from(
				MockServerHttpRequest.post("/api/reports").remoteAddress(new InetSocketAddress("198.51.100.7", 40000)));
	}

}
