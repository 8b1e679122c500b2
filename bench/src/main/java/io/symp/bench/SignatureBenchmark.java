package io.symp.bench;

import io.symp.app.Event;
import io.symp.peer.OriginKey;
import io.symp.wire.EventMessage;
import io.symp.wire.MalformedFrameException;
import io.symp.wire.Message;
import io.symp.wire.MessageCodec;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;

/**
 * What signing costs per event (docs/PERFORMANCE.md): Ed25519 sign and verify of a typical
 * event's signed bytes with BouncyCastle's RFC 8032 code (what symp uses) and with the JDK's
 * provider (the alternative measured), and encoding and decoding an EVENT with its signature
 * beside one whose signature is not checked (the codec's share).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@org.openjdk.jmh.annotations.State(Scope.Thread)
public class SignatureBenchmark {
    private OriginKey key;
    private Ed25519.PublicPoint point;
    private byte[] message;
    private byte[] bcSignature;
    private Signature jdkSigner;
    private Signature jdkVerifier;
    private byte[] jdkSignature;
    private EventMessage signed;
    private byte[] frame;
    private Event event;

    @Setup
    public void setUp() throws Exception {
        key = OriginKey.derived(1, 2);
        point = Ed25519.validatePublicKeyFullExport(key.publicKey(), 0);
        // A move event: tick, origin, seq, type and two arguments.
        event = new Event(150_000, key.origin(), 42, 0, 3, -1);
        message = MessageCodec.signedBytes(event);
        bcSignature = key.sign(message);
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        jdkSigner = Signature.getInstance("Ed25519");
        jdkSigner.initSign(pair.getPrivate());
        jdkVerifier = Signature.getInstance("Ed25519");
        jdkVerifier.initVerify(pair.getPublic());
        jdkSigner.update(message);
        jdkSignature = jdkSigner.sign();
        signed = new EventMessage(event, 25, bcSignature);
        frame = MessageCodec.encode(signed);
    }

    @Benchmark
    public byte[] bcSign() {
        return key.sign(MessageCodec.signedBytes(event));
    }

    @Benchmark
    public boolean bcVerify() {
        byte[] m = MessageCodec.signedBytes(event);
        return Ed25519.verify(bcSignature, 0, point, m, 0, m.length);
    }

    @Benchmark
    public byte[] jdkSign() throws Exception {
        jdkSigner.update(MessageCodec.signedBytes(event));
        return jdkSigner.sign();
    }

    @Benchmark
    public boolean jdkVerify() throws Exception {
        jdkVerifier.update(MessageCodec.signedBytes(event));
        return jdkVerifier.verify(jdkSignature);
    }

    @Benchmark
    public byte[] encodeSignedEvent() {
        return MessageCodec.encode(signed);
    }

    @Benchmark
    public Message decodeSignedEvent() throws MalformedFrameException {
        return MessageCodec.decode(frame, 0, frame.length);
    }
}
