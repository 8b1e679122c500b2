package io.symp.net;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Whom a peer's TLS accepts, both as server and as client: a single Ed25519 certificate signed by
 * the session key (secured session) or by its own key (open session). No host names are checked:
 * peers have none; the peer id is checked against the certificate's key after the handshake
 * ({@link PeerChannelHandler}), and TLS itself proves the peer holds that key.
 */
final class PeerTrust extends X509ExtendedTrustManager {
    private final SessionAuthority authority;

    PeerTrust(SessionAuthority authority) {
        this.authority = authority;
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("no certificate");
        }
        X509Certificate leaf = chain[0];
        if (PeerIdentity.rawEd25519(leaf.getPublicKey()) == null) {
            throw new CertificateException("not an Ed25519 peer certificate");
        }
        try {
            leaf.verify(authority.issuerKeyFor(leaf));
        } catch (GeneralSecurityException e) {
            throw new CertificateException(authority.secured()
                    ? "certificate not signed by the session key (another secret, or none)"
                    : "certificate not self-signed (the other side has a session secret, this one has none)", e);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
