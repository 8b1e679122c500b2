package io.symp.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.SignatureException;
import java.security.cert.X509Certificate;
import java.util.Date;
import org.junit.jupiter.api.Test;

class SessionAuthorityTest {
    private static final long NO_EXPIRY_MS = 253_402_300_799_000L; // 9999-12-31T23:59:59Z

    @Test
    void shouldCertifyFrom1970ToNoExpiryWithTheSessionKey() throws Exception {
        SessionAuthority authority = SessionAuthority.of("a shared secret".getBytes(StandardCharsets.UTF_8));
        PeerIdentity peer = PeerIdentity.generate();
        X509Certificate cert = authority.certify(peer);
        assertEquals(new Date(0), cert.getNotBefore());
        assertEquals(new Date(NO_EXPIRY_MS), cert.getNotAfter());
        cert.verify(authority.issuerKeyFor(cert));
        assertThrows(SignatureException.class, () -> cert.verify(peer.publicKey()));
        assertEquals("CN=symp peer " + Long.toUnsignedString(peer.id()), cert.getSubjectX500Principal().getName());
    }

    @Test
    void shouldSelfSignInAnOpenSession() throws Exception {
        PeerIdentity peer = PeerIdentity.generate();
        X509Certificate cert = SessionAuthority.of(null).certify(peer);
        assertEquals(new Date(0), cert.getNotBefore());
        assertEquals(new Date(NO_EXPIRY_MS), cert.getNotAfter());
        cert.verify(peer.publicKey());
    }
}
