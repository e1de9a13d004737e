package org.senim.platform.server;

import java.lang.reflect.Field;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Keeps client addresses out of Reactor Netty's own log lines. By default Reactor Netty
 * prefixes each with the channel, {@code [id, L:/local - R:/client-ip:port]}, so an error
 * or a debug line would name the tipster's address. The prefix is read once, from the
 * system property {@code reactor.netty.logChannelInfo}, when {@code ReactorNetty} is
 * first initialised: this sets it to {@code false} as the application starts, before any
 * server or client exists, and refuses to start if Reactor Netty was initialised earlier
 * with the prefix on (a test JVM, for instance, must set the property itself).
 */
public final class AnonymousServerLogs implements EnvironmentPostProcessor, Ordered {

	static final String LOG_CHANNEL_INFO = "reactor.netty.logChannelInfo";

	private static final String REACTOR_NETTY = "reactor.netty.ReactorNetty";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		System.setProperty(LOG_CHANNEL_INFO, "false");
		if (channelInfoLogged(application.getClassLoader())) {
			throw new IllegalStateException("Reactor Netty was initialised before " + LOG_CHANNEL_INFO
					+ " was set to false: its log lines would name client addresses. Start the JVM with -D"
					+ LOG_CHANNEL_INFO + "=false.");
		}
	}

	/**
	 * Whether Reactor Netty, now initialised, prefixes its log lines with the channel.
	 */
	static boolean channelInfoLogged(ClassLoader classLoader) {
		if (!ClassUtils.isPresent(REACTOR_NETTY, classLoader)) {
			return false;
		}
		try {
			Field field = ClassUtils.forName(REACTOR_NETTY, classLoader).getDeclaredField("LOG_CHANNEL_INFO");
			field.setAccessible(true);
			return field.getBoolean(null);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			// A Reactor Netty without the switch: nothing to check, the property is set.
			return false;
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
