package org.senim.directory.service;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** An organization (HSDS {@code organization}) with the Kazakhstan profile's names. */
@Table("organization")
public record OrganizationRow(@Id @Column("id") UUID id, @Column("name") String name, @Column("name_ru") String nameRu,
		@Column("name_kk") String nameKk, @Column("description") String description, @Column("sample") boolean sample,
		@Column("source") String source, @Column("assured_date") LocalDate assuredDate,
		@Column("status") String status) {

	public OrganizationRow withStatus(String newStatus) {
		return new OrganizationRow(this.id, this.name, this.nameRu, this.nameKk, this.description, this.sample,
				this.source, this.assuredDate, newStatus);
	}

	public boolean active() {
		return ServiceRow.ACTIVE.equals(this.status);
	}

}
