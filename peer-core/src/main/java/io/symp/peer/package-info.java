/**
 * The peer: one owner thread runs the application on the shared timeline, floods events exactly
 * once, keeps its clock with the network's and travels in time for late events.
 *
 * <pre>
 * input (REPL, script, app) --&gt; Peer.emit ------------+
 * transport --&gt; LinkHandler.received (peer thread) ---+--&gt; Flooding (VersionVector, HAVE)
 * Clock --&gt; Peer.advance ------------------------------+--&gt; TimeMachine (ring, re-simulate)
 *                                                             |
 *                                         PeerListener: recorder, metrics, REPL
 * </pre>
 */
package io.symp.peer;
