package org.senim.directory.city;

/** A city of the directory, as the public API shows it. */
public record City(String slug, CityNames names, String region, double latitude, double longitude) {

	private static final double EARTH_RADIUS_KM = 6371.0088;

	/** Great-circle (haversine) distance to another city, in kilometres. */
	public double distanceKmTo(City other) {
		double dLat = Math.toRadians(other.latitude - this.latitude);
		double dLon = Math.toRadians(other.longitude - this.longitude);
		double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(this.latitude))
				* Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
