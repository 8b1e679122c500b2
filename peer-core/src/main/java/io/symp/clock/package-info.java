/**
 * Time, behind an interface. {@link io.symp.clock.SystemClock} is the only reader of wall time
 * in the core (a test enforces it); the simulator supplies a virtual clock.
 */
package io.symp.clock;
