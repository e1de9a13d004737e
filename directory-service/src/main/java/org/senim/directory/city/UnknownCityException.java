package org.senim.directory.city;

import java.util.List;

import org.senim.contracts.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No city matches what was typed: 404 with the closest cities as {@code suggestions:
 * [{slug, name}]} (other services rely on this shape).
 */
public class UnknownCityException extends ErrorResponseException {

	public UnknownCityException(List<City> closest) {
		super(HttpStatus.NOT_FOUND, problem(closest), null);
	}

	private static ProblemDetail problem(List<City> closest) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No city of the directory matches the given name.");
		problem.setType(ProblemTypes.UNKNOWN_CITY);
		problem.setTitle("Unknown city");
		problem.setProperty("suggestions",
				closest.stream().map((city) -> new Suggestion(city.slug(), city.names().en())).toList());
		return problem;
	}

	/** A city the caller may have meant. */
	public record Suggestion(String slug, String name) {

	}

}
