package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** symp keygen, --identity, --id and --secret-file as a user meets them. */
class SecureSessionCliTest {
    @TempDir Path dir;

    @Test
    void shouldWriteAnIdentityOnceAndNameItsIdWhenAskedAgain() throws Exception {
        Path file = dir.resolve("me.pem");
        CliTest.Result made = CliTest.run("keygen", file.toString());
        assertEquals(0, made.code(), made.err());
        assertTrue(made.out().matches("peer id \\d+ written to .*\\s*"), made.out());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String id = made.out().split(" ")[2];
        CliTest.Result again = CliTest.run("keygen", file.toString());
        assertEquals(2, again.code());
        assertEquals("symp keygen: " + file + " exists (peer id " + id + "); --force replaces it", again.err().strip());
        CliTest.Result forced = CliTest.run("keygen", "--force", "--json", file.toString());
        assertEquals(0, forced.code(), forced.err());
        assertTrue(forced.out().startsWith("{\"file\":"), forced.out());
        assertTrue(!forced.out().contains("\"" + id + "\""), "a new key, a new id");
    }

    @Test
    void shouldRefuseAClaimedIdInASecuredSessionOrBesideAnIdentity() throws Exception {
        Path secret = dir.resolve("secret");
        Files.writeString(secret, "s3cret\n");
        CliTest.Result secured = CliTest.run("peer", "--id", "4", "--secret-file", secret.toString(), "--until-tick", "1");
        assertEquals(2, secured.code());
        assertEquals(1, secured.err().strip().lines().count(), secured.err());
        assertTrue(secured.err().contains("--id claims an id, which a secured session does not allow"), secured.err());
        CliTest.Result both = CliTest.run("peer", "--id", "4", "--identity", dir.resolve("k.pem").toString(),
                "--until-tick", "1");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("--id and --identity do not go together"), both.err());
    }

    @Test
    void shouldNotCountASecretFilesTrailingNewline() {
        byte[] plain = "hunter2".getBytes();
        assertTrue(Arrays.equals(plain, PeerOptions.withoutTrailingNewlines("hunter2\n".getBytes())));
        assertTrue(Arrays.equals(plain, PeerOptions.withoutTrailingNewlines("hunter2\r\n".getBytes())));
        assertTrue(Arrays.equals(plain, PeerOptions.withoutTrailingNewlines(plain)));
        assertNotEquals(0, PeerOptions.withoutTrailingNewlines(" \n".getBytes()).length, "spaces are the user's");
    }
}
