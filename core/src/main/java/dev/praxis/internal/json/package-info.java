/**
 * The one shared Jackson mapper that core's own code reads and writes with. Not API: may change without notice;
 * callers outside core use {@link dev.praxis.json.PraxisJson}.
 */
@NullMarked
package dev.praxis.internal.json;

import org.jspecify.annotations.NullMarked;
