/** The one Jackson configuration Praxis uses for tool arguments, tool results and run records. */
@NullMarked
package dev.praxis.json;

import org.jspecify.annotations.NullMarked;
