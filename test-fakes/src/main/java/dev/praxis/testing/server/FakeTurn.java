package dev.praxis.testing.server;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the fake model makes of one chat request (the same for both wires): the cities asked about, whether tools
 * were sent natively or only in the prompt, whether tool results came back, and the reply it decides on.
 */
record FakeTurn(boolean nativeTools, boolean promptedTools, boolean toolResultsBack, String lastUserText,
                List<String> toolResults, String toolName, String argumentName, boolean stream, boolean includeUsage,
                int promptChars) {

    /** The cities the fake knows the weather of; a request about any of them calls the tool once per city. */
    private static final Pattern CITY = Pattern.compile("\\b(Berlin|Paris|Tokyo|London|Madrid|Rome|Vienna)\\b");

    static FakeTurn of(JsonNode body) {
        JsonNode messages = body.path("messages");
        JsonNode tools = body.path("tools");
        boolean nativeTools = tools.isArray() && !tools.isEmpty();
        boolean prompted = false;
        String lastUser = "";
        List<String> results = new ArrayList<>();
        int chars = 0;
        boolean resultsBack = false;
        for (JsonNode message : messages) {
            String role = message.path("role").asText();
            String content = message.path("content").isTextual() ? message.path("content").asText() : "";
            chars += content.length();
            prompted |= role.equals("system") && content.contains("<tools>");
            if (role.equals("user")) {
                lastUser = content;
                resultsBack = content.contains("<tool_response>");
                results.clear();
                if (resultsBack) {
                    results.add(content);
                }
            } else if (role.equals("tool")) {
                resultsBack = true;
                results.add(content);
            } else if (role.equals("assistant")) {
                resultsBack = false;
            }
        }
        JsonNode function = nativeTools ? tools.get(0).path("function") : null;
        String name = function != null ? function.path("name").asText("get_weather") : "get_weather";
        String argument = "city";
        if (function != null && function.path("parameters").path("properties").isObject()
                && function.path("parameters").path("properties").fieldNames().hasNext()) {
            argument = function.path("parameters").path("properties").fieldNames().next();
        }
        return new FakeTurn(nativeTools, prompted, resultsBack, lastUser, List.copyOf(results), name, argument,
                body.path("stream").asBoolean(false), body.path("stream_options").path("include_usage").asBoolean(false),
                chars);
    }

    /** The cities in the last user message, in order; the model calls the tool once for each. */
    List<String> cities() {
        List<String> cities = new ArrayList<>();
        Matcher m = CITY.matcher(lastUserText);
        while (m.find()) {
            cities.add(m.group(1));
        }
        return cities;
    }

    /** Whether the model answers with tool calls: tools are offered, a city was asked about, no results are back yet. */
    boolean calls() {
        return (nativeTools || promptedTools) && !toolResultsBack && !cities().isEmpty();
    }

    /** The final answer's text. */
    String answer() {
        if (toolResultsBack) {
            return "Here is the weather: " + String.join("; ", toolResults);
        }
        if (lastUserText.contains("17 + 25")) {
            return "42";
        }
        return "You said: " + lastUserText;
    }

    /** The calls written as text in {@code dialect}. */
    String callsAsText(FakeServerBehaviour.TextDialect dialect) {
        List<String> blocks = new ArrayList<>();
        for (String city : cities()) {
            blocks.add(switch (dialect) {
                case HERMES -> "<tool_call>\n{\"name\": \"" + toolName + "\", \"arguments\": {\"" + argumentName
                        + "\": \"" + city + "\"}}\n</tool_call>";
                case QWEN3_CODER_XML -> "<tool_call>\n<function=" + toolName + ">\n<parameter=" + argumentName
                        + ">\n" + city + "\n</parameter>\n</function>\n</tool_call>";
                case FENCED_JSON -> "```json\n{\"name\": \"" + toolName + "\", \"arguments\": {\"" + argumentName
                        + "\": \"" + city + "\"}}\n```";
            });
        }
        return String.join("\n", blocks);
    }

    /** The arguments of the call for {@code city}, as JSON text. */
    String argumentsJson(String city) {
        return "{\"" + argumentName + "\": \"" + city + "\"}";
    }

    /** A deterministic prompt-token count for usage reports. */
    int promptTokens() {
        return 10 + promptChars / 4;
    }

    static String reasoningText() {
        return "The user wants a short answer. I will give it.";
    }
}
