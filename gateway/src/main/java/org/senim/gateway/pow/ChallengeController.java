package org.senim.gateway.pow;

import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Hands out proof-of-work challenges to the tip form; tells it when none is needed. */
@RestController
class ChallengeController {

	private final Challenges challenges;

	private final ProofOfWorkProperties properties;

	ChallengeController(Challenges challenges, ProofOfWorkProperties properties) {
		this.challenges = challenges;
		this.properties = properties;
	}

	@GetMapping("/api/reports/challenge")
	Mono<ResponseEntity<ChallengeResponse>> challenge() {
		ChallengeResponse body = this.properties.enabled() ? ChallengeResponse.required(this.challenges.issue())
				: ChallengeResponse.NOT_REQUIRED;
		return Mono.just(ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body));
	}

	record ChallengeResponse(boolean required, Challenges.Challenge challenge) {

		static final ChallengeResponse NOT_REQUIRED = new ChallengeResponse(false, null);

		static ChallengeResponse required(Challenges.Challenge challenge) {
			return new ChallengeResponse(true, challenge);
		}

	}

}
