package org.senim.gateway.throttle;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TrustedProxiesTests {

	private final TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8", "2001:db8:ffff::/48"));

	private final ClientKeys keys = new ClientKeys(Duration.ofHours(1), Clock.systemUTC(), null);

	private final TrustedProxyWebFilter filter = new TrustedProxyWebFilter(this.proxies);

	@Test
	void takesTheRightmostAddressThatIsNoTrustedProxy() throws Exception {
		assertThat(this.proxies.clientOf(address("10.0.0.2"), List.of("198.51.100.1, 203.0.113.9, 10.4.4.4")))
			.isEqualTo(address("203.0.113.9"));
		assertThat(this.proxies.clientOf(address("10.0.0.2"), List.of("198.51.100.1", "203.0.113.9:5123")))
			.isEqualTo(address("203.0.113.9"));
		assertThat(this.proxies.clientOf(address("2001:db8:ffff::1"), List.of("[2001:db8:1::5]:443")))
			.isEqualTo(address("2001:db8:1::5"));
	}

	@Test
	void believesNoForwardedForFromAnUntrustedPeer() throws Exception {
		assertThat(this.proxies.clientOf(address("198.51.100.7"), List.of("203.0.113.9")))
			.isEqualTo(address("198.51.100.7"));
		assertThat(keyOf(exchange("198.51.100.7", "203.0.113.9")))
			.isEqualTo(keyOf(exchange("198.51.100.7", "203.0.113.10")))
			.isEqualTo(this.keys.keyOf("198.51.100.7"));
	}

	@Test
	void stopsAtAnEntryThatIsNoAddress() throws Exception {
		assertThat(this.proxies.clientOf(address("10.0.0.2"), List.of("203.0.113.9, attacker.example, 10.1.1.1")))
			.isEqualTo(address("10.1.1.1"));
		assertThat(this.proxies.clientOf(address("10.0.0.2"), List.of())).isEqualTo(address("10.0.0.2"));
	}

	@Test
	void keysTheClientBehindAProxyByItsOwnAddress() {
		assertThat(keyOf(exchange("10.0.0.2", "203.0.113.9")))
			.isEqualTo(keyOf(exchange("10.200.0.3", "198.51.100.1, 203.0.113.9")))
			.isEqualTo(this.keys.keyOf("203.0.113.9"))
			.isNotEqualTo(keyOf(exchange("10.0.0.2", "203.0.113.10")));
	}

	@Test
	void keysAnIpv6ClientByItsSlash64() {
		assertThat(keyOf(exchange("2001:db8:1:2::1", null)))
			.isEqualTo(keyOf(exchange("2001:db8:1:2:ffff:eeee:dddd:cccc", null)))
			.isNotEqualTo(keyOf(exchange("2001:db8:1:3::1", null)));
		assertThat(keyOf(exchange("10.0.0.2", "2001:db8:7:7::1")))
			.isEqualTo(keyOf(exchange("10.0.0.2", "2001:db8:7:7:abcd::2")));
	}

	@Test
	void keysAnIpv4MappedAddressAsItsIpv4Address() {
		assertThat(keyOf(exchange("::ffff:198.51.100.7", null))).isEqualTo(keyOf(exchange("198.51.100.7", null)));
	}

	@Test
	void refusesAMalformedBlock() {
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33")));
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("proxy.example")));
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/x")));
	}

	@Test
	void removesForwardedForFromEveryRequest() {
		for (String peer : List.of("10.0.0.2", "198.51.100.7")) {
			AtomicReference<ServerWebExchange> passed = new AtomicReference<>();
			this.filter.filter(exchange(peer, "203.0.113.9"), (filtered) -> {
				passed.set(filtered);
				return Mono.empty();
			}).block(Duration.ofSeconds(5));

			assertThat(passed.get().getRequest().getHeaders().containsHeader("X-Forwarded-For")).isFalse();
		}
	}

	/** The key the throttle gives the exchange, once the trusted-proxy filter has run. */
	private String keyOf(MockServerWebExchange exchange) {
		AtomicReference<String> key = new AtomicReference<>();
		this.filter.filter(exchange, (filtered) -> {
			key.set(this.keys.keyOf(filtered));
			return Mono.empty();
		}).block(Duration.ofSeconds(5));
		return key.get();
	}

	private static InetAddress address(String literal) {
		return TrustedProxies.literal(literal);
	}

	private static MockServerWebExchange exchange(String peer, String forwardedFor) {
		MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.post("/api/reports/followup")
			.remoteAddress(new InetSocketAddress(address(peer), 40000));
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return MockServerWebExchange.from(request);
	}

}
