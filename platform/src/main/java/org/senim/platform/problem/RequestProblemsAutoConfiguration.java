package org.senim.platform.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.DispatcherHandler;

/** The problems every reactive service answers alike ({@link RequestProblemAdvice}). */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(DispatcherHandler.class)
public final class RequestProblemsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RequestProblemAdvice requestProblemAdvice() {
		return new RequestProblemAdvice();
	}

}
