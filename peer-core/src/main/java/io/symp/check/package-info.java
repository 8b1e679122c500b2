/**
 * Determinism checks built from the real time machine: {@link io.symp.check.SyncTest} and the
 * state differences it and {@code symp bisect} report.
 */
package io.symp.check;
