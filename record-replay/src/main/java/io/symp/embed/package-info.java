/**
 * Running a symp peer inside a Java program: {@link io.symp.embed.SympPeer} is the one entry
 * point. Add {@code io.symp:record-replay} (it brings {@code io.symp:peer-core}) to the build,
 * write a {@link io.symp.app.SymmetricApp}, then:
 *
 * <pre>{@code
 * SympPeer peer = SympPeer.builder(new MyApp())
 *         .session("demo")                  // every peer of a network shares it
 *         .listen("127.0.0.1", 0)           // any free port: peer.port()
 *         .join("127.0.0.1", 7001)          // dial a neighbour (repeatable)
 *         .record(Path.of("me.symplog"))    // optional: for symp replay / bisect
 *         .start();
 * peer.addListener(new SympListener() {
 *     public void diverged(long tick, long ours, long theirs, long peerId) { ... }
 * });
 * peer.emit("move", 1, 0);                  // from any thread
 * TickState now = peer.latest();            // what to show now
 * TickState sure = peer.settled();          // what no late event can change
 * peer.close();                             // also finishes the recording
 * }</pre>
 *
 * <p>Recording needs no JVM flags. The peer's thread, clock, links and time machine stay
 * inside: states come out as copies, notifications as ids and ticks.
 */
package io.symp.embed;
