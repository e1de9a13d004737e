package org.senim.gateway.console;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import org.senim.gateway.console.ConsoleTokens.SessionLapsedException;
import org.senim.gateway.page.PageLanguage;

/**
 * What every console page gets: its console, the signed-in person and the session's CSRF
 * token for its forms; and, when the session has lapsed, the way back to sign-in. First
 * of the advices, so a console's own catch-all never swallows a lapsed session.
 */
@ControllerAdvice(annotations = ConsoleController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAttributes {

	@ModelAttribute("console")
	Console console(ServerWebExchange exchange) {
		return ConsoleNotices.consoleOf(exchange);
	}

	@ModelAttribute("_csrf")
	Mono<CsrfToken> csrfToken(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return (token != null) ? token.doOnNext(
				(csrf) -> exchange.getAttributes().put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, csrf))
				: Mono.empty();
	}

	@ModelAttribute("staff")
	Mono<StaffMember> staff(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.filter(Authentication.class::isInstance)
			.map((principal) -> ((Authentication) principal).getPrincipal())
			.filter(OidcUser.class::isInstance)
			.map((user) -> StaffMember.of((OidcUser) user));
	}

	/** The session lapsed or the issuer refused to renew its token: sign in again. */
	@ExceptionHandler(SessionLapsedException.class)
	Mono<Rendering> lapsed(ServerWebExchange exchange) {
		Console console = ConsoleNotices.consoleOf(exchange);
		return exchange.getSession().flatMap((session) -> session.invalidate()).then(Mono.defer(() -> {
			if (console.isScriptPath(exchange.getRequest().getPath().value())) {
				return Mono.just(Rendering.view("console-fragments :: none").status(HttpStatus.UNAUTHORIZED).build());
			}
			String lang = PageLanguage.of(exchange.getRequest()).tag();
			return Mono.just(Rendering.redirectTo(console.home() + "?lang=" + lang).build());
		}));
	}

}
