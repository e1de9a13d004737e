package org.senim.directory.city;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("city_alias")
record CityAliasRow(@Id @Column("alias") String alias, @Column("city_slug") String citySlug) {

}
