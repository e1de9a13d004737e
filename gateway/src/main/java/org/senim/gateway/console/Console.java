package org.senim.gateway.console;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The staff consoles of DESIGN.md §7: each under its own path, for one role, with its own
 * sign-in, callback, sign-out and session cookie (sent to that path only), so a session
 * of one console is never a session of another and public pages never receive one.
 */
public enum Console {

	NGO("ngo", "NGO_WORKER", "/ngo/stream", "/ngo/referrals/*/row", "/ngo/referrals/*/thread"),

	POLICE("police", "POLICE_LIAISON", "/police/stream", "/police/escalations/*/row"),

	OPERATOR("operator", "HOTLINE_OPERATOR"),

	ADMIN("admin", "DIRECTORY_ADMIN");

	/** The gateway's client at the issuer, in Spring Security's terms. */
	public static final String REGISTRATION = "senim";

	private final String key;

	private final String role;

	private final List<String> scriptPaths;

	private final List<PathPattern> scriptPatterns;

	Console(String key, String role, String... scriptPaths) {
		this.key = key;
		this.role = role;
		this.scriptPaths = List.of(scriptPaths);
		this.scriptPatterns = this.scriptPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

	/** The name in paths, message keys and templates: {@code ngo}, {@code police} … */
	public String key() {
		return this.key;
	}

	/** The role the console is for, without the {@code ROLE_} prefix. */
	public String role() {
		return this.role;
	}

	/** {@code /ngo}: the session cookie's path. */
	public String path() {
		return "/" + this.key;
	}

	/** {@code /ngo/}: the console's first page, where sign-in leads. */
	public String home() {
		return path() + "/";
	}

	public String signIn() {
		return path() + "/sign-in/" + REGISTRATION;
	}

	public String callback() {
		return path() + "/callback";
	}

	public String signOut() {
		return path() + "/sign-out";
	}

	public String signedOut() {
		return path() + "/signed-out";
	}

	public String signInFailed() {
		return path() + "/sign-in-failed";
	}

	/** A form without the session's CSRF token. */
	public String refused() {
		return path() + "/refused";
	}

	/** Signed in, but without the console's role. */
	public String forbidden() {
		return path() + "/forbidden";
	}

	public String cookieName() {
		return "SENIM_" + name() + "_SESSION";
	}

	/**
	 * The addresses the page's script calls (a live stream, a fragment): a lapsed session
	 * there is a 401 the script reports, not a redirect to the issuer.
	 */
	public String[] scriptPaths() {
		return this.scriptPaths.toArray(String[]::new);
	}

	public boolean isScriptPath(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return this.scriptPatterns.stream().anyMatch((pattern) -> pattern.matches(container));
	}

	/** The console a request path belongs to: {@code /ngo} and everything under it. */
	public static Optional<Console> of(String path) {
		return Arrays.stream(values())
			.filter((console) -> path.equals(console.path()) || path.startsWith(console.path() + "/"))
			.findFirst();
	}

}
