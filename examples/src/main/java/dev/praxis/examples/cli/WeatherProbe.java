package dev.praxis.examples.cli;

/** The tiny tool and prompts every probe uses, shared by both wires. */
final class WeatherProbe {

    static final String TOOL = "get_weather";
    static final String ONE_CITY = "What is the weather in Berlin right now? Use the get_weather tool.";
    static final String TWO_CITIES = "What is the weather in Berlin and in Paris right now? Call get_weather once for"
            + " each city.";
    static final String NO_TOOLS = "What is 17 + 25? Answer with the number only.";
    static final int MAX_TOKENS = 512;

    /** The tool's JSON schema, as both wires send it under {@code function.parameters}. */
    static final String PARAMETERS = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\","
            + "\"description\":\"City name, e.g. Berlin\"}},\"required\":[\"city\"]}";
    static final String DESCRIPTION = "Returns the current weather in a city.";

    /**
     * The system prompt for a server without native tools: the Hermes convention Qwen's own chat templates use, as
     * Praxis's prompted mode writes it, so the reply shows the dialect the model falls back to.
     */
    static String promptedSystem() {
        return "# Tools\n\nYou may call one or more functions to assist with the user query.\n\n"
                + "You are provided with function signatures within <tools></tools> XML tags:\n<tools>\n"
                + "{\"type\":\"function\",\"function\":{\"name\":\"" + TOOL + "\",\"description\":\"" + DESCRIPTION
                + "\",\"parameters\":" + PARAMETERS + "}}\n</tools>\n\n"
                + "For each function call, return a json object with function name and arguments within"
                + " <tool_call></tool_call> XML tags:\n<tool_call>\n{\"name\": <function-name>, \"arguments\":"
                + " <args-json-object>}\n</tool_call>";
    }

    private WeatherProbe() {
    }
}
