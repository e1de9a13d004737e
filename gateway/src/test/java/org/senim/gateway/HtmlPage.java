package org.senim.gateway;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.unbescape.html.HtmlEscape;

/**
 * A rendered page read as a browser would: parsed as HTML (with the parser Thymeleaf
 * itself uses), so tests find a field's error by where it is, not by a substring of the
 * markup.
 */
final class HtmlPage {

	private final Document document;

	private HtmlPage(Document document) {
		this.document = document;
	}

	static HtmlPage parse(String html) {
		try {
			return new HtmlPage(new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(html));
		}
		catch (ParseException ex) {
			throw new AssertionError("The page is not readable HTML", ex);
		}
	}

	/** The {@code lang} attribute of the {@code html} element. */
	String lang() {
		return tags("html").get(0).attr("lang");
	}

	boolean hasId(String id) {
		return !all((element) -> id.equals(element.getAttributeValue("id"))).isEmpty();
	}

	Tag byId(String id) {
		List<Tag> found = all((element) -> id.equals(element.getAttributeValue("id")));
		if (found.size() != 1) {
			throw new AssertionError("Expected one element #" + id + " but found " + found.size());
		}
		return found.get(0);
	}

	List<Tag> tags(String name) {
		return all((element) -> element.elementNameMatches(name));
	}

	List<Tag> byClass(String cssClass) {
		return new Tag(this.document).byClass(cssClass);
	}

	/** The whole text of the page, as a reader sees it. */
	String text() {
		return new Tag(this.document).text();
	}

	List<Tag> all(Predicate<Element> matching) {
		return new Tag(this.document).all(matching);
	}

	/** An element of the page, or the whole document. */
	record Tag(INestableNode node) {

		String attr(String name) {
			String value = (this.node instanceof Element element) ? element.getAttributeValue(name) : null;
			return (value != null) ? HtmlEscape.unescapeHtml(value) : null;
		}

		boolean hasClass(String cssClass) {
			String classes = attr("class");
			return classes != null && Arrays.asList(classes.split("\\s+")).contains(cssClass);
		}

		/** The text inside, unescaped, with whitespace collapsed. */
		String text() {
			StringBuilder text = new StringBuilder();
			collectText(this.node, text);
			return text.toString().replaceAll("\\s+", " ").strip();
		}

		/**
		 * The text inside exactly as written, line breaks included (a textarea's value).
		 */
		String rawText() {
			StringBuilder text = new StringBuilder();
			collectText(this.node, text);
			return text.toString();
		}

		List<Tag> byClass(String cssClass) {
			return all((element) -> new Tag(element).hasClass(cssClass));
		}

		List<Tag> tags(String name) {
			return all((element) -> element.elementNameMatches(name));
		}

		/** The addresses of the links inside. */
		List<String> links() {
			return tags("a").stream().map((link) -> link.attr("href")).toList();
		}

		List<Tag> all(Predicate<Element> matching) {
			List<Tag> found = new ArrayList<>();
			collect(this.node, matching, found);
			return found;
		}

		private static void collect(INestableNode parent, Predicate<Element> matching, List<Tag> found) {
			for (INode child : parent.getChildren()) {
				if (child instanceof Element element) {
					if (matching.test(element)) {
						found.add(new Tag(element));
					}
					collect(element, matching, found);
				}
			}
		}

		private static void collectText(INestableNode parent, StringBuilder text) {
			for (INode child : parent.getChildren()) {
				if (child instanceof Text part) {
					text.append(HtmlEscape.unescapeHtml(part.getContent()));
				}
				else if (child instanceof INestableNode nested) {
					collectText(nested, text);
				}
			}
		}

	}

}
