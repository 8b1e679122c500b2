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
 *     static final int BALL_X = 0, BALL_DX = 4, SCORE = 8;
 *     static final AppInfo INFO = AppInfo.builder("pong", 1, 12)
 *             .event("serve")
 *             .event("nudge", new Arg("dx", ArgKind.INT))
 *             .field(StateField.i32("x", BALL_X)).field(StateField.i32("dx", BALL_DX))
 *             .field(StateField.i32("score", SCORE))
 *             .build();
 *
 *     public AppInfo info() { return INFO; }
 *
 *     public void start(State s) { s.seedRandom(2024); s.putInt(BALL_DX, 1); }
 *
 *     public void tick(State s) {
 *         int x = s.getInt(BALL_X) + s.getInt(BALL_DX);
 *         if (x < 0 || x > 100) {                       // bounce, with a random spin
 *             s.putInt(BALL_DX, -s.getInt(BALL_DX) * (1 + s.nextInt(2)));
 *             s.putInt(SCORE, s.getInt(SCORE) + 1);
 *         }
 *         s.putInt(BALL_X, Math.max(0, Math.min(100, x)));
 *     }
 *
 *     public void event(State s, Event e) {
 *         if (e.type() == 0) s.putInt(BALL_X, 50);
 *         else s.putInt(BALL_DX, s.getInt(BALL_DX) + e.intArg(0));
 *     }
 *
 *     public void observe(StateView s, long tick) { }  // draw here: real time only
 * }
 * }</pre>
 *
 * <p>List the class in {@code META-INF/services/io.symp.app.SymmetricApp} of your jar and run it
 * with {@code symp peer --app pong --app-path pong.jar}. {@code symp apps --app-path pong.jar}
 * shows what symp sees; {@code --sync-test N} on any command that runs peers checks your app.
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
 * <p><b>Identity.</b> An application is its name, version, state size and the hash of its
 * classes' bytes ({@link io.symp.app.AppIdentity}): peers and logs of different builds refuse
 * each other, even if you forget to bump the version.
 */
package io.symp.app;
