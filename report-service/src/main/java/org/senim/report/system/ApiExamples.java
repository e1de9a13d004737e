package org.senim.report.system;

/**
 * Examples of the public API's OpenAPI description (served at {@code /v3/api-docs}): an
 * invented, anonymized tip and the problems callers meet. No real person, place or
 * receipt.
 */
public final class ApiExamples {

	public static final String TIP = """
			{
			  "city": "Алматы",
			  "exploitationTypes": ["FORCED_LABOUR"],
			  "description": "На стройке за рынком живут и работают около десяти мужчин из соседней страны. Паспорта забрал бригадир, зарплату не платят третий месяц, за территорию их не выпускают.",
			  "industry": "CONSTRUCTION",
			  "controlMethods": ["WITHHOLDS_DOCUMENTS", "TAKES_EARNINGS", "RESTRICTS_MOVEMENT"],
			  "recruitment": "ACQUAINTANCE",
			  "venueType": "CONSTRUCTION_SITE",
			  "victimCount": 10,
			  "minorsInvolved": false,
			  "immediateDanger": false,
			  "victimNationality": "FOREIGN",
			  "language": "ru",
			  "reporterRole": "WITNESS",
			  "consentToPolice": true
			}""";

	public static final String TIP_ACCEPTED = """
			{"reportId": "3f6c2a9e-8b1d-4c7a-9e2f-5d4b3a2c1e0f", "receipt": "4821097356184420", "status": "RECEIVED"}""";

	public static final String RECEIPT = """
			{"receipt": "4821 0973 5618 4420"}""";

	public static final String MESSAGE = """
			{"receipt": "4821097356184420", "text": "Вчера туда привезли ещё троих, их держат в вагончике у ворот."}""";

	public static final String MESSAGE_POSTED = """
			{"messageId": "9a1e7c55-2f3b-4d8e-b6a0-7c2d1e4f5a6b", "at": "2026-03-14T09:12:44.120Z"}""";

	public static final String FOLLOW_UP = """
			{
			  "reportId": "3f6c2a9e-8b1d-4c7a-9e2f-5d4b3a2c1e0f",
			  "status": "ACCEPTED",
			  "history": [
			    {"status": "RECEIVED", "at": "2026-03-12T18:03:10.512Z"},
			    {"status": "ROUTED", "at": "2026-03-12T18:03:11.040Z"},
			    {"status": "ACCEPTED", "at": "2026-03-12T19:40:02.777Z"}
			  ],
			  "messages": [
			    {"id": "5b7d1c2e-3f4a-4b5c-8d6e-7f8091a2b3c4", "from": "CASEWORKER",
			     "text": "Спасибо. Мы передали информацию и работаем над этим. Если узнаете что-то ещё, напишите здесь.",
			     "at": "2026-03-13T08:15:00Z"},
			    {"id": "9a1e7c55-2f3b-4d8e-b6a0-7c2d1e4f5a6b", "from": "TIPSTER",
			     "text": "Вчера туда привезли ещё троих, их держат в вагончике у ворот.", "at": "2026-03-14T09:12:44.120Z"}
			  ]
			}""";

	public static final String VALIDATION_PROBLEM = """
			{"type": "https://senim.org/problems/validation", "title": "Invalid request content", "status": 400,
			 "detail": "The request was refused; see errors for each field.", "instance": "/api/reports",
			 "errors": [{"field": "description", "message": "is required"},
			            {"field": "exploitationTypes", "message": "must name at least one code"}]}""";

	public static final String UNKNOWN_CITY_PROBLEM = """
			{"type": "https://senim.org/problems/unknown-city", "title": "Unknown city", "status": 400,
			 "detail": "The request was refused; see errors for each field.", "instance": "/api/reports",
			 "errors": [{"field": "city", "message": "is not a city we know; see suggestions"}],
			 "suggestions": [{"slug": "aktau", "name": "Aktau"}, {"slug": "aktobe", "name": "Aktobe"}]}""";

	public static final String UNAUTHORIZED_PROBLEM = """
			{"type": "https://senim.org/problems/unauthorized", "title": "Unauthorized", "status": 401,
			 "detail": "The bearer token is missing, invalid or expired. Sign in again.", "instance": "/api/reports"}""";

	public static final String FORBIDDEN_PROBLEM = """
			{"type": "https://senim.org/problems/forbidden", "title": "Forbidden", "status": 403,
			 "detail": "Only hotline operators file tips while signed in. Tipsters send tips without signing in.",
			 "instance": "/api/reports"}""";

	public static final String NOT_FOUND_PROBLEM = """
			{"type": "https://senim.org/problems/not-found", "title": "Unknown receipt", "status": 404,
			 "detail": "No tip has this receipt. Check the 16 digits and try again.", "instance": "/api/reports/followup"}""";

	public static final String TOO_LARGE_PROBLEM = """
			{"type": "https://senim.org/problems/payload-too-large", "title": "Request too large", "status": 413,
			 "detail": "The request body is larger than this service accepts.", "instance": "/api/reports",
			 "errors": [{"field": "body", "message": "is too large"}]}""";

	public static final String IDEMPOTENCY_CONFLICT_PROBLEM = """
			{"type": "https://senim.org/problems/conflict", "title": "Idempotency-Key reused", "status": 422,
			 "detail": "The request was refused; see errors for each field.", "instance": "/api/reports",
			 "errors": [{"field": "Idempotency-Key", "message": "was already used for a different request"}]}""";

	public static final String UNAVAILABLE_PROBLEM = """
			{"type": "https://senim.org/problems/unavailable", "title": "Service temporarily unavailable", "status": 503,
			 "detail": "We cannot confirm the city right now, so your tip was not stored. Please try again in a few minutes. If someone is in danger, call the police trafficking hotline 11616 or the IOM hotline 8 800 080 00 15 (free of charge).",
			 "instance": "/api/reports", "hotlines": ["11616", "88000800015"]}""";

	private ApiExamples() {
	}

}
