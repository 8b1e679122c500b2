package io.symp.wire;

import io.symp.app.Event;
import io.symp.timeline.VersionVector;

/**
 * The binary form of every {@link Message} (docs/PROTOCOL.md): one kind byte, then the fields as
 * varints (unsigned LEB128), zigzag varints for signed values and fixed little-endian 64-bit
 * words for ids and hashes. The same encoding runs over TCP and sizes the simulator's traffic.
 */
public final class MessageCodec {
    static final int EVENT = 1;
    static final int SYNC = 2;
    static final int HAVE = 3;
    static final int SNAPSHOT = 4;
    static final int HASH = 5;
    static final int FORK = 6;
    static final int SNAPSHOT_NOTE = 7;
    static final int ORIGIN = 8;
    static final int EVENTS = 9;
    /** What an origin signs before an event's body: no other signed text starts so. */
    private static final byte[] EVENT_SIGNING_TAG = "symp event v1\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** What an origin signs before a batch's body. */
    private static final byte[] BATCH_SIGNING_TAG = "symp events v1\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private MessageCodec() {}

    /**
     * Encodes {@code m} within {@link WireLimits}, the limits the decoder applies: a version
     * vector lists at most {@link WireLimits#ORIGINS_MAX} origins, {@link WireLimits#ABOVE_MAX}
     * seqs above each, and no more than fits the frame (what is left out is only claimed as not
     * held, so a neighbour may send it again, never less); so the decoder never refuses a frame
     * this writes.
     *
     * @throws IllegalArgumentException for a message no frame can carry (a snapshot larger than
     *                                  {@link WireLimits#STATE_BYTES_MAX}, an event with more than
     *                                  {@link WireLimits#EVENT_ARGS_MAX} arguments, a negative
     *                                  type or a seq over {@link WireLimits#SEQ_MAX}, a clock state
     *                                  other than 0..2)
     */
    public static byte[] encode(Message m) {
        FrameWriter w = new FrameWriter(32);
        if (m instanceof EventMessage e) {
            w.byte1(EVENT);
            writeEvent(w, e.event());
            w.varint(e.leadTicks()).fixedBytes(e.signatureBytes());
        } else if (m instanceof EventBatchMessage b) {
            w.byte1(EVENTS);
            writeBatch(w, b.events());
            w.varint(b.leadTicks()).fixedBytes(b.signatureBytes());
        } else if (m instanceof SyncMessage s) {
            if (s.clockState() < 0 || s.clockState() > SyncMessage.SETTLED) {
                throw new IllegalArgumentException("clock state " + s.clockState());
            }
            w.byte1(SYNC).zigzag(s.networkNanos()).zigzag(s.sentClockNanos()).zigzag(s.echoClockNanos())
                    .zigzag(s.heldNanos()).byte1(s.clockState()).zigzag(s.echoQueuedNanos());
        } else if (m instanceof HaveMessage h) {
            w.byte1(HAVE).varint(h.tick());
            writeVector(w, h.held());
        } else if (m instanceof SnapshotMessage s) {
            if (s.region().length > WireLimits.STATE_BYTES_MAX) {
                throw new IllegalArgumentException("snapshot of " + s.region().length + " bytes exceeds "
                        + WireLimits.STATE_BYTES_MAX);
            }
            w.byte1(SNAPSHOT).varint(s.tick()).bytes(s.region());
            writeVector(w, s.covered());
        } else if (m instanceof HashMessage h) {
            w.byte1(HASH).varint(h.tick()).fixed64(h.hash()).varint(h.eventCount()).fixed64(h.eventDigest());
        } else if (m instanceof ForkMessage f) {
            w.byte1(FORK).fixed64(f.origin()).varint(f.fromSeq()).varint(f.toSeq() - f.fromSeq()).varint(f.tick());
        } else if (m instanceof OriginMessage o) {
            w.byte1(ORIGIN).fixedBytes(o.publicKey()).byte1(o.bound() ? 1 : 0);
            if (o.bound()) {
                w.fixedBytes(o.peerKey()).fixedBytes(o.peerSigned()).fixedBytes(o.originSigned());
            }
        } else if (m instanceof SnapshotNote n) {
            w.byte1(SNAPSHOT_NOTE).byte1(n.kind()).varint(n.tick()).fixed64(n.hash()).varint(n.eventCount())
                    .fixed64(n.eventDigest());
        }
        return w.toByteArray();
    }

