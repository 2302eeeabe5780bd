/** The one Jackson configuration Praxis uses for tool arguments, tool results and run records. */
package dev.praxis.json;
