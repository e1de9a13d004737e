package org.senim.referral;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plain TCP proxy between the service and its PostgreSQL, so a test can take the
 * database away from the service alone (other tests share the server): {@link #cut()}
 * closes every open connection and, until {@link #restore()}, drops each new one as soon
 * as it is accepted, as a server that is going down does.
 */
public final class DatabaseProxy {

	private final String targetHost;

	private final int targetPort;

	private final ServerSocket server;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private final AtomicInteger dropped = new AtomicInteger();

	private volatile boolean cut;

	private DatabaseProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "database-proxy-" + this.server.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** A proxy on a free loopback port, forwarding to the host and port. */
	public static DatabaseProxy to(String host, int port) {
		try {
			return new DatabaseProxy(host, port);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not open the database proxy", ex);
		}
	}

	public int port() {
		return this.server.getLocalPort();
	}

	/** Takes the database away: open connections close, new ones are dropped. */
	public void cut() {
		this.cut = true;
		this.open.forEach(DatabaseProxy::closeQuietly);
		this.open.clear();
	}

	/** Brings the database back for new connections. */
	public void restore() {
		this.cut = false;
	}

	/** How many connections were dropped since the proxy started. */
	public int droppedConnections() {
		return this.dropped.get();
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				if (this.cut) {
					this.dropped.incrementAndGet();
					closeQuietly(client);
					continue;
				}
				connect(client);
			}
			catch (IOException ex) {
				// the next connection may work; the proxy lives as long as the test JVM
			}
		}
	}

	private void connect(Socket client) throws IOException {
		Socket upstream = new Socket();
		try {
			upstream.connect(new InetSocketAddress(this.targetHost, this.targetPort), 5000);
		}
		catch (IOException ex) {
			closeQuietly(client);
			throw ex;
		}
		this.open.add(client);
		this.open.add(upstream);
		pump(client, upstream);
		pump(upstream, client);
	}

	private void pump(Socket from, Socket to) {
		Thread pump = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// one side closed: close the other below
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.open.remove(from);
				this.open.remove(to);
			}
		}, "database-proxy-pump");
		pump.setDaemon(true);
		pump.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

}
