package org.senim.gateway.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import org.senim.gateway.page.PageBackend;

/**
 * The directory admin page: how the gateway reaches the directory-service and the
 * referral-service's alerts on the signed-in administrator's behalf.
 *
 * @param pageSize organizations or services per page of a list
 * @param importMaxSize the largest HSDS file the page takes (the directory-service reads
 * no larger body)
 * @param directory the directory-service (HSDS read API and admin API)
 * @param alerts the referral-service's unaccepted-tip alerts
 */
@Validated
@ConfigurationProperties("senim.gateway.admin")
public record AdminProperties(@Min(1) @Max(AdminProperties.MAX_PAGE_SIZE) int pageSize, @NotNull DataSize importMaxSize,
		@NotNull @Valid PageBackend directory, @NotNull @Valid PageBackend alerts) {

	/** The most entries one page lists (the HSDS API itself stops at 200). */
	public static final int MAX_PAGE_SIZE = 50;

}
