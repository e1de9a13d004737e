package org.senim.gateway.ngo;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;

import org.senim.gateway.page.PageController;

/** The dashboard's calm notices around a session: signed out, sign-in failed, refused. */
@PageController
class NoticeController {

	@GetMapping("/ngo/signed-out")
	Rendering signedOut() {
		return DashboardPages.notice("signedOut", HttpStatus.OK);
	}

	@GetMapping("/ngo/sign-in-failed")
	Rendering signInFailed() {
		return DashboardPages.notice("signInFailed", HttpStatus.UNAUTHORIZED);
	}

	/** A form without the session's CSRF token: nothing was changed. */
	@GetMapping("/ngo/refused")
	Rendering refused() {
		return DashboardPages.notice("refused", HttpStatus.FORBIDDEN);
	}

	/** Signed in, but not as an NGO worker. */
	@GetMapping("/ngo/forbidden")
	Rendering forbidden() {
		return DashboardPages.notice("forbidden", HttpStatus.FORBIDDEN);
	}

	/** Any other address under the dashboard: a page, not a problem body. */
	@GetMapping("/ngo/**")
	Rendering unknown() {
		return DashboardPages.notFound();
	}

}
