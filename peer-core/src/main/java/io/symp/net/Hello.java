package io.symp.net;

import io.symp.app.AppIdentity;
import io.symp.wire.FrameReader;
import io.symp.wire.FrameWriter;
import io.symp.wire.MalformedFrameException;

/**
 * The first frame each side sends: who it is and what it runs. Two peers link only when the
 * protocol version, session, application (name, version, code hash, state size) and tick rate
 * all match, and their ids differ. The nonce is what the other side must sign when the session
 * has a secret.
 */
record Hello(int protocolVersion, String session, AppIdentity app, int fps, long peerId, boolean secured,
             byte[] nonce) {
    static final int KIND = 100;
    /** 2: EVENT carries its lead (docs/PROTOCOL.md). */
    static final int PROTOCOL_VERSION = 3;
    static final int NONCE_BYTES = 16;

    byte[] encode() {
        return new FrameWriter(96).byte1(KIND).varint(protocolVersion).text(session).text(app.name())
                .varint(app.version()).fixed64(app.codeHash()).varint(app.stateSize()).varint(fps)
                .fixed64(peerId).byte1(secured ? 1 : 0).bytes(nonce).toByteArray();
    }

    static Hello decode(FrameReader r) throws MalformedFrameException {
        int version = r.count(Integer.MAX_VALUE, "protocol version");
        String session = r.text("session");
        String app = r.text("app name");
        int appVersion = r.count(Integer.MAX_VALUE, "app version");
        long codeHash = r.fixed64();
        int stateSize = r.count(Integer.MAX_VALUE, "state size");
        int fps = r.count(100_000, "fps");
        long peerId = r.fixed64();
        boolean secured = r.byte1() != 0;
        byte[] nonce = r.bytes(NONCE_BYTES, "nonce");
        r.end();
        return new Hello(version, session, new AppIdentity(app, appVersion, stateSize, codeHash), fps, peerId, secured, nonce);
    }

    /** Why {@code theirs} cannot link with this side, or null when it can. */
    String mismatch(Hello theirs) {
        if (theirs.protocolVersion != protocolVersion) {
            return "protocol version " + theirs.protocolVersion + ", ours is " + protocolVersion;
        }
        if (!theirs.session.equals(session)) {
            return "session '" + theirs.session + "', ours is '" + session + "'";
        }
        if (!theirs.app.equals(app)) {
            return "app " + theirs.app.describe() + ", ours is " + app.describe();
        }
        if (theirs.fps != fps) {
            return "fps " + theirs.fps + ", ours is " + fps;
        }
        if (theirs.secured != secured) {
            return secured ? "no session secret, ours needs one" : "a session secret, ours has none";
        }
        if (theirs.peerId == peerId) {
            return "peer id " + Long.toUnsignedString(peerId) + " is our own";
        }
        return null;
    }
}
