package org.senim.referral.stream;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

/**
 * How many live streams each token subject holds open on this instance, capped at
 * {@code senim.referral.stream.max-per-subject}: a stolen token or a runaway client
 * cannot open streams without end. Only subjects with an open stream are held, so the map
 * is as large as the streams are many.
 */
@Component
class StreamQuota {

	// A token without a subject shares one place with every other such token.
	private static final String NO_SUBJECT = "";

	private final Map<String, Integer> open = new ConcurrentHashMap<>();

	private final StreamProperties properties;

	StreamQuota(StreamProperties properties) {
		this.properties = properties;
	}

	/** A place for one more stream of the subject, or {@link TooManyStreamsException}. */
	Permit acquire(String subject) {
		String key = Objects.requireNonNullElse(subject, NO_SUBJECT);
		AtomicBoolean granted = new AtomicBoolean();
		this.open.compute(key, (name, count) -> {
			int current = (count != null) ? count : 0;
			if (current >= this.properties.maxPerSubject()) {
				return count;
			}
			granted.set(true);
			return current + 1;
		});
		if (!granted.get()) {
			throw new TooManyStreamsException(this.properties.maxPerSubject(), this.properties.refusalRetryAfter());
		}
		return new Permit(key);
	}

	/** The streams the subject holds open now. */
	int openFor(String subject) {
		return this.open.getOrDefault(Objects.requireNonNullElse(subject, NO_SUBJECT), 0);
	}

	/** One stream's place, given back once, however the stream ends. */
	final class Permit {

		private final String subject;

		private final AtomicBoolean released = new AtomicBoolean();

		private Permit(String subject) {
			this.subject = subject;
		}

		void release() {
			if (this.released.compareAndSet(false, true)) {
				StreamQuota.this.open.computeIfPresent(this.subject, (name, count) -> (count > 1) ? count - 1 : null);
			}
		}

	}

}
