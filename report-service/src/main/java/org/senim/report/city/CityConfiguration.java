package org.senim.report.city;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/** The directory client with its timeouts and pool, and its circuit breaker. */
@Configuration(proxyBeanMethods = false)
class CityConfiguration {

	static final String BREAKER = "directory";

	@Bean
	CityResolver cityResolver(DirectoryProperties properties, ReactiveResilience4JCircuitBreakerFactory breakers,
			CityReplica replica) {
		return new CityResolver(new DirectoryClient(directoryWebClient(properties)), breakers.create(BREAKER), replica);
	}

	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> directoryBreaker(DirectoryProperties properties) {
		return (factory) -> configureBreaker(factory, properties);
	}

	static void configureBreaker(ReactiveResilience4JCircuitBreakerFactory factory, DirectoryProperties properties) {
		factory.configure((builder) -> builder
			.circuitBreakerConfig(CircuitBreakerConfig.custom()
				.failureRateThreshold(properties.failureRateThreshold())
				.slidingWindowSize(properties.slidingWindowSize())
				.minimumNumberOfCalls(properties.minimumNumberOfCalls())
				.waitDurationInOpenState(properties.waitInOpenState())
				.build())
			.timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(properties.callTimeout()).build()), BREAKER);
	}

	static WebClient directoryWebClient(DirectoryProperties properties) {
		ConnectionProvider pool = ConnectionProvider.builder("directory")
			.maxConnections(properties.maxConnections())
			.pendingAcquireTimeout(properties.pendingAcquireTimeout())
			.build();
		HttpClient http = HttpClient.create(pool)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.connectTimeout().toMillis())
			.responseTimeout(properties.responseTimeout());
		return WebClient.builder()
			.baseUrl(properties.uri().toString())
			.clientConnector(new ReactorClientHttpConnector(http))
			.defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE + ", " + MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.build();
	}

}
