package org.senim.gateway.page;

import java.util.List;
import java.util.Locale;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The languages of the pages. Chosen by {@code ?lang=}, else by the browser's
 * {@code Accept-Language}, else Russian, the language most people in every region of
 * Kazakhstan read. The choice travels in links and form addresses, never in a cookie.
 */
public enum PageLanguage {

	KK, RU, EN;

	public static final String PARAMETER = "lang";

	private static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"),
			Locale.ENGLISH);

	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

	public Locale locale() {
		return Locale.forLanguageTag(tag());
	}

	/** The page language of a request; reads {@code Accept-Language} only here. */
	public static PageLanguage of(ServerHttpRequest request) {
		PageLanguage asked = parse(request.getQueryParams().getFirst(PARAMETER));
		if (asked != null) {
			return asked;
		}
		try {
			List<Locale.LanguageRange> ranges = request.getHeaders().getAcceptLanguage();
			Locale best = Locale.lookup(ranges, SUPPORTED);
			PageLanguage preferred = (best != null) ? parse(best.getLanguage()) : null;
			return (preferred != null) ? preferred : RU;
		}
		catch (IllegalArgumentException ex) {
			// A malformed Accept-Language header is no reason to refuse a page.
			return RU;
		}
	}

	static PageLanguage parse(String tag) {
		if (tag == null) {
			return null;
		}
		return switch (tag.strip().toLowerCase(Locale.ROOT)) {
			case "kk", "kz" -> KK;
			case "ru" -> RU;
			case "en" -> EN;
			default -> null;
		};
	}

}
