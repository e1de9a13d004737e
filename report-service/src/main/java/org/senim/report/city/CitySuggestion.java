package org.senim.report.city;

/** A close match the directory offers for a city it does not know. */
public record CitySuggestion(String slug, String name) {

}
