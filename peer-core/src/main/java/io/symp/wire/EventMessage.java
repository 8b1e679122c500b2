package io.symp.wire;

import io.symp.app.Event;

/** One application event, flooded: forwarded to every other neighbour the first time it is seen. */
public record EventMessage(Event event) implements Message {
}
