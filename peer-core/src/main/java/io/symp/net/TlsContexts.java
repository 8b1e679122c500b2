package io.symp.net;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLException;

/**
 * The two TLS 1.3 contexts of a peer (accepting and dialling), from the JDK provider: the peer's
 * own certificate (its identity key, certified by the session authority), mutual authentication
 * required, trust only in {@link PeerTrust}, no host name verification.
 */
final class TlsContexts {
    private static final String[] PROTOCOLS = {"TLSv1.3"};

    final SslContext server;
    final SslContext client;

    TlsContexts(PeerIdentity identity, SessionAuthority authority) {
        X509Certificate cert = authority.certify(identity);
        KeyManagerFactory keys = keyManager(identity, cert);
        PeerTrust trust = new PeerTrust(authority);
        try {
            server = SslContextBuilder.forServer(keys).sslProvider(SslProvider.JDK).protocols(PROTOCOLS)
                    .trustManager(trust).clientAuth(ClientAuth.REQUIRE).build();
            client = SslContextBuilder.forClient().keyManager(keys).sslProvider(SslProvider.JDK).protocols(PROTOCOLS)
                    .trustManager(trust).endpointIdentificationAlgorithm(null).build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot set up TLS 1.3 with Ed25519 certificates", e);
        }
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
