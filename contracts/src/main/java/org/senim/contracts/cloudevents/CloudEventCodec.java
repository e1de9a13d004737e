package org.senim.contracts.cloudevents;

import java.io.IOException;
import java.time.ZoneOffset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.jackson.JsonFormat;

/**
 * The one codec of Senim's Kafka values: CloudEvents 1.0 in structured JSON mode with
 * JSON data. Thread-safe; create once and share.
 *
 * <p>
 * The CloudEvents SDK is built on Jackson 2, so the codec keeps its own Jackson 2 mapper
 * inside; nothing of it leaks to the services, which use Jackson 3 for HTTP.
 */
public final class CloudEventCodec {

	public static final String DATA_CONTENT_TYPE = "application/json";

	private final JsonFormat format = new JsonFormat();

	private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		// Newer producers may add fields; older consumers must still read the event.
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.setSerializationInclusion(JsonInclude.Include.NON_NULL);

	public <T> byte[] encode(SenimEvent<T> event) {
		CloudEvent cloudEvent = CloudEventBuilder.v1()
			.withId(event.id())
			.withType(event.type().type())
			.withSource(event.source())
			.withSubject(event.subject())
			.withTime(event.time().atOffset(ZoneOffset.UTC))
			.withDataContentType(DATA_CONTENT_TYPE)
			.withData(writeData(event.data()))
			.build();
		return this.format.serialize(cloudEvent);
	}

	/** Reads an event of any known type. */
	public SenimEvent<?> decode(byte[] value) {
		CloudEvent cloudEvent = readEnvelope(value);
		EventType<?> type = EventType.of(cloudEvent.getType())
			.orElseThrow(() -> new MalformedEventException("Unknown event type " + cloudEvent.getType()));
		return toEvent(cloudEvent, type);
	}

	/** Reads an event that must be of the expected type. */
	public <T> SenimEvent<T> decode(byte[] value, EventType<T> expected) {
		CloudEvent cloudEvent = readEnvelope(value);
		if (!expected.type().equals(cloudEvent.getType())) {
			throw new MalformedEventException(
					"Expected event type " + expected.type() + " but got " + cloudEvent.getType());
		}
		return toEvent(cloudEvent, expected);
	}

	private CloudEvent readEnvelope(byte[] value) {
		if (value == null || value.length == 0) {
			throw new MalformedEventException("Empty record value");
		}
		try {
			return this.format.deserialize(value);
		}
		catch (EventDeserializationException | IllegalStateException | IllegalArgumentException ex) {
			throw new MalformedEventException("Not a CloudEvent in structured JSON mode", ex);
		}
	}

	private <T> SenimEvent<T> toEvent(CloudEvent cloudEvent, EventType<T> type) {
		if (cloudEvent.getData() == null || cloudEvent.getTime() == null) {
			throw new MalformedEventException("Event " + cloudEvent.getId() + " has no data or no time");
		}
		try {
			T data = this.mapper.readValue(cloudEvent.getData().toBytes(), type.dataClass());
			if (data == null) {
				throw new MalformedEventException("Event " + cloudEvent.getId() + " has null data");
			}
			return new SenimEvent<>(cloudEvent.getId(), type, cloudEvent.getSource(), cloudEvent.getSubject(),
					cloudEvent.getTime().toInstant(), data);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof MalformedEventException malformed) {
				throw malformed;
			}
			throw new MalformedEventException("Event " + cloudEvent.getId() + " has unreadable data", ex);
		}
	}

	private byte[] writeData(Object data) {
		try {
			return this.mapper.writeValueAsBytes(data);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Event data cannot be written as JSON", ex);
		}
	}

}
