/**
 * The application API: everything an application author needs, and nothing else.
 *
 * <h2>A symmetric application in five minutes</h2>
 *
 * <p>Every peer runs the same {@link io.symp.app.SymmetricApp}. The middleware calls
 * {@code start} once for tick 0, then for every tick the {@code event}s of that tick (in the
 * same order on every peer) followed by one {@code tick}. Events are typed anywhere, flooded to
 * every peer, and applied at the same tick everywhere; when one arrives late, the middleware
 * restores a snapshot and calls your code again for the ticks in between. So your code must
 * compute the same bytes from the same inputs, every time, on every machine.
 *
 * <pre>{@code
 * public final class PongApp implements SymmetricApp {
 *     // The state, declared once: offsets, size and the fields tools show all come from here.
 *     static final StateLayout.Builder L = StateLayout.builder();
 *     static final IntField X = L.i32("x"), DX = L.i32("dx"), SCORE = L.i32("score");
 *     static final IntArray TRAIL = L.intArray("trail", 4);      // arrays of ints, longs, bytes
 *     static final AppInfo INFO = AppInfo.builder("pong", 1, L.build())
 *             .event("serve")
 *             .event("nudge", new Arg("dx", ArgKind.INT).range(-3, 3))   // refused outside
 *             .build();
 *
 *     public AppInfo info() { return INFO; }
 *
 *     public void start(State s) { s.seedRandom(2024); DX.set(s, 1); }
 *
 *     public void tick(State s) {
 *         int x = X.get(s) + DX.get(s);
 *         if (x < 0 || x > 100) {                       // bounce, with a random spin
 *             DX.set(s, -DX.get(s) * (1 + s.nextInt(2)));
 *             SCORE.add(s, 1);
 *         }
 *         X.set(s, Math.max(0, Math.min(100, x)));
 *         TRAIL.set(s, (int) (s.nextLong() & 3), X.get(s));
 *     }
 *
 *     public void event(State s, Event e) {
 *         if (e.type() == 0) X.set(s, 50);
 *         else DX.add(s, e.intArg(0));
 *     }
 *
 *     public void observe(Observation o) {         // real time only, read only
 *         draw(X.get(o.state()), o.tick(), o.settledTick());
 *     }
 * }
 * }</pre>
 *
 * <p>{@link io.symp.app.StateLayout} reserves the state's bytes in order and returns typed
 * accessors ({@link io.symp.app.IntField}, {@link io.symp.app.LongArray}, ...); apps that
 * compute offsets by hand and list {@link io.symp.app.StateField}s themselves keep working.
 * {@link io.symp.app.Arg#range} bounds an argument: a value outside it is refused on emit, on
 * receipt from a neighbour and in replay, and the random workload ({@code --emit-rate},
 * {@code symp sim}) draws inside it. Besides numbers ({@code INT}, {@code LONG}, {@code CHAR}),
 * an argument may be {@link io.symp.app.ArgKind#TEXT} (UTF-8) or {@link io.symp.app.ArgKind#BYTES},
 * at most {@link io.symp.peer.Limits#ARG_BYTES_MAX} (256) bytes, all of an event's together at
 * most {@link io.symp.peer.Limits#EVENT_STRING_BYTES_MAX} (256), its range bounding the length:
 * {@code new Arg("line", ArgKind.TEXT).range(1, 200)}; read it with
 * {@link io.symp.app.Event#textArg} or {@link io.symp.app.Event#bytesArg} (a copy), emit it with
 * {@link io.symp.app.EventArgs} ({@code EventArgs.builder().text("hi").build()}), type it in the
 * REPL as {@code emit say "hello, world"} or {@code 0x0aff}. {@code examples/} holds a chat
 * room built on them. {@link io.symp.app.SymmetricApp#observe(io.symp.app.Observation)}
 * gets the tick, a read-only view of its state (no cast reaches the live state) and the newest
 * settled tick, which no event the peer could still take can change (see
 * {@link io.symp.app.Observation}); the older {@code observe(StateView, long)} is still called
 * for apps that override only it.
 *
 * <p>List the class in {@code META-INF/services/io.symp.app.SymmetricApp} of your jar and run it
 * with {@code symp peer --app pong --app-path pong.jar}. {@code symp apps --app-path pong.jar}
 * shows what symp sees; {@code --sync-test N} on any command that runs peers checks your app.
 * docs/APP-GUIDE.md walks through a whole app; {@code io.symp.embed.SympPeer} (in
 * {@code io.symp:record-replay}) runs a peer inside your own program.
 *
 * <h2>Rules that keep an application deterministic</h2>
 *
 * <ul>
 *   <li><b>All state lives in {@link io.symp.app.State}.</b> No fields that change, no statics,
 *       no caches outside it: they do not travel back in time with the state, so a
 *       re-simulation sees other values (sync-test catches this: see below).</li>
 *   <li><b>Randomness comes from the state</b>: {@link io.symp.app.State#nextInt(int)} and
 *       {@link io.symp.app.State#nextLong()}, seeded with {@code seedRandom} in {@code start}.
 *       Never {@code new Random()}, {@code Math.random()} or {@code ThreadLocalRandom}.</li>
 *   <li><b>Integers where you can.</b> Plain {@code +,-,*,/} on {@code double} are exact IEEE 754
 *       in Java 17+, but {@code Math.sin}, {@code Math.pow} and friends may differ between JVMs
 *       and CPUs: use {@link java.lang.StrictMath} for transcendental functions.</li>
 *   <li><b>No hash order.</b> Never iterate a {@code HashMap} or {@code HashSet} in simulation
 *       code, and never use {@code hashCode()} of objects without their own
 *       ({@code System.identityHashCode}, enum or Object hash codes): they differ between
 *       runs.</li>
 *   <li><b>No clocks, threads or I/O</b> in {@code start}, {@code tick} or {@code event}: no
 *       {@code System.nanoTime}, no files, no network, no logging that decides anything.
 *       Output belongs in {@code observe}, which is called only in real time, never while
 *       travelling, and must not change the state.</li>
 *   <li><b>Allocate nothing on the simulation path</b> when you can: it is called again on
 *       every rollback.</li>
 * </ul>
 *
 * <p><b>Checking it.</b> {@code --sync-test N} rolls back a random depth of up to N ticks after
 * every tick, re-simulates, and compares every state with the one first computed; the first
 * difference is reported with its tick and the fields that differ (described with
 * {@link io.symp.app.StateField}, hex otherwise). Peers also compare hashes of settled ticks
 * with their neighbours while they run.
 *
 * <p><b>Identity.</b> An application is its name, version, state size and a code hash
 * ({@link io.symp.app.AppIdentity}) that covers every class loaded from the app's jar or class
 * directory (helpers, lambdas and anonymous classes included) and symp's own version: peers and
 * logs of different builds refuse each other, even if you forget to bump the version, and so do
 * peers running different releases of symp.
 */
package io.symp.app;
