package org.senim.directory.hotline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.senim.contracts.codes.ServiceType;

/**
 * One entry of the hotline finder.
 *
 * @param phone the number as people write it, {@code null} when the service has none
 * @param dial the digits to dial in Kazakhstan, {@code null} when the service has none
 * @param verifiedAt when the entry was last checked against its source, {@code null} if
 * never
 * @param sample whether this is demonstration data, not a real organization
 * @param stale whether nobody has verified the entry within the configured period
 */
public record Hotline(UUID id, String name, String organization, String phone, String dial, boolean free, String hours,
		List<String> languages, List<ServiceType> serviceTypes, String source, LocalDate verifiedAt, boolean sample,
		boolean stale) {

}
