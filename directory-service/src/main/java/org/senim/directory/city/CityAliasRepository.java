package org.senim.directory.city;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import org.springframework.data.repository.reactive.ReactiveSortingRepository;

interface CityAliasRepository
		extends ReactiveCrudRepository<CityAliasRow, String>, ReactiveSortingRepository<CityAliasRow, String> {

}
