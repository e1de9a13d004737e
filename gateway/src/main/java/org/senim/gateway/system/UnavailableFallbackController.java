package org.senim.gateway.system;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.senim.contracts.ProblemTypes;

/**
 * The circuit breakers' fallback for a service that is down or too slow: a 503 problem
 * that never claims a tip was received, and always names the hotlines.
 */
@RestController
class UnavailableFallbackController {

	@RequestMapping("/fallback/unavailable")
	Mono<ResponseEntity<ProblemDetail>> unavailable() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"This part of Senim is unavailable right now; nothing was saved. Please try again in a minute. "
						+ "If you or someone else is in danger, call the police hotline 11616 "
						+ "or the IOM hotline 8 800 080 00 15 (free of charge).");
		problem.setType(ProblemTypes.UNAVAILABLE);
		problem.setTitle("Service unavailable");
		return Mono.just(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header("Retry-After", "30")
			.header("Cache-Control", "no-store")
			.body(problem));
	}

}
