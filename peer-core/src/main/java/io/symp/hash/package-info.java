/** The one 64-bit hash symp uses for states, snapshots and code identity. */
package io.symp.hash;
