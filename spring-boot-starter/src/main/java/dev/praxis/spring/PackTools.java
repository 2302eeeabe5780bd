package dev.praxis.spring;

import dev.praxis.tool.Tool;

import java.util.List;

/**
 * The tools of one enabled pack, under the name agents use in {@code praxis.agents.<name>.packs}. A type of its own
 * so that the agents' bean needs no pack class, which may be missing from the class path.
 */
record PackTools(String name, List<Tool> tools) {

    PackTools {
        tools = List.copyOf(tools);
    }
}
