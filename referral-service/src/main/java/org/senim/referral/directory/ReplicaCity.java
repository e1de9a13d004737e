package org.senim.referral.directory;

/**
 * A city of the directory replica, with the coordinates routing measures distances by.
 */
public record ReplicaCity(String slug, double latitude, double longitude) {

}
