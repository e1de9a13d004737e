package org.senim.gateway.pow;

import java.util.List;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import org.senim.contracts.ProblemTypes;
import org.senim.gateway.system.Problems;

/**
 * When proof of work is on, a tip is forwarded only with a solved, unused challenge in
 * the {@code X-Senim-Proof} header; otherwise 428 problem. Does nothing while it is off.
 */
@Component
public class ProofOfWorkGatewayFilterFactory
		extends AbstractGatewayFilterFactory<ProofOfWorkGatewayFilterFactory.Config> {

	static final String PROOF_HEADER = "X-Senim-Proof";

	private final Challenges challenges;

	private final ProofOfWorkProperties properties;

	public ProofOfWorkGatewayFilterFactory(Challenges challenges, ProofOfWorkProperties properties) {
		super(Config.class);
		this.challenges = challenges;
		this.properties = properties;
	}

	@Override
	public List<String> shortcutFieldOrder() {
		return List.of();
	}

	@Override
	public GatewayFilter apply(Config config) {
		return (exchange, chain) -> {
			if (!this.properties.enabled() || exchange.getRequest().getMethod() != HttpMethod.POST
					|| this.challenges.accept(exchange.getRequest().getHeaders().getFirst(PROOF_HEADER))) {
				return chain.filter(exchange);
			}
			return Problems.write(exchange.getResponse(), HttpStatus.PRECONDITION_REQUIRED,
					ProblemTypes.PROOF_OF_WORK_REQUIRED, "Proof of work required",
					"Please send the tip again from the form: it solves a small puzzle first. Nothing was saved.");
		};
	}

	public static class Config {

		@Override
		public String toString() {
			return "ProofOfWork[]";
		}

	}

}
