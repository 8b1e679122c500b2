package io.symp.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A man in the middle for tests: forwards every connection it accepts to a target over real
 * loopback TCP, records every byte both ways, and lets a test alter the bytes on the way.
 */
final class TcpProxy implements AutoCloseable {
    /** Changes {@code chunk} in place; {@code offset} is where it starts in its direction's stream. */
    interface Tamper {
        void apply(int connection, boolean towardsTarget, byte[] chunk, int length, long offset);
    }

    private final ServerSocket server;
    private final int targetPort;
    private final Tamper tamper;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> open = new ArrayList<>();
    private volatile boolean closed;

    TcpProxy(int targetPort, Tamper tamper) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.tamper = tamper;
        Thread accept = new Thread(this::acceptLoop, "proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Connections accepted so far. */
    int connections() {
        return connections.get();
    }

    /** Every byte that went through, both ways. */
    synchronized byte[] captured() {
        return captured.toByteArray();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket in = server.accept();
                Socket out = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                int n = connections.getAndIncrement();
                synchronized (this) {
                    open.add(in);
                    open.add(out);
                }
                pump(n, in, out, true);
                pump(n, out, in, false);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(int connection, Socket from, Socket to, boolean towardsTarget) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            long offset = 0;
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buf)) > 0; offset += n) {
                    tamper.apply(connection, towardsTarget, buf, n, offset);
                    synchronized (this) {
                        captured.write(buf, 0, n);
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // One side closed: close both below.
            }
            closeQuietly(from);
            closeQuietly(to);
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        synchronized (this) {
            open.forEach(TcpProxy::closeQuietly);
        }
    }
}
