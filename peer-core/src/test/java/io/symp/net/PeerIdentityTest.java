package io.symp.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.core.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerIdentityTest {
    /** Written by {@code openssl genpkey -algorithm ed25519}; its public key from {@code openssl pkey -pubout}. */
    private static final String OPENSSL_PEM = "-----BEGIN PRIVATE KEY-----\n"
            + "MC4CAQAwBQYDK2VwBCIEIJfwHxI3W8O8IN0ResWkngjvIMFgD49Pjoz26ai79ztF\n"
            + "-----END PRIVATE KEY-----\n";
    private static final String OPENSSL_PUBLIC = "dd442b86f3307e2d464f154bb06fcce8e86450533d09c32790254d05ec0fe5ff";

    @TempDir Path dir;

    @Test
    void shouldReadAKeyOpenSslWroteAndDeriveItsPublicKey() throws Exception {
        Path file = dir.resolve("openssl.pem");
        Files.writeString(file, OPENSSL_PEM);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        PeerIdentity key = PeerIdentity.load(file);
        assertArrayEquals(HexFormat.of().parseHex(OPENSSL_PUBLIC), key.publicKeyBytes());
        assertEquals(PeerIdentity.idOf(key.publicKeyBytes()), key.id());
        assertArrayEquals(key.publicKeyBytes(), PeerIdentity.rawEd25519(key.publicKey()));
    }

    @Test
    void shouldCreateOnFirstUseWithMode0600AndKeepTheSameIdAfter() throws Exception {
        Path file = dir.resolve("peer.pem");
        PeerIdentity created = PeerIdentity.loadOrCreate(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(created.id(), PeerIdentity.loadOrCreate(file).id(), "the same id on every start");
        assertNotEquals(created.id(), PeerIdentity.generate().id());
        assertTrue(created.id() > 0, "63-bit ids");
    }

    @Test
    void shouldRefuseAFileOthersCanReadOrThatHoldsNoKey() throws Exception {
        Path file = dir.resolve("open.pem");
        PeerIdentity.generate().write(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        UserError readable = assertThrows(UserError.class, () -> PeerIdentity.load(file));
        assertTrue(readable.getMessage().contains("chmod 600"), readable.getMessage());
        Path junk = dir.resolve("junk.pem");
        Files.writeString(junk, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        Files.setPosixFilePermissions(junk, PosixFilePermissions.fromString("rw-------"));
        assertThrows(UserError.class, () -> PeerIdentity.load(junk));
        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> PeerIdentity.generate().write(file),
                "never replaces a file");
    }
}
