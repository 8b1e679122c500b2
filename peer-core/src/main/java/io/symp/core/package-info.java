/** What every module shares: the user-error type and always-on invariant checks. */
package io.symp.core;
