package org.senim.report.intake;

import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/reports}: anonymous tips. Reads nothing of the request but its body
 * and an optional {@code Idempotency-Key}: no client address, no forwarding header, no
 * cookie.
 */
@RestController
class TipController {

	private final TipIntake intake;

	TipController(TipIntake intake) {
		this.intake = intake;
	}

	@PostMapping(path = "/api/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<TipAccepted>> submit(
			@RequestHeader(name = IdempotentRequest.HEADER, required = false) String idempotencyKey,
			@RequestBody Mono<byte[]> body) {
		IdempotentRequest.check(idempotencyKey);
		return body
			.flatMap((bytes) -> this.intake.submit(TipReader.read(bytes), IdempotentRequest.of(idempotencyKey, bytes)))
			.map((accepted) -> ResponseEntity.status(HttpStatus.CREATED)
				.cacheControl(CacheControl.noStore())
				.body(accepted));
	}

}
