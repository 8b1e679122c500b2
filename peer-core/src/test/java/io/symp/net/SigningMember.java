package io.symp.net;

import io.symp.app.AppIdentity;
import io.symp.app.Event;
import io.symp.peer.OriginKey;
import io.symp.timeline.VersionVector;
import io.symp.wire.EventMessage;
import io.symp.wire.HaveMessage;
import io.symp.wire.Message;
import io.symp.wire.MessageCodec;
import io.symp.wire.OriginMessage;
import java.io.IOException;

/**
 * A member of an open session, linked to one peer over real loopback TCP (TLS, HELLO), that
 * signs what a test tells it to with its own origin key, or sends anything unsigned or signed
 * for someone else. It reads and drops what the peer sends, and sends an empty HAVE every half
 * second so that the link never falls silent.
 */
final class SigningMember implements AutoCloseable {
    private final HostileClient client;
    private final OriginKey key;
    private final Thread reader;
    private final Thread keepalive;
    private volatile boolean closed;

    private SigningMember(HostileClient client, OriginKey key) {
        this.client = client;
        this.key = key;
        this.reader = new Thread(this::drain, "member-reader");
        this.keepalive = new Thread(this::keepAlive, "member-keepalive");
        reader.setDaemon(true);
        keepalive.setDaemon(true);
    }

    /** Links to the peer on {@code port} of open session {@code session} as a new peer with {@code key}. */
    static SigningMember link(int port, String session, AppIdentity app, OriginKey key) throws IOException {
        PeerIdentity identity = PeerIdentity.generate();
        HostileClient c = HostileClient.tls(port, identity, null);
        c.sendFrame(HostileClient.hello(session, app, TestPeers.FPS, identity.id()));
        byte[] reply = c.readFrame();
        if (reply == null || (reply[0] & 0xff) != Hello.KIND) {
            throw new IOException("not linked: " + (reply == null ? "closed" : "frame of kind " + (reply[0] & 0xff)));
        }
        SigningMember m = new SigningMember(c, key);
        m.reader.start();
        m.keepalive.start();
        return m;
    }

    OriginKey key() {
        return key;
    }

    /** Announces this member's origin key. */
    void announce() throws IOException {
        send(new OriginMessage(key.publicKey()));
    }

    /** Sends {@code e} signed with this member's key, whatever origin it names. */
    void sendSigned(Event e) throws IOException {
        send(new EventMessage(e, 0, key.sign(MessageCodec.signedBytes(e))));
    }

    synchronized void send(Message m) throws IOException {
        client.sendFrame(MessageCodec.encode(m));
    }

    private void drain() {
        try {
            while (!closed && client.readFrame() != null) {
                // Whatever the peer says is of no interest to this member.
            }
        } catch (IOException e) {
            // Closed.
        }
    }

    private void keepAlive() {
        try {
            while (!closed) {
                send(new HaveMessage(new VersionVector(), 0));
                Thread.sleep(500);
            }
        } catch (IOException | InterruptedException e) {
            // Closed.
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        keepalive.interrupt();
        client.close();
    }
}
