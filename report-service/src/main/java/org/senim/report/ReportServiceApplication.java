package org.senim.report;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Anonymous tip intake: validates, encrypts and stores tips, then publishes them. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReportServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReportServiceApplication.class, args);
	}

}
