package org.senim.gateway.console;

import io.lettuce.core.RedisURI;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.session.config.ReactiveSessionRepositoryCustomizer;
import org.springframework.session.data.redis.ReactiveRedisSessionRepository;
import org.springframework.session.data.redis.config.annotation.SpringSessionRedisConnectionFactory;
import org.springframework.session.data.redis.config.annotation.web.server.EnableRedisWebSession;

/**
 * The consoles' sessions in Redis ({@code senim.gateway.sessions.store=redis}, the
 * production profile): a worker signed in through one gateway is signed in at every
 * other, and signing out anywhere ends the session everywhere. The security context, the
 * tokens and the CSRF token live only there, never in the browser; the session cookies
 * ({@link ConsoleSessionCookie}) stay as they are.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "senim.gateway.sessions.store", havingValue = "redis")
@EnableRedisWebSession(redisNamespace = SharedSessionConfiguration.NAMESPACE)
class SharedSessionConfiguration {

	static final String NAMESPACE = "senim:gateway:sessions";

	@Bean
	@SpringSessionRedisConnectionFactory
	LettuceConnectionFactory sessionRedis(SessionsProperties properties) {
		RedisURI uri = RedisURI.create(properties.redisUri());
		RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(uri.getHost(), uri.getPort());
		server.setDatabase(uri.getDatabase());
		if (uri.getPassword() != null) {
			server.setPassword(uri.getPassword());
		}
		if (uri.getUsername() != null) {
			server.setUsername(uri.getUsername());
		}
		LettuceClientConfiguration.LettuceClientConfigurationBuilder client = LettuceClientConfiguration.builder()
			.commandTimeout(properties.redisTimeout());
		if (uri.isSsl()) {
			client.useSsl();
		}
		return new LettuceConnectionFactory(server, client.build());
	}

	@Bean
	ReactiveSessionRepositoryCustomizer<ReactiveRedisSessionRepository> sessionTimeout(SessionsProperties properties) {
		return (repository) -> repository.setDefaultMaxInactiveInterval(properties.timeout());
	}

}
