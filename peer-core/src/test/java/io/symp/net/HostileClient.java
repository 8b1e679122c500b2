package io.symp.net;

import io.symp.app.AppIdentity;
import io.symp.wire.FrameWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A client that speaks symp's protocol over real loopback TCP, and misbehaves as a test tells it:
 * any key, any certificate authority (or none), any claimed id, any frame, from any local
 * address (127.x.y.z: Linux routes all of 127/8 to the loopback device).
 */
final class HostileClient implements AutoCloseable {
    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;

    private HostileClient(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(10_000);
        this.in = new DataInputStream(socket.getInputStream());
        this.out = new DataOutputStream(socket.getOutputStream());
    }

    /** A plain TCP connection, no TLS. */
    static HostileClient plain(String fromAddress, int port) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(fromAddress, 0));
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
        return new HostileClient(s);
    }

    /**
     * A TLS 1.3 connection presenting {@code key}'s certificate signed by the session key of
     * {@code secret} (null: self-signed); it trusts any server. Throws if the peer refuses.
     */
    static HostileClient tls(int port, PeerIdentity key, byte[] secret) throws IOException {
        try {
            X509Certificate cert = SessionAuthority.of(secret).certify(key);
            SSLContext ctx = SSLContext.getInstance("TLSv1.3");
            ctx.init(TlsContexts.keyManager(key, cert).getKeyManagers(), new TrustManager[] {new TrustAll()}, null);
            SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(), port);
            s.setEnabledProtocols(new String[] {"TLSv1.3"});
            s.startHandshake();
            HostileClient c = new HostileClient(s);
            // TLS 1.3: the server's verdict on our certificate comes with the first read.
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    void sendFrame(byte[] frame) throws IOException {
        out.writeInt(frame.length);
        out.write(frame);
        out.flush();
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next frame, or null when the other side closed the connection. */
    byte[] readFrame() throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (java.io.EOFException | javax.net.ssl.SSLException e) {
            return null;
        }
        byte[] frame = new byte[length];
        in.readFully(frame);
        return frame;
    }

    /** A HELLO as a peer of {@code app} with {@code peerId} would send it in session {@code session}. */
    static byte[] hello(String session, AppIdentity app, int fps, long peerId) {
        return new Hello(Hello.PROTOCOL_VERSION, session, app, fps, peerId).encode();
    }

    /** A version 2 HELLO (before TLS): what the old handshake's signing oracle answered. */
    static byte[] helloV2(String session, AppIdentity app, int fps, long peerId) {
        return new FrameWriter(96).byte1(Hello.KIND).varint(2).text(session).text(app.name())
                .varint(app.version()).fixed64(app.codeHash()).varint(app.stateSize()).varint(fps)
                .fixed64(peerId).byte1(1).bytes(new byte[16]).toByteArray();
    }

    /** Reads (and drops) frames until the other side closes: true, or {@code ms} pass: false. */
    boolean closedWithin(long ms) throws IOException {
        long deadline = System.nanoTime() + ms * 1_000_000;
        socket.setSoTimeout((int) ms);
        try {
            while (System.nanoTime() < deadline) {
                if (readFrame() == null) {
                    return true;
                }
            }
            return false;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    boolean isClosedByPeer() {
        try {
            return readFrame() == null;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // An attacker trusts anyone.
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // An attacker trusts anyone.
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
