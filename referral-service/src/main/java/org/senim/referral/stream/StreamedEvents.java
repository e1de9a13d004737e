package org.senim.referral.stream;

import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.senim.contracts.cloudevents.EventType;
import org.senim.contracts.cloudevents.SenimEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.codec.ServerSentEvent;

/**
 * What one live stream carries.
 *
 * @param types the event types it streams, live and replayed
 * @param visible whether the caller may see an event of the log
 * @param live the caller's events from now on
 * @param sse how an event is written as a server-sent event, or nothing when it is not to
 * be sent (its text can no longer be opened)
 */
public record StreamedEvents(Set<EventType<?>> types, Predicate<SenimEvent<?>> visible, Flux<SenimEvent<?>> live,
		Function<SenimEvent<?>, Mono<ServerSentEvent<?>>> sse) {

}
