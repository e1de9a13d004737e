package org.senim.platform.server;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.reactor.netty.NettyRouteProvider;
import org.springframework.context.annotation.Bean;

/**
 * The problems the Reactor Netty server answers itself ({@link MalformedRequestRoute}).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(NettyRouteProvider.class)
public final class ServerProblemsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MalformedRequestRoute malformedRequestRoute() {
		return new MalformedRequestRoute();
	}

}
