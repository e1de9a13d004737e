package org.senim.gateway.ngo;

/**
 * What a worker can do with a referral from its case view, as the referral-service's
 * endpoints name them, with the one text field each takes.
 */
enum CaseAction {

	ACCEPT("accept", 0), DECLINE("decline", 500), CLOSE("close", 500), WRITE("messages", 2_000);

	private final String path;

	private final int maxText;

	CaseAction(String path, int maxText) {
		this.path = path;
		this.maxText = maxText;
	}

	String path() {
		return this.path;
	}

	/** The most characters the service takes (0: the action has no text). */
	int maxText() {
		return this.maxText;
	}

	/** The JSON body of the call, or {@code null} for accept. */
	Record body(String text) {
		return switch (this) {
			case ACCEPT -> null;
			case DECLINE -> new Decline(text);
			case CLOSE -> new Close(text);
			case WRITE -> new Message(text);
		};
	}

	record Decline(String reason) {
	}

	record Close(String outcome) {
	}

	record Message(String text) {

		@Override
		public String toString() {
			return "Message[hidden]";
		}

	}

}
