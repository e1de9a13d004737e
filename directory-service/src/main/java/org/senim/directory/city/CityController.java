package org.senim.directory.city;

import java.util.List;

import org.senim.directory.system.CachedResponses;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/directory/cities")
class CityController {

	private final CityCatalog catalog;

	private final CachedResponses responses;

	CityController(CityCatalog catalog, CachedResponses responses) {
		this.catalog = catalog;
		this.responses = responses;
	}

	@GetMapping
	Mono<ResponseEntity<List<City>>> cities(ServerHttpRequest request) {
		return Mono.zip(this.catalog.all(), this.catalog.version())
			.map((loaded) -> this.responses.of(request, loaded.getT2(), loaded.getT1()));
	}

	@GetMapping("/resolve")
	Mono<ResponseEntity<City>> resolve(@RequestParam(name = "q", required = false) String q,
			ServerHttpRequest request) {
		return this.catalog.resolve("q", q)
			.zipWith(this.catalog.version())
			.map((found) -> this.responses.of(request, found.getT2() + "-" + found.getT1().slug(), found.getT1()));
	}

}
