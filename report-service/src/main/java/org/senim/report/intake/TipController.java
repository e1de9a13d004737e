package org.senim.report.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.senim.report.system.ApiExamples;
import org.senim.report.system.OpenApiConfiguration;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/reports}: anonymous tips. Reads nothing of the request but its body,
 * an optional {@code Idempotency-Key} and, for a hotline operator filing a tip for a
 * caller, the bearer token's role: no client address, no forwarding header, no cookie.
 */
@RestController
class TipController {

	private final TipIntake intake;

	TipController(TipIntake intake) {
		this.intake = intake;
	}

	@PostMapping(path = "/api/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Submit an anonymous tip",
			description = "Stores the tip encrypted and answers with a 16-digit receipt, shown only once: the only way "
					+ "to follow the tip up. No token: an anonymous tipster. A hotline operator filing for a caller "
					+ "sends a bearer token (scheme " + OpenApiConfiguration.OPERATOR_TOKEN
					+ ") with role HOTLINE_OPERATOR and reads the receipt out to the caller.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The tip",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = TipForm.class),
					examples = @ExampleObject(name = "tip",
							summary = "A witness reports forced labour on a building site", value = ApiExamples.TIP)))
	@ApiResponse(responseCode = "201", description = "Tip stored; the receipt is shown only this once",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = TipAccepted.class),
					examples = @ExampleObject(name = "accepted", value = ApiExamples.TIP_ACCEPTED)))
	@ApiResponse(responseCode = "400", description = "Invalid tip, malformed body or unknown city",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class),
					examples = { @ExampleObject(name = "validation", value = ApiExamples.VALIDATION_PROBLEM),
							@ExampleObject(name = "unknown-city", value = ApiExamples.UNKNOWN_CITY_PROBLEM) }))
	@ApiResponse(responseCode = "401", description = "A bearer token was sent but is invalid or expired",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class),
					examples = @ExampleObject(name = "unauthorized", value = ApiExamples.UNAUTHORIZED_PROBLEM)))
	@ApiResponse(responseCode = "403", description = "A valid token without role HOTLINE_OPERATOR",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class),
					examples = @ExampleObject(name = "forbidden", value = ApiExamples.FORBIDDEN_PROBLEM)))
	@ApiResponse(responseCode = "413", description = "Body larger than 64 KB",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class),
					examples = @ExampleObject(name = "too-large", value = ApiExamples.TOO_LARGE_PROBLEM)))
	@ApiResponse(responseCode = "422", description = "Idempotency-Key already used for a different tip",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class),
					examples = @ExampleObject(name = "idempotency-conflict",
							value = ApiExamples.IDEMPOTENCY_CONFLICT_PROBLEM)))
	@ApiResponse(responseCode = "503", description = "The city cannot be confirmed now; the tip was not stored",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class),
					examples = @ExampleObject(name = "unavailable", value = ApiExamples.UNAVAILABLE_PROBLEM)))
	Mono<ResponseEntity<TipAccepted>> submit(@Parameter(
			description = "Optional: a retry with the same key and body gets the first answer for 24 hours. At least "
					+ "128 random bits, 22 to 255 characters of A-Z a-z 0-9 - _ (16 random bytes in base64url); the "
					+ "replayed receipt is sealed under a key derived from it") @RequestHeader(
							name = IdempotentRequest.HEADER, required = false) String idempotencyKey,
			@RequestBody @Parameter(hidden = true) Mono<byte[]> body) {
		IdempotentRequest.check(idempotencyKey);
		return Filer.isOperator()
			.flatMap((operator) -> body.flatMap((bytes) -> this.intake.submit(TipReader.read(bytes),
					IdempotentRequest.of(idempotencyKey, bytes), operator)))
			.map((accepted) -> ResponseEntity.status(HttpStatus.CREATED)
				.cacheControl(CacheControl.noStore())
				.body(accepted));
	}

}
