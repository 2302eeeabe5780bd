/**
 * Text plumbing shared by core and the tool packs (edit distances, redaction of secrets). Not API: may change without notice.
 */
@NullMarked
package dev.praxis.internal.text;

import org.jspecify.annotations.NullMarked;
