package io.symp.net;

import io.symp.app.AppIdentity;
import io.symp.wire.FrameReader;
import io.symp.wire.FrameWriter;
import io.symp.wire.MalformedFrameException;

/**
 * The first frame each side sends, inside TLS: who it is and what it runs. Two peers link only
 * when the protocol version, session, application (name, version, code hash, state size) and
 * tick rate all match, and their ids differ. The peer id is checked against the key the other
 * side proved in the TLS handshake ({@link PeerChannelHandler}).
 */
record Hello(int protocolVersion, String session, AppIdentity app, int fps, long peerId) {
    static final int KIND = 100;
    /**
     * 2: EVENT's lead. 3: FORK. 4: TLS 1.3 on every link, peer ids from keys, no AUTH frame.
     * 5: EVENT signed by its origin, ORIGIN announces origin keys; EVENT arguments may be text;
     * snapshots only when asked for and agreed (SNAPSHOT_NOTE).
     */
    static final int PROTOCOL_VERSION = 7;

    byte[] encode() {
        return new FrameWriter(96).byte1(KIND).varint(protocolVersion).text(session).text(app.name())
                .varint(app.version()).fixed64(app.codeHash()).varint(app.stateSize()).varint(fps)
                .fixed64(peerId).toByteArray();
    }

    static Hello decode(FrameReader r) throws MalformedFrameException {
        int version = r.count(Integer.MAX_VALUE, "protocol version");
        if (version != PROTOCOL_VERSION) {
            // Later fields may differ between versions: report the version, not a parse error.
            return new Hello(version, "", new AppIdentity("", 0, 0, 0), 0, 0);
        }
        String session = r.text("session");
        String app = r.text("app name");
        int appVersion = r.count(Integer.MAX_VALUE, "app version");
        long codeHash = r.fixed64();
        int stateSize = r.count(Integer.MAX_VALUE, "state size");
        int fps = r.count(100_000, "fps");
        long peerId = r.fixed64();
        r.end();
        return new Hello(version, session, new AppIdentity(app, appVersion, stateSize, codeHash), fps, peerId);
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
        if (theirs.peerId == peerId) {
            return "peer id " + Long.toUnsignedString(peerId) + " is our own";
        }
        return null;
    }
}
