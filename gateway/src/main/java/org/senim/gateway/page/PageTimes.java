package org.senim.gateway.page;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Times on the pages, in the zone the pages are read in ({@code @pageTimes} in
 * templates).
 */
@Component("pageTimes")
public class PageTimes {

	private final DateTimeFormatter formatter;

	PageTimes(PagesProperties properties) {
		this.formatter = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(properties.timeZone());
	}

	public String format(Instant at) {
		return (at != null) ? this.formatter.format(at) : "";
	}

}
