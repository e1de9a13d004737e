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
	Mono<ResponseEntity<HotlineList>> nationalHotlines(@RequestParam(required = false) String city,
			@RequestParam(defaultValue = "ru") String lang) {
		List<HotlineEntry> national = this.hotlines.entries()
			.stream()
			.map((hotline) -> new HotlineEntry(hotline.name(lang), hotline.phone(), hotline.dial(), hotline.free(),
					hotline.serviceTypes(), hotline.source()))
			.toList();
		return Mono.just(ResponseEntity.ok()
			.header(DEGRADED_HEADER, "directory-unavailable")
			.body(new HotlineList(city, national, List.of(), true)));
	}

	/**
	 * The directory's hotline list shape, with {@code degraded} telling the page why
	 * local ones are missing.
	 */
	record HotlineList(String city, List<HotlineEntry> national, List<HotlineEntry> local, boolean degraded) {
	}

	record HotlineEntry(String name, String phone, String dial, Boolean free, List<String> serviceTypes,
			String source) {
	}

}
