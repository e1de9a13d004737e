package org.senim.gateway.page;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param exitUrl where the quick-exit button and the Escape key send a person: a neutral
 * site that says nothing about Senim
 * @param contentSecurityPolicy of every page: only this origin's scripts, styles and
 * forms
 * @param cityListLifetime how long the help page keeps the directory's list of cities
 * @param timeZone in which the pages show times (Kazakhstan has one, UTC+5, since 2024)
 * @param directory how the pages reach the directory-service
 * @param reports how the pages reach the report-service
 */
@Validated
@ConfigurationProperties("senim.gateway.pages")
public record PagesProperties(@NotNull URI exitUrl, @NotNull String contentSecurityPolicy,
		@NotNull Duration cityListLifetime, @NotNull ZoneId timeZone, @NotNull @Valid PageBackend directory,
		@NotNull @Valid PageBackend reports) {

}
