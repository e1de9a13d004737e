package org.senim.directory.hotline;

import org.senim.directory.city.CityCatalog;
import org.senim.directory.system.CachedResponses;
import org.senim.directory.system.Language;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HotlineController {

	private final CityCatalog cities;

	private final HotlineCatalog hotlines;

	private final CachedResponses responses;

	HotlineController(CityCatalog cities, HotlineCatalog hotlines, CachedResponses responses) {
		this.cities = cities;
		this.hotlines = hotlines;
		this.responses = responses;
	}

	@GetMapping("/api/directory/hotlines")
	Mono<ResponseEntity<Hotlines>> hotlines(@RequestParam(name = "city", required = false) String city,
			@RequestParam(name = "lang", required = false) String lang, ServerHttpRequest request) {
		return Mono.fromCallable(() -> Language.of("lang", lang))
			.zipWith(this.cities.resolve("city", city))
			.flatMap((query) -> this.hotlines.hotlines(query.getT2(), query.getT1())
				.zipWith(this.hotlines.version(query.getT2(), query.getT1())))
			.map((found) -> this.responses.of(request, found.getT2(), found.getT1()));
	}

}
