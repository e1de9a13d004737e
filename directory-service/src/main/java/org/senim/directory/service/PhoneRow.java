package org.senim.directory.service;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A phone number of a service (HSDS {@code phone}). {@code dial} holds the digits to dial
 * inside Kazakhstan; {@code e164} is {@code null} for a short code.
 */
@Table("phone")
public record PhoneRow(@Id @Column("id") UUID id, @Column("service_id") UUID serviceId,
		@Column("display") String display, @Column("dial") String dial, @Column("e164") String e164,
		@Column("short_code") boolean shortCode, @Column("free_of_charge") boolean freeOfCharge) {

}
