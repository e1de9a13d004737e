package org.senim.gateway.hotline;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the hotline lookup with the national hotlines while the directory-service is
 * down or slow: a person in danger must always get a number to call.
 */
@RestController
class HotlineFallbackController {

	static final String DEGRADED_HEADER = "X-Senim-Degraded";

	private final NationalHotlinesProperties hotlines;

	HotlineFallbackController(NationalHotlinesProperties hotlines) {
		this.hotlines = hotlines;
	}

	@GetMapping("/fallback/hotlines")
	Mono<ResponseEntity<HotlineList>> nationalHotlines(@RequestParam(defaultValue = "ru") String lang) {
		List<HotlineEntry> national = this.hotlines.entries()
			.stream()
			.map((hotline) -> new HotlineEntry(hotline.name(lang), hotline.phone(), hotline.dial(), hotline.free(),
					List.of(), hotline.serviceTypes(), hotline.source(), false, true))
			.toList();
		return Mono.just(ResponseEntity.ok()
			.header(DEGRADED_HEADER, "directory-unavailable")
			.body(new HotlineList(null, national, List.of(), true)));
	}

	/**
	 * The directory's hotline list shape; {@code city} is left empty (only the directory
	 * resolves names) and {@code degraded} tells the page why local ones are missing.
	 */
	record HotlineList(Object city, List<HotlineEntry> national, List<HotlineEntry> local, boolean degraded) {
	}

	/**
	 * Not verified since the seed article, so {@code stale}, as the directory marks them.
	 */
	record HotlineEntry(String name, String phone, String dial, Boolean free, List<String> languages,
			List<String> serviceTypes, String source, boolean sample, boolean stale) {
	}

}
