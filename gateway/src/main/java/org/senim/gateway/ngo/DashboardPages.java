package org.senim.gateway.ngo;

import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.reactive.function.client.WebClientException;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import org.senim.gateway.ngo.Caseload.ReferralsUnavailableException;
import org.senim.gateway.ngo.DashboardTokens.SessionLapsedException;
import org.senim.gateway.page.PageLanguage;

/**
 * What every dashboard page gets: the session's CSRF token for its forms and the
 * signed-in worker; and a calm page for every error, never a stack trace or a 500.
 */
@ControllerAdvice(basePackageClasses = DashboardPages.class)
class DashboardPages {

	private static final Log logger = LogFactory.getLog(DashboardPages.class);

	/** The fragments of {@link DashboardSecurityConfiguration#SCRIPT_PATHS}. */
	private static final Pattern SCRIPT_ROWS = Pattern.compile("/ngo/referrals/[^/]+/(row|thread)");

	@ModelAttribute("_csrf")
	Mono<CsrfToken> csrfToken(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return (token != null) ? token.doOnNext(
				(csrf) -> exchange.getAttributes().put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, csrf))
				: Mono.empty();
	}

	@ModelAttribute("worker")
	Mono<Worker> worker(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.filter(Authentication.class::isInstance)
			.map((principal) -> ((Authentication) principal).getPrincipal())
			.filter(OidcUser.class::isInstance)
			.map((user) -> Worker.of((OidcUser) user));
	}

	/** The session lapsed or the issuer refused to renew its token: sign in again. */
	@ExceptionHandler(SessionLapsedException.class)
	Mono<Rendering> lapsed(ServerWebExchange exchange) {
		return exchange.getSession().flatMap((session) -> session.invalidate()).then(Mono.defer(() -> {
			if (isScriptCall(exchange)) {
				return Mono.just(Rendering.view("ngo-fragments :: none").status(HttpStatus.UNAUTHORIZED).build());
			}
			String lang = PageLanguage.of(exchange.getRequest()).tag();
			return Mono.just(Rendering.redirectTo("/ngo/?lang=" + lang).build());
		}));
	}

	@ExceptionHandler({ ReferralsUnavailableException.class, WebClientException.class, TimeoutException.class })
	Rendering unavailable(ServerWebExchange exchange) {
		return notice("unavailable", HttpStatus.SERVICE_UNAVAILABLE);
	}

	/** A malformed address (an id that is no UUID): there is nothing there. */
	@ExceptionHandler(ServerWebInputException.class)
	Rendering malformed() {
		return notFound();
	}

	/** Anything else: logged (path only), shown as a calm page that asks to try again. */
	@ExceptionHandler(RuntimeException.class)
	Rendering unexpected(RuntimeException ex, ServerWebExchange exchange) {
		logger.warn("Dashboard error on " + exchange.getRequest().getPath(), ex);
		return notice("unavailable", HttpStatus.SERVICE_UNAVAILABLE);
	}

	static Rendering notFound() {
		return notice("notFound", HttpStatus.NOT_FOUND);
	}

	static Rendering notice(String notice, HttpStatus status) {
		return Rendering.view("ngo-notice").modelAttribute("notice", notice).status(status).build();
	}

	private static boolean isScriptCall(ServerWebExchange exchange) {
		String path = exchange.getRequest().getPath().value();
		return path.equals("/ngo/stream") || SCRIPT_ROWS.matcher(path).matches();
	}

}
