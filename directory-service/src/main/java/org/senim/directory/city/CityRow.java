package org.senim.directory.city;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("city")
record CityRow(@Id @Column("slug") String slug, @Column("name_en") String nameEn, @Column("name_ru") String nameRu,
		@Column("name_kk") String nameKk, @Column("region") String region, @Column("latitude") double latitude,
		@Column("longitude") double longitude) {

	City toCity() {
		return new City(this.slug, new CityNames(this.nameEn, this.nameRu, this.nameKk), this.region, this.latitude,
				this.longitude);
	}

}
