package org.senim.gateway.throttle;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.netty.util.NetUtil;

/**
 * The proxies in front of the gateway whose {@code X-Forwarded-For} is believed, as CIDR
 * blocks ({@code 10.0.0.0/8}, {@code fd00::/8}, {@code 203.0.113.7}). Only when the TCP
 * peer is one of them is the header read, from the right: each proxy appends the address
 * it was called from, so the rightmost address that is no trusted proxy is the client,
 * and whatever a client wrote further left is ignored.
 */
final class TrustedProxies {

	private final List<Block> blocks;

	private TrustedProxies(List<Block> blocks) {
		this.blocks = List.copyOf(blocks);
	}

	/** Reads CIDR blocks; a malformed one is refused, so a typo never trusts everyone. */
	static TrustedProxies of(List<String> cidrs) {
		List<Block> blocks = new ArrayList<>();
		for (String cidr : (cidrs != null) ? cidrs : List.<String>of()) {
			if (cidr != null && !cidr.isBlank()) {
				blocks.add(Block.parse(cidr.strip()));
			}
		}
		return new TrustedProxies(blocks);
	}

	/**
	 * The client's address: the peer, unless the peer is a trusted proxy; then the
	 * rightmost address of {@code forwardedFor} (every header value, in order) that is no
	 * trusted proxy. An entry that is no IP address ends the walk at the hop that handed
	 * it on, so garbage never becomes a fresh key of its own.
	 */
	InetAddress clientOf(InetAddress peer, List<String> forwardedFor) {
		if (peer == null || !isTrusted(peer)) {
			return peer;
		}
		List<String> hops = new ArrayList<>();
		for (String value : forwardedFor) {
			Arrays.stream(value.split(",")).map(String::strip).filter((hop) -> !hop.isEmpty()).forEach(hops::add);
		}
		InetAddress client = peer;
		for (int i = hops.size() - 1; i >= 0; i--) {
			InetAddress hop = literal(hops.get(i));
			if (hop == null) {
				return client;
			}
			client = hop;
			if (!isTrusted(hop)) {
				return hop;
			}
		}
		return client;
	}

	boolean isTrusted(InetAddress address) {
		byte[] bytes = canonical(address).getAddress();
		return this.blocks.stream().anyMatch((block) -> block.contains(bytes));
	}

	/**
	 * An IP literal, never a name to look up; an optional port ({@code 1.2.3.4:5678},
	 * {@code [2001:db8::1]:443}) is dropped.
	 */
	static InetAddress literal(String text) {
		String address = text;
		if (address.startsWith("[") && address.indexOf(']') > 0) {
			address = address.substring(1, address.indexOf(']'));
		}
		else if (address.indexOf(':') > 0 && address.indexOf(':') == address.lastIndexOf(':')) {
			address = address.substring(0, address.indexOf(':'));
		}
		return NetUtil.createInetAddressFromIpAddressString(address);
	}

	/** An IPv4-mapped IPv6 address is the IPv4 address it maps. */
	static InetAddress canonical(InetAddress address) {
		if (address instanceof Inet6Address) {
			byte[] bytes = address.getAddress();
			boolean mapped = bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
			for (int i = 0; i < 10 && mapped; i++) {
				mapped = bytes[i] == 0;
			}
			if (mapped) {
				return NetUtil.createInetAddressFromIpAddressString((bytes[12] & 0xff) + "." + (bytes[13] & 0xff) + "."
						+ (bytes[14] & 0xff) + "." + (bytes[15] & 0xff));
			}
		}
		return address;
	}

	@Override
	public String toString() {
		return "TrustedProxies" + this.blocks;
	}

	private record Block(byte[] network, int prefix, String text) {

		static Block parse(String cidr) {
			int slash = cidr.indexOf('/');
			InetAddress address = NetUtil
				.createInetAddressFromIpAddressString((slash < 0) ? cidr : cidr.substring(0, slash));
			if (address == null) {
				throw new IllegalArgumentException("Not a CIDR block: " + cidr);
			}
			byte[] network = canonical(address).getAddress();
			int prefix;
			try {
				prefix = (slash < 0) ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("Not a CIDR block: " + cidr);
			}
			if (prefix < 0 || prefix > network.length * 8 || (address instanceof Inet4Address && prefix > 32)) {
				throw new IllegalArgumentException("Not a CIDR block: " + cidr);
			}
			return new Block(network, prefix, cidr);
		}

		boolean contains(byte[] address) {
			if (address.length != this.network.length) {
				return false;
			}
			int whole = this.prefix / 8;
			for (int i = 0; i < whole; i++) {
				if (address[i] != this.network[i]) {
					return false;
				}
			}
			int rest = this.prefix % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xff << (8 - rest)) & 0xff;
			return (address[whole] & mask) == (this.network[whole] & mask);
		}

		@Override
		public String toString() {
			return this.text;
		}

	}

}