    /**
     * Decodes one frame (without its length prefix).
     *
     * @throws MalformedFrameException whatever is wrong with it; nothing else is thrown
     */
    public static Message decode(byte[] frame, int offset, int length) throws MalformedFrameException {
        if (length > WireLimits.FRAME_BYTES_MAX) {
            throw new MalformedFrameException("frame of " + length + " bytes exceeds " + WireLimits.FRAME_BYTES_MAX);
        }
        FrameReader r = new FrameReader(frame, offset, length);
        int kind = r.byte1();
        Message m = switch (kind) {
            case EVENT -> new EventMessage(readEvent(r), r.count(Integer.MAX_VALUE, "event lead"),
                    r.fixedBytes(WireLimits.SIGNATURE_BYTES, "event signature"));
            case EVENTS -> readBatch(r);
            case SYNC -> new SyncMessage(r.zigzag(), r.zigzag(), r.zigzag(), r.zigzag(), clockState(r), r.zigzag());
            case HAVE -> {
                long tick = r.varint();
                yield new HaveMessage(readVector(r), tick);
            }
            case SNAPSHOT -> {
                long tick = r.varint();
                byte[] region = r.bytes(WireLimits.STATE_BYTES_MAX, "snapshot");
                yield new SnapshotMessage(tick, region, readVector(r));
            }
            case HASH -> new HashMessage(r.varint(), r.fixed64(), r.varint(), r.fixed64());
            case FORK -> readFork(r);
            case ORIGIN -> readOrigin(r);
            case SNAPSHOT_NOTE -> readSnapshotNote(r);
            default -> throw new MalformedFrameException("unknown message kind " + kind);
        };
        r.end();
        return m;
    }

    private static ForkMessage readFork(FrameReader r) throws MalformedFrameException {
        long origin = r.fixed64();
        long from = r.varint();
        long span = r.varint();
        long tick = r.varint();
        if (from < 1 || span < 0 || from + span < from || tick < 0) {
            throw new MalformedFrameException("fork of seqs " + from + " + " + span + " at tick " + tick);
        }
        return new ForkMessage(origin, from, from + span, tick);
    }

    private static OriginMessage readOrigin(FrameReader r) throws MalformedFrameException {
        byte[] key = r.fixedBytes(WireLimits.PUBLIC_KEY_BYTES, "origin key");
        int bound = r.byte1();
        if (bound == 0) {
            return new OriginMessage(key);
        }
        if (bound != 1) {
            throw new MalformedFrameException("origin binding flag " + bound + " (must be 0 or 1)");
        }
        return new OriginMessage(key, r.fixedBytes(WireLimits.PUBLIC_KEY_BYTES, "peer key"),
                r.fixedBytes(WireLimits.SIGNATURE_BYTES, "peer's binding signature"),
                r.fixedBytes(WireLimits.SIGNATURE_BYTES, "origin's binding signature"));
    }

    private static SnapshotNote readSnapshotNote(FrameReader r) throws MalformedFrameException {
        int kind = r.byte1();
        if (kind > SnapshotNote.UNKNOWN) {
            throw new MalformedFrameException("snapshot note of kind " + kind + " (must be 0..4)");
        }
        long tick = r.varint();
        long hash = r.fixed64();
        long count = r.varint();
        if (tick < 0 || count < 0) {
            throw new MalformedFrameException("snapshot note of tick " + tick + " with " + count + " events");
        }
        return new SnapshotNote(kind, tick, hash, count, r.fixed64());
    }

