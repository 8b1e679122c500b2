/** The messages peers exchange, their binary codec and its limits (docs/PROTOCOL.md). */
package io.symp.wire;
