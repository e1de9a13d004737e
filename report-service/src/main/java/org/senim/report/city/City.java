package org.senim.report.city;

/** A city of the directory, as {@code /api/directory/cities/resolve} answers it. */
public record City(String slug, Names names, String region, double latitude, double longitude) {

	public record Names(String en, String ru, String kk) {

	}

}
