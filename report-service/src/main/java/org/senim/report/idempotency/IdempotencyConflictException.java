package org.senim.report.idempotency;

import java.util.List;

import org.senim.contracts.ProblemTypes;
import org.senim.report.system.FieldViolation;
import org.senim.report.system.InvalidInputException;

import org.springframework.http.HttpStatus;

/** The Idempotency-Key was used before with a different request: 422. */
public class IdempotencyConflictException extends InvalidInputException {

	public IdempotencyConflictException() {
		super(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.CONFLICT, "Idempotency-Key reused",
				List.of(new FieldViolation("Idempotency-Key", "was already used for a different request")));
	}

}
