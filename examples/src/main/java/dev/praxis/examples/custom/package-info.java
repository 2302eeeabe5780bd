/** Writing your own tool: a complete custom tool added to an agent, in under 30 lines. */
package dev.praxis.examples.custom;
