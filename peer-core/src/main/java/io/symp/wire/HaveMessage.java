package io.symp.wire;

import io.symp.timeline.VersionVector;

/**
 * The events the sender holds, per origin, and its tick: sent on connect and periodically, so
 * each side sends the other exactly what it lacks.
 */
public record HaveMessage(VersionVector held, long tick) implements Message {
}
