package org.senim.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request written byte for byte, for requests no HTTP client would send (an
 * address with malformed percent-encoding): the whole answer as text, and the local port
 * the request came from.
 */
public final class RawHttp {

	private RawHttp() {
	}

	public static Exchange send(int port, String requestLine) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new Exchange(socket.getLocalPort(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param clientPort the port the request was sent from
	 * @param response the status line, headers and body as received
	 */
	public record Exchange(int clientPort, String response) {

		public int status() {
			return Integer.parseInt(this.response.substring(9, 12));
		}

		public String body() {
			int end = this.response.indexOf("\r\n\r\n");
			return (end < 0) ? "" : this.response.substring(end + 4);
		}

		public String header(String name) {
			for (String line : this.response.substring(0, Math.max(0, this.response.indexOf("\r\n\r\n")))
				.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
					return line.substring(colon + 1).strip();
				}
			}
			return null;
		}

	}

}
