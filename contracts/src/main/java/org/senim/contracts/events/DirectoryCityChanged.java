package org.senim.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * A city of the directory, published on {@code directory.changes} keyed by the city slug,
 * so consumers can find the nearest city with help.
 */
public record DirectoryCityChanged(String slug, String nameEn, String nameRu, String nameKk, String region,
		double latitude, double longitude, Instant changedAt) {

}
