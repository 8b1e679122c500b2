/** Clock synchronisation: the shared timeline's time, with round-trip compensation. */
package io.symp.sync;