    private static int clockState(FrameReader r) throws MalformedFrameException {
        int b = r.byte1();
        if (b > SyncMessage.SETTLED) {
            throw new MalformedFrameException("clock state " + b + " (must be 0, 1 or 2)");
        }
        return b;
    }

    /** The encoded size of {@code m}, in bytes (what the simulator counts as traffic). */
    public static int size(Message m) {
        return encode(m).length;
    }

    /**
     * What an event's origin signs: a tag, then the event's body exactly as EVENT carries it
     * (tick, origin, seq, type, arguments). The one canonical encoding: signer and verifier both
     * call this.
     *
     * @throws IllegalArgumentException for an event no frame can carry
     */
    public static byte[] signedBytes(Event e) {
        FrameWriter w = new FrameWriter(EVENT_SIGNING_TAG.length + 32 + 10 * e.argCount());
        w.fixedBytes(EVENT_SIGNING_TAG);
        writeEvent(w, e);
        return w.toByteArray();
    }

    /**
     * What an origin signs for a batch: a tag, then the batch's body exactly as EVENTS carries it
     * (origin, count, each event; not the lead).
     *
     * @throws IllegalArgumentException for events no batch can carry
     */
    public static byte[] signedBytes(java.util.List<Event> batch) {
        FrameWriter w = new FrameWriter(BATCH_SIGNING_TAG.length + 16 + 24 * batch.size());
        w.fixedBytes(BATCH_SIGNING_TAG);
        writeBatch(w, batch);
        return w.toByteArray();
    }

    /** Origin, count, then each event's tick and seq as the step from the one before, type and arguments. */
    private static void writeBatch(FrameWriter w, java.util.List<Event> batch) {
        String problem = EventBatchMessage.problem(batch);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        w.fixed64(batch.get(0).origin()).varint(batch.size());
        long tick = 0;
        long seq = 0;
        for (Event e : batch) {
            checkEncodable(e);
            w.varint(e.tick() - tick).varint(e.seq() - seq).varint(e.type());
            ArgsCodec.write(w, e.args());
            tick = e.tick();
            seq = e.seq();
        }
    }

    private static EventBatchMessage readBatch(FrameReader r) throws MalformedFrameException {
        long origin = r.fixed64();
        int count = r.count(WireLimits.BATCH_EVENTS_MAX, "batch events");
        if (count < 2) {
            throw new MalformedFrameException("a batch of " + count + " events (2 to " + WireLimits.BATCH_EVENTS_MAX + ")");
        }
        java.util.List<Event> events = new java.util.ArrayList<>(count);
        long tick = 0;
        long seq = 0;
        for (int i = 0; i < count; i++) {
            long tickStep = r.varint();
            long seqStep = r.varint();
            int type = r.count(Integer.MAX_VALUE, "event type");
            io.symp.app.EventArgs args = ArgsCodec.read(r);
            // A step is a 64-bit varint: bounded before it is added, so no sum wraps.
            if (tickStep < 0 || seqStep < 1 || tickStep > Long.MAX_VALUE - tick || seqStep > WireLimits.SEQ_MAX - seq
                    || tick + tickStep < 1) {
                throw new MalformedFrameException("batch event " + i + " with tick step " + tickStep + " and seq step "
                        + seqStep + " (ticks >= 1 and never decreasing, seqs increasing up to " + WireLimits.SEQ_MAX + ")");
            }
            tick += tickStep;
            seq += seqStep;
            events.add(new Event(tick, origin, seq, type, args));
        }
        int lead = r.count(Integer.MAX_VALUE, "batch lead");
        return new EventBatchMessage(events, lead, r.fixedBytes(WireLimits.SIGNATURE_BYTES, "batch signature"));
    }

    private static void writeEvent(FrameWriter w, Event e) {
        checkEncodable(e);
        w.varint(e.tick()).fixed64(e.origin()).varint(e.seq()).varint(e.type());
        ArgsCodec.write(w, e.args());
    }

