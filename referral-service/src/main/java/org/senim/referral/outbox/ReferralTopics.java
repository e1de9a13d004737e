package org.senim.referral.outbox;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;
import org.senim.contracts.Topics;
import org.senim.referral.system.KafkaSettings;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics this service produces to: one per seed city, the national tier, status
 * updates for the report-service, police escalations and the dead-letter topics of its
 * listeners. An offer to a city that came later gets its topic created before it is sent.
 */
@Configuration(proxyBeanMethods = false)
class ReferralTopics {

	/** Slugs of the 14 seed cities (docs/decisions.md "Cities and sample data"). */
	static final List<String> SEED_CITIES = List.of("astana", "aktobe", "aktau", "almaty", "zhezkazgan", "karaganda",
			"kokshetau", "kostanay", "kyzylorda", "petropavlovsk", "taldykorgan", "ust-kamenogorsk", "shymkent",
			"taraz");

	private final KafkaSettings settings;

	private final Set<String> declared = ConcurrentHashMap.newKeySet();

	ReferralTopics(KafkaSettings settings) {
		this.settings = settings;
	}

	@Bean
	KafkaAdmin.NewTopics referralServiceTopics() {
		Stream<String> cities = Stream.concat(SEED_CITIES.stream(), Stream.of(Topics.NATIONAL_TIER))
			.map(Topics::referralsOf);
		Stream<String> others = Stream.of(Topics.REFERRALS_STATUS, Topics.ESCALATIONS_POLICE,
				Topics.deadLetterOf(Topics.REPORTS_SUBMITTED), Topics.deadLetterOf(Topics.REPORTS_MESSAGES),
				Topics.deadLetterOf(Topics.DIRECTORY_CHANGES));
		NewTopic[] topics = Stream.concat(cities, others).map(this::topic).toArray(NewTopic[]::new);
		Stream.of(topics).map(NewTopic::name).forEach(this.declared::add);
		return new KafkaAdmin.NewTopics(topics);
	}

	@Bean
	TopicProvisioning topicProvisioning(KafkaAdmin admin) {
		return (topic) -> {
			if (this.declared.contains(topic)) {
				return Mono.empty();
			}
			return Mono.fromRunnable(() -> admin.createOrModifyTopics(topic(topic)))
				.subscribeOn(Schedulers.boundedElastic())
				.then(Mono.fromRunnable(() -> this.declared.add(topic)));
		};
	}

	private NewTopic topic(String name) {
		return TopicBuilder.name(name)
			.partitions(this.settings.partitions())
			.replicas(this.settings.replication())
			.build();
	}

	/** Makes sure a topic exists before the relay sends to it. */
	interface TopicProvisioning {

		Mono<Void> ensure(String topic);

	}

}
