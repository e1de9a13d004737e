package org.senim.gateway.page;

import java.util.Arrays;
import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

import org.senim.gateway.hotline.NationalHotlinesProperties;

/**
 * What every page shows: its language and the switch to the others, the quick exit, and
 * the national hotlines, which come from configuration so they show even when no service
 * answers.
 */
@ControllerAdvice(annotations = PageController.class)
class PageAttributes {

	private final PagesProperties pages;

	private final NationalHotlinesProperties hotlines;

	PageAttributes(PagesProperties pages, NationalHotlinesProperties hotlines) {
		this.pages = pages;
		this.hotlines = hotlines;
	}

	@ModelAttribute("lang")
	PageLanguage language(ServerWebExchange exchange) {
		return PageLanguage.of(exchange.getRequest());
	}

	@ModelAttribute("languages")
	List<PageLanguage> languages() {
		return Arrays.asList(PageLanguage.values());
	}

	@ModelAttribute("path")
	String path(ServerWebExchange exchange) {
		return exchange.getRequest().getPath().value();
	}

	@ModelAttribute("exitUrl")
	String exitUrl() {
		return this.pages.exitUrl().toString();
	}

	@ModelAttribute("nationalHotlines")
	List<NationalHotline> nationalHotlines(ServerWebExchange exchange) {
		String lang = PageLanguage.of(exchange.getRequest()).tag();
		return this.hotlines.entries()
			.stream()
			.map((hotline) -> new NationalHotline(hotline.name(lang), hotline.phone(), hotline.dial(),
					Boolean.TRUE.equals(hotline.free())))
			.toList();
	}

	/** A national hotline as the pages show it: a name and a number to tap. */
	public record NationalHotline(String name, String phone, String dial, boolean free) {

	}

}