    /** Refuses an event no frame can carry: a negative type, too many arguments, a seq too high. */
    private static void checkEncodable(Event e) {
        if (e.type() < 0 || e.argCount() > WireLimits.EVENT_ARGS_MAX || e.seq() > WireLimits.SEQ_MAX) {
            throw new IllegalArgumentException("event of type " + e.type() + " with " + e.argCount()
                    + " arguments and seq " + e.seq());
        }
    }

    private static Event readEvent(FrameReader r) throws MalformedFrameException {
        long tick = r.varint();
        long origin = r.fixed64();
        long seq = r.varint();
        int type = r.count(Integer.MAX_VALUE, "event type");
        io.symp.app.EventArgs args = ArgsCodec.read(r);
        if (tick < 1 || seq < 1 || seq > WireLimits.SEQ_MAX) {
            throw new MalformedFrameException("event with tick " + tick + " and seq " + seq
                    + " (tick >= 1, seq 1.." + WireLimits.SEQ_MAX + ")");
        }
        return new Event(tick, origin, seq, type, args);
    }

    /** Writes {@code v}, bounded by the origin and seq counts and by what is left of the frame. */
    private static void writeVector(FrameWriter w, VersionVector v) {
        long[] origins = v.origins();
        // Room for the origin count itself, then origins as long as they fit.
        long room = WireLimits.FRAME_BYTES_MAX - w.size() - 5L;
        FrameWriter body = new FrameWriter(16 + 24 * Math.min(origins.length, 1024));
        int written = 0;
        long aboveLeft = WireLimits.ABOVE_TOTAL_MAX;
        for (int i = 0; i < origins.length && written < WireLimits.ORIGINS_MAX; i++) {
            // Claiming less than is held is safe (a neighbour may resend); more than SEQ_MAX is refused.
            long watermark = Math.min(v.watermark(origins[i]), WireLimits.SEQ_MAX);
            long fixedBytes = 8 + FrameWriter.varintBytes(watermark) + 5;
            if (body.size() + fixedBytes > room) {
                break;
            }
            long[] above = v.above(origins[i]);
            int n = 0;
            long bytes = 0;
            long previous = watermark;
            while (n < above.length && n < WireLimits.ABOVE_MAX && n < aboveLeft && above[n] <= WireLimits.SEQ_MAX
                    && body.size() + fixedBytes + bytes + FrameWriter.varintBytes(above[n] - previous) <= room) {
                bytes += FrameWriter.varintBytes(above[n] - previous);
                previous = above[n];
                n++;
            }
            if (watermark == 0 && n == 0) {
                continue;
            }
            aboveLeft -= n;
            body.fixed64(origins[i]).varint(watermark).varint(n);
            previous = watermark;
            for (int j = 0; j < n; j++) {
                body.varint(above[j] - previous);
                previous = above[j];
            }
            written++;
        }
        w.varint(written).raw(body);
    }

    private static VersionVector readVector(FrameReader r) throws MalformedFrameException {
        VersionVector v = new VersionVector();
        int origins = r.count(WireLimits.ORIGINS_MAX, "origin count");
        long aboveLeft = WireLimits.ABOVE_TOTAL_MAX;
        for (int i = 0; i < origins; i++) {
            long origin = r.fixed64();
            long watermark = r.varint();
            if (watermark < 0 || watermark > WireLimits.SEQ_MAX) {
                throw new MalformedFrameException("watermark " + watermark + " outside 0.." + WireLimits.SEQ_MAX);
            }
            v.raiseWatermark(origin, watermark);
            int above = r.count(Math.min(WireLimits.ABOVE_MAX, aboveLeft), "seqs above the watermark");
            aboveLeft -= above;
            long seq = watermark;
            for (int j = 0; j < above; j++) {
                long step = r.varint();
                if (step < 1 || step > WireLimits.SEQ_MAX - seq) {
                    throw new MalformedFrameException("seqs above the watermark must increase up to "
                            + WireLimits.SEQ_MAX);
                }
                seq += step;
                v.add(origin, seq);
            }
        }
        return v;
    }
}
