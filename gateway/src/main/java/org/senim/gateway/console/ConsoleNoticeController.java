package org.senim.gateway.console;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;

/** Every console's calm notices around a session: signed out, sign-in failed, refused. */
@ConsoleController
class ConsoleNoticeController {

	private static final String CONSOLES = "/{console:ngo|police|operator|admin}";

	@GetMapping(CONSOLES + "/signed-out")
	Rendering signedOut() {
		return ConsoleNotices.notice("console.notice.signedOut", HttpStatus.OK);
	}

	@GetMapping(CONSOLES + "/sign-in-failed")
	Rendering signInFailed() {
		return ConsoleNotices.notice("console.notice.signInFailed", HttpStatus.UNAUTHORIZED);
	}

	/** A form without the session's CSRF token: nothing was changed. */
	@GetMapping(CONSOLES + "/refused")
	Rendering refused() {
		return ConsoleNotices.notice("console.notice.refused", HttpStatus.FORBIDDEN);
	}

	/** Signed in, but without the console's role. */
	@GetMapping(CONSOLES + "/forbidden")
	Rendering forbidden() {
		return ConsoleNotices.notice("console.notice.forbidden", HttpStatus.FORBIDDEN);
	}

	/** Any other address under a console: a page, not a problem body. */
	@GetMapping(CONSOLES + "/**")
	Rendering unknown() {
		return ConsoleNotices.notice("console.notice.notFound", HttpStatus.NOT_FOUND);
	}

}
