/** The applications shipped with symp: {@code move} (the paper's demo), {@code counter}, {@code doc}. */
package io.symp.app.builtin;
