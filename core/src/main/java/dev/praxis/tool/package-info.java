/**
 * Tools: typed, validated functions an agent may call, each with a side-effect level.
 *
 * <p>Declare tools on plain objects with {@link dev.praxis.tool.ToolFunction} and {@link dev.praxis.tool.Param},
 * turn them into {@link dev.praxis.tool.Tool}s with {@link dev.praxis.tool.Tools#from(Object...)}, and gather them
 * in a {@link dev.praxis.tool.ToolBox}, which validates arguments against the schema before any tool runs.
 *
 * <p>A {@link dev.praxis.tool.ToolSelector} (such as {@link dev.praxis.tool.EmbeddingToolSelector}) offers the model
 * only the tools relevant to a request when a toolbox is large.
 */
@NullMarked
package dev.praxis.tool;

import org.jspecify.annotations.NullMarked;
