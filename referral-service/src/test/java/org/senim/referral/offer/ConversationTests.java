package org.senim.referral.offer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.senim.contracts.codes.ExploitationType;
import org.senim.contracts.codes.Priority;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationTests {

	@Test
	void reachesEveryOpenOfferWhileNobodyHasAccepted() {
		Referral first = referral(ReferralStatus.OFFERED);
		Referral second = referral(ReferralStatus.OFFERED);
		Referral declined = referral(ReferralStatus.DECLINED);

		assertThat(Conversation.recipients(List.of(first, declined, second))).containsExactly(first, second);
	}

	@Test
	void reachesOnlyTheOrganizationThatAcceptedOnceOneHas() {
		Referral accepted = referral(ReferralStatus.ACCEPTED);
		Referral withdrawn = referral(ReferralStatus.WITHDRAWN);
		Referral offeredElsewhere = referral(ReferralStatus.OFFERED);

		assertThat(Conversation.recipients(List.of(withdrawn, accepted, offeredElsewhere))).containsExactly(accepted);
	}

	@Test
	void staysWithTheOrganizationAfterItClosedTheCase() {
		Referral closed = referral(ReferralStatus.CLOSED);

		assertThat(Conversation.recipients(List.of(referral(ReferralStatus.WITHDRAWN), closed)))
			.containsExactly(closed);
	}

	@Test
	void reachesNobodyWhileEveryOfferIsAnsweredOrRerouted() {
		assertThat(Conversation.recipients(List.of(referral(ReferralStatus.DECLINED), referral(ReferralStatus.REROUTED),
				referral(ReferralStatus.WITHDRAWN))))
			.isEmpty();
	}

	private static Referral referral(ReferralStatus status) {
		Instant now = Instant.now();
		return new Referral(UUID.randomUUID(), UUID.randomUUID(), "almaty", "almaty", UUID.randomUUID(),
				UUID.randomUUID(), Priority.NORMAL, List.of(), new TipAnswers(List.of(ExploitationType.OTHER), null,
						List.of(), null, null, null, false, false, null, null, null, false),
				"Other", "A description.", status, now, now.plusSeconds(1800));
	}

}
