package io.symp.net;

import io.symp.app.AppIdentity;
import io.symp.wire.MalformedFrameException;
import io.symp.wire.Message;
import io.symp.wire.MessageCodec;
import io.symp.wire.SyncMessage;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A member that completed the handshake (it holds the secret, or the session is open) and then
 * misbehaves with well-formed protocol messages over real loopback TCP: what a peer's
 * neighbours can send it. Reads the victim's frames on its own thread unless told to never read
 * (a slow reader), keeping the victim's latest SYNC request to answer.
 */
final class HostileMember implements AutoCloseable {
    private final HostileClient client;
    private final AtomicReference<SyncMessage> lastRequest = new AtomicReference<>();
    private volatile boolean closedByVictim;
    private final Thread reader;

    private HostileMember(HostileClient client, boolean reads) {
        this.client = client;
        this.reader = new Thread(this::read, "hostile-member");
        reader.setDaemon(true);
        if (reads) {
            reader.start();
        }
    }

    /** Links to {@code port} as a member of {@code session} (null secret: an open session). */
    static HostileMember link(int port, String session, byte[] secret, AppIdentity app, boolean reads)
            throws IOException {
        PeerIdentity key = PeerIdentity.generate();
        HostileClient c = HostileClient.tls(port, key, secret);
        c.sendFrame(HostileClient.hello(session, app, TestPeers.FPS, key.id()));
        byte[] hello = c.readFrame();
        if (hello == null || (hello[0] & 0xff) != Hello.KIND) {
            throw new IOException("not linked");
        }
        return new HostileMember(c, reads);
    }

    void send(Message m) throws IOException {
        client.sendFrame(MessageCodec.encode(m));
    }

    void sendFrame(byte[] frame) throws IOException {
        client.sendFrame(frame);
    }

    /** The victim's latest SYNC request (no echo), or null. */
    SyncMessage lastRequest() {
        return lastRequest.get();
    }

    boolean closedByVictim() {
        return closedByVictim;
    }

    private void read() {
        try {
            while (true) {
                byte[] frame = client.readFrame();
                if (frame == null) {
                    break;
                }
                Message m = MessageCodec.decode(frame, 0, frame.length);
                if (m instanceof SyncMessage s && !s.hasEcho()) {
                    lastRequest.set(s);
                }
            }
        } catch (IOException | MalformedFrameException e) {
            // Closed, or our own close.
        }
        closedByVictim = true;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
