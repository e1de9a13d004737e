package org.senim.contracts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TopicsTests {

	@Test
	void namesReferralTopicAfterCitySlug() {
		assertThat(Topics.referralsOf("almaty")).isEqualTo("referrals.almaty");
		assertThat(Topics.referralsOf("ust-kamenogorsk")).isEqualTo("referrals.ust-kamenogorsk");
		assertThat(Topics.referralsOf(Topics.NATIONAL_TIER)).isEqualTo("referrals.national");
	}

	@Test
	void refusesNamesThatAreNotSlugs() {
		assertThatIllegalArgumentException().isThrownBy(() -> Topics.referralsOf("status"));
		assertThatIllegalArgumentException().isThrownBy(() -> Topics.referralsOf("almaty.x"));
		assertThatIllegalArgumentException().isThrownBy(() -> Topics.referralsOf(""));
	}

	@Test
	void patternMatchesCityTopicsButNotStatus() {
		assertThat(Topics.ALL_REFERRAL_TOPICS.matcher("referrals.almaty").matches()).isTrue();
		assertThat(Topics.ALL_REFERRAL_TOPICS.matcher("referrals.status").matches()).isFalse();
		assertThat(Topics.ALL_REFERRAL_TOPICS.matcher("referrals.almaty.DLT").matches()).isFalse();
	}

}
