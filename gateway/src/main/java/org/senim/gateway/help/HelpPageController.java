package org.senim.gateway.help;

import reactor.core.publisher.Mono;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import org.senim.gateway.page.PageController;
import org.senim.gateway.page.PageLanguage;

/**
 * {@code /}: whom to call. The national hotlines are on the page before anything is
 * asked; a city, in any spelling the directory knows, adds its services.
 */
@PageController
class HelpPageController {

	private static final int MAX_CITY_LENGTH = 100;

	private final HotlineFinder finder;

	HelpPageController(HotlineFinder finder) {
		this.finder = finder;
	}

	@GetMapping("/")
	Mono<String> help(@RequestParam(name = "city", required = false) String city,
			@ModelAttribute("lang") PageLanguage lang, Model model) {
		String typed = (city != null) ? city.strip() : "";
		if (typed.length() > MAX_CITY_LENGTH) {
			typed = typed.substring(0, MAX_CITY_LENGTH);
		}
		model.addAttribute("city", typed);
		Mono<HelpResult> result = typed.isEmpty() ? Mono.empty() : this.finder.find(typed, lang.tag());
		return this.finder.cityOptions(lang.tag())
			.doOnNext((options) -> model.addAttribute("cities", options))
			.then(result)
			.doOnNext((found) -> model.addAttribute("result", found))
			.thenReturn("help");
	}

}
