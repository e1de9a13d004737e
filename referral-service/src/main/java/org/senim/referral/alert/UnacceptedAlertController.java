package org.senim.referral.alert;

import java.util.List;

import org.senim.referral.system.PageRequest;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The open unaccepted alerts, for directory admins (DIRECTORY_ADMIN); paged. */
@RestController
@RequestMapping("/api/referrals/alerts")
class UnacceptedAlertController {

	private final UnacceptedAlerts alerts;

	UnacceptedAlertController(UnacceptedAlerts alerts) {
		this.alerts = alerts;
	}

	@GetMapping
	Mono<ResponseEntity<List<UnacceptedAlert>>> open(@RequestParam(required = false) String size,
			@RequestParam(required = false) String cursor, ServerHttpRequest request) {
		PageRequest page = PageRequest.of(size, cursor);
		return this.alerts.open(page).map((found) -> found.toResponse(request, page));
	}

}
