package org.senim.gateway.admin;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

import org.senim.gateway.console.ConsoleController;
import org.senim.gateway.page.PageLanguage;

/**
 * {@code /admin/import}: an HSDS 3.0 file (a JSON array of services, each with its
 * organization and phones) uploaded with a form and relayed as it is to the directory's
 * import, which stores all of it or nothing. The result is a redirect with how many
 * services were stored; a refusal shows the page with every problem the directory found.
 */
@ConsoleController
class ImportController {

	static final String PATH = "/admin/import";

	private static final List<String> NOTICES = List.of("tooLarge", "refused");

	private final AdminDirectory directory;

	private final AdminProperties properties;

	ImportController(AdminDirectory directory, AdminProperties properties) {
		this.directory = directory;
		this.properties = properties;
	}

	@GetMapping(PATH)
	Rendering form(ServerWebExchange exchange) {
		String notice = exchange.getRequest().getQueryParams().getFirst("notice");
		String imported = exchange.getRequest().getQueryParams().getFirst("imported");
		Rendering.Builder<?> page = page();
		if (notice != null && NOTICES.contains(notice)) {
			page.modelAttribute("notice", notice);
		}
		if (imported != null && imported.matches("\\d{1,6}")) {
			page.modelAttribute("imported", Integer.parseInt(imported));
		}
		return page.build();
	}

	@PostMapping(PATH)
	Mono<Rendering> upload(ServerWebExchange exchange) {
		int max = (int) this.properties.importMaxSize().toBytes();
		return exchange.getMultipartData()
			.flatMap((parts) -> Mono.justOrEmpty(parts.getFirst("file")))
			.filter(FilePart.class::isInstance)
			.flatMap((file) -> read(file, max))
			.filter((bytes) -> bytes.length > 0)
			.flatMap((json) -> this.directory.importHsds(exchange, json).map((reply) -> {
				if (reply.isOk()) {
					return imported(exchange, reply.body().imported());
				}
				if (reply.is(400)) {
					return page().modelAttribute("problems", ImportProblem.of(reply.errors()))
						.status(HttpStatus.BAD_REQUEST)
						.build();
				}
				return AdminPages.seeOther(exchange, PATH, "refused");
			}))
			.defaultIfEmpty(page().modelAttribute("noFile", true).status(HttpStatus.BAD_REQUEST).build())
			.onErrorResume(DataBufferLimitException.class,
					(ex) -> Mono.just(AdminPages.seeOther(exchange, PATH, "tooLarge")));
	}

	private static Mono<byte[]> read(Part file, int max) {
		return DataBufferUtils.join(file.content(), max).map((buffer) -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return bytes;
		}).defaultIfEmpty(new byte[0]);
	}

	private Rendering.Builder<?> page() {
		return Rendering.view("admin-import")
			.modelAttribute("maxKilobytes", this.properties.importMaxSize().toKilobytes());
	}

	private static Rendering imported(ServerWebExchange exchange, int count) {
		String lang = PageLanguage.of(exchange.getRequest()).tag();
		String location = UriComponentsBuilder.fromPath(PATH)
			.queryParam("lang", lang)
			.queryParam("imported", count)
			.build()
			.toUriString();
		return Rendering.redirectTo(location).status(HttpStatus.SEE_OTHER).build();
	}

}
