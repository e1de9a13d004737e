package org.senim.report.city;

import java.util.List;

import org.senim.contracts.ProblemTypes;
import org.senim.report.system.FieldViolation;
import org.senim.report.system.InvalidInputException;

import org.springframework.http.HttpStatus;

/** The directory knows no such city: 400 naming {@code city}, with its suggestions. */
public class UnknownCityException extends InvalidInputException {

	public UnknownCityException(List<CitySuggestion> suggestions) {
		super(HttpStatus.BAD_REQUEST, ProblemTypes.UNKNOWN_CITY, "Unknown city",
				List.of(new FieldViolation("city", "is not a city we know; see suggestions")));
		getBody().setProperty("suggestions", List.copyOf(suggestions));
	}

}
