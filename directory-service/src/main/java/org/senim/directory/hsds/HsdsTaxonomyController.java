package org.senim.directory.hsds;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.senim.directory.hsds.SenimTaxonomy.Taxonomy;
import org.senim.directory.hsds.SenimTaxonomy.Term;
import org.senim.directory.system.InvalidRequestException;
import org.senim.directory.system.NotFoundException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/** The HSDS API's root (API info) and its taxonomy: the Senim service types. */
@RestController
@RequestMapping("/api/directory/hsds")
class HsdsTaxonomyController {

	static final String HSDS_VERSION = "3.0";

	@GetMapping({ "", "/" })
	ApiInfo apiInfo(ServerWebExchange exchange) {
		String openapi = UriComponentsBuilder.fromUri(exchange.getRequest().getURI())
			.replacePath("/v3/api-docs")
			.replaceQuery(null)
			.build()
			.toUriString();
		return new ApiInfo(HSDS_VERSION, openapi);
	}

	@GetMapping("/taxonomies")
	Mono<HsdsPage<Taxonomy>> taxonomies(@RequestParam(name = "page", defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage,
			@RequestParam(name = "format", required = false) String format,
			@RequestParam(name = "search", required = false) String search) {
		return Mono.fromCallable(() -> HsdsController.checkPaging(page, perPage, format))
			.map((checked) -> taxonomies(search))
			.map((all) -> HsdsPage.of(all, page, perPage));
	}

	@GetMapping(path = "/taxonomies", params = HsdsController.NDJSON)
	ResponseEntity<Flux<Taxonomy>> taxonomiesStream(@RequestParam(name = "search", required = false) String search) {
		return HsdsController.ndjson(Flux.defer(() -> Flux.fromIterable(taxonomies(search))));
	}

	@GetMapping("/taxonomies/{id}")
	Mono<Taxonomy> taxonomy(@PathVariable("id") UUID id) {
		return SenimTaxonomy.ID.equals(id) ? Mono.just(SenimTaxonomy.TAXONOMY)
				: Mono.error(new NotFoundException("taxonomy"));
	}

	@GetMapping("/taxonomy_terms")
	Mono<HsdsPage<Term>> terms(@RequestParam(name = "page", defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage,
			@RequestParam(name = "format", required = false) String format,
			@RequestParam(name = "search", required = false) String search,
			@RequestParam(name = "taxonomy_id", required = false) String taxonomyId) {
		return Mono.fromCallable(() -> HsdsController.checkPaging(page, perPage, format))
			.map((checked) -> terms(search, taxonomyId))
			.map((all) -> HsdsPage.of(all, page, perPage));
	}

	@GetMapping(path = "/taxonomy_terms", params = HsdsController.NDJSON)
	ResponseEntity<Flux<Term>> termsStream(@RequestParam(name = "search", required = false) String search,
			@RequestParam(name = "taxonomy_id", required = false) String taxonomyId) {
		return HsdsController.ndjson(Flux.defer(() -> Flux.fromIterable(terms(search, taxonomyId))));
	}

	@GetMapping("/taxonomy_terms/{id}")
	Mono<Term> term(@PathVariable("id") UUID id) {
		return Flux.fromIterable(SenimTaxonomy.TERMS)
			.filter((term) -> term.id().equals(id))
			.next()
			.switchIfEmpty(Mono.error(() -> new NotFoundException("taxonomy term")));
	}

	private static List<Taxonomy> taxonomies(String search) {
		checkSearch(search);
		return contains(SenimTaxonomy.TAXONOMY.name() + " " + SenimTaxonomy.TAXONOMY.description(), search)
				? List.of(SenimTaxonomy.TAXONOMY) : List.of();
	}

	private static List<Term> terms(String search, String taxonomyId) {
		checkSearch(search);
		UUID taxonomy = HsdsFilter.of(null, null, taxonomyId, null, null).taxonomyId();
		return SenimTaxonomy.TERMS.stream()
			.filter((term) -> taxonomy == null || taxonomy.equals(term.taxonomyId()))
			.filter((term) -> contains(term.code() + " " + term.name() + " " + term.description(), search))
			.toList();
	}

	private static void checkSearch(String search) {
		if (search != null && search.length() > HsdsFilter.MAX_SEARCH) {
			throw new InvalidRequestException("search", "must be at most " + HsdsFilter.MAX_SEARCH + " characters");
		}
	}

	private static boolean contains(String text, String search) {
		return search == null || search.isBlank()
				|| text.toLowerCase(Locale.ROOT).contains(search.strip().toLowerCase(Locale.ROOT));
	}

	/** The API information object of HSDS's openapi.json ({@code GET /}). */
	record ApiInfo(String version, @JsonProperty("openapi_url") String openapiUrl) {

	}

}
