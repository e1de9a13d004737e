package org.senim.directory.city;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import org.springframework.data.repository.reactive.ReactiveSortingRepository;

interface CityRepository extends ReactiveCrudRepository<CityRow, String>, ReactiveSortingRepository<CityRow, String> {

}
