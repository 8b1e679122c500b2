/**
 * The shared timeline: events ordered by (tick, origin, seq) and delivered exactly once, whatever
 * order, path or duplication they arrive by ({@link io.symp.timeline.VersionVector}).
 */
package io.symp.timeline;
