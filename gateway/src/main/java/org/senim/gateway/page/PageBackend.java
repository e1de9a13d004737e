package org.senim.gateway.page;

import java.net.URI;
import java.time.Duration;

import io.netty.channel.ChannelOption;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A service the pages call themselves, with every timeout and pool size stated.
 *
 * <p>
 * The client sends only what each call sets: no header of the person's browser is ever
 * copied onto it, so the services learn nothing about who asked.
 */
public record PageBackend(@NotNull URI uri, @NotNull Duration connectTimeout, @NotNull Duration responseTimeout,
		@Min(1) int maxConnections) {

	public WebClient webClient(String name) {
		ConnectionProvider pool = ConnectionProvider.builder("pages-" + name)
			.maxConnections(this.maxConnections)
			.pendingAcquireTimeout(this.connectTimeout.plus(this.responseTimeout))
			.build();
		HttpClient http = HttpClient.create(pool)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) this.connectTimeout.toMillis())
			.responseTimeout(this.responseTimeout);
		return WebClient.builder()
			.baseUrl(this.uri.toString())
			.clientConnector(new ReactorClientHttpConnector(http))
			.defaultHeader(HttpHeaders.ACCEPT,
					MediaType.APPLICATION_JSON_VALUE + ", " + MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.defaultHeader(HttpHeaders.USER_AGENT, "senim-gateway")
			.build();
	}

}
