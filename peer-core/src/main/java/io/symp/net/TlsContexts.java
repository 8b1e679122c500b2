package io.symp.net;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SslHandler;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;

/**
 * A peer's TLS 1.3, from the JDK provider: its own certificate (its identity key, certified by
 * the session authority), mutual authentication required, trust only in {@link PeerTrust}, no
 * host name verification. Netty's {@link SslHandler} runs a JDK {@link SSLEngine} made here:
 * Netty's own context builders are not used, because their class initialisation parses a
 * built-in RSA key, which with BouncyCastle on the class path costs seconds at start-up.
 */
final class TlsContexts {
    private static final String[] PROTOCOLS = {"TLSv1.3"};

    private final SSLContext context;

    TlsContexts(PeerIdentity identity, SessionAuthority authority) {
        X509Certificate cert = authority.certify(identity);
        try {
            context = SSLContext.getInstance("TLSv1.3");
            context.init(keyManager(identity, cert).getKeyManagers(), new TrustManager[] {new PeerTrust(authority)}, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS 1.3 with Ed25519 certificates", e);
        }
    }

    /** A handler for one connection: the client side when it was dialled, else the server side. */
    SslHandler newHandler(ByteBufAllocator alloc, boolean dialled) {
        SSLEngine engine = context.createSSLEngine();
        engine.setUseClientMode(dialled);
        SSLParameters params = engine.getSSLParameters();
        params.setProtocols(PROTOCOLS);
        params.setNeedClientAuth(true);
        params.setEndpointIdentificationAlgorithm(null);
        engine.setSSLParameters(params);
        return new SslHandler(engine);
    }

    static KeyManagerFactory keyManager(PeerIdentity identity, X509Certificate cert) {
        try {
            char[] password = new char[0];
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("peer", identity.privateKey(), password, new Certificate[] {cert});
            KeyManagerFactory f = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            f.init(store, password);
            return f;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot hold the peer's key for TLS", e);
        }
    }
}
