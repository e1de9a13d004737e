package org.senim.referral;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Triage, routing of tips to NGOs and shelters, offers and their live stream. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ReferralServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReferralServiceApplication.class, args);
	}

}
