/**
 * Model plumbing shared by the backends, the text tool-call parser and the offline model (tool-call ids).
 * Not API: may change without notice.
 */
@NullMarked
package dev.praxis.internal.model;

import org.jspecify.annotations.NullMarked;
