package dev.praxis.agent;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of what a confused or hostile model might send: tool calls with real and made-up names,
 * valid, mistyped, incomplete and garbage arguments, secrets in argument fields, missing ids, several calls per
 * response, and endings that are a final answer, a model failure whose message holds the API key, or nothing.
 * The same seed always gives the same case, so a failure names its seed and can be replayed.
 */
final class RandomModelOutputs {

    static final String API_KEY = "prx-live-7f3a9c2e1d5b";

    private static final String[] REAL = {"balance", "verify_login", "add_note", "transfer", "close_account"};
    private static final String[] MADE_UP = {"transfer_money", "Transfer", "close-account", "delete_everything", "",
            "balance ", "sudo_transfer", "TRANSFER", "transfer\u0000", "add_note; transfer", "rm -rf /"};
    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /** One generated case: secrets it planted, the user message, the model's outputs and the run's limits. */
    record Case(long seed, String skKey, String password, String bearer, String message, List<Step> steps,
                Limits limits) {

        List<String> secrets() {
            return List.of(API_KEY, skKey, password, bearer);
        }

        @Override
        public String toString() {
            return "seed " + seed + ", limits " + limits + ", steps " + steps;
        }
    }

    /** One model output: a response, or a failure thrown instead of answering. */
    record Step(ChatResponse response, String failure) {
        @Override
        public String toString() {
            if (failure != null) {
                return "throw(" + failure + ")";
            }
            AiMessage m = response.aiMessage();
            return m.hasToolExecutionRequests() ? m.toolExecutionRequests().stream()
                    .map(r -> r.name() + r.arguments()).toList().toString() : "answer(" + m.text() + ")";
        }
    }

    private final Random random;
    private final long seed;
    private final String skKey;
    private final String password;
    private final String bearer;

    private RandomModelOutputs(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        this.skKey = "sk-" + word(24);
        this.password = "pw-" + word(14);
        this.bearer = "eyJ" + word(20);
    }

    static Case generate(long seed) {
        return new RandomModelOutputs(seed).generate();
    }

    private Case generate() {
        String message = "Move 40 EUR to acc-2 and close acc-9. My api_key=" + skKey + ", password: " + password
                + ", header Authorization: Bearer " + bearer;
        List<Step> steps = new ArrayList<>();
        int toolResponses = random.nextInt(6);
        for (int i = 0; i < toolResponses; i++) {
            steps.add(new Step(toolCalls(), null));
        }
        int ending = random.nextInt(10);
        if (ending < 7) {
            steps.add(new Step(answer("Done, step " + random.nextInt(1000) + "."), null));
        } else if (ending < 9) {
            steps.add(new Step(null, "HTTP 401 Unauthorized: invalid api key " + API_KEY + " for this project"));
        }
        Limits limits = Limits.defaults().withMaxModelCalls(1 + random.nextInt(7)).withMaxToolCalls(1 + random.nextInt(10));
        return new Case(seed, skKey, password, bearer, message, steps, limits);
    }

    private ChatResponse toolCalls() {
        int n = 1 + random.nextInt(4);
        List<ToolExecutionRequest> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = random.nextInt(10) < 7 ? pick(REAL) : random.nextInt(4) == 0 ? word(6) : pick(MADE_UP);
            String id = random.nextInt(4) == 0 ? null : "call_" + seed + "_" + random.nextInt(1_000_000);
            calls.add(ToolExecutionRequest.builder().id(id).name(name).arguments(arguments(name)).build());
        }
        String text = random.nextInt(5) == 0 ? "Let me do that." : null;
        return ChatResponse.builder().aiMessage(AiMessage.builder().text(text).toolExecutionRequests(calls).build())
                .tokenUsage(new TokenUsage(10, 5)).finishReason(FinishReason.TOOL_EXECUTION).build();
    }

    private static ChatResponse answer(String text) {
        return ChatResponse.builder().aiMessage(AiMessage.from(text)).tokenUsage(new TokenUsage(10, 5))
                .finishReason(FinishReason.STOP).build();
    }

    private String arguments(String name) {
        String forTool = random.nextInt(8) == 0 ? pick(REAL) : name;
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> valid(forTool, false);
            case 4 -> valid(forTool, true);
            case 5 -> mistyped(forTool);
            case 6 -> "{}";
            default -> garbage();
        };
    }

    private String valid(String tool, boolean extraSecrets) {
        String fields = switch (tool) {
            case "balance" -> "\"account\":\"" + account() + "\"";
            case "verify_login" -> "\"user\":\"ann\",\"password\":\"" + password + "\"";
            case "add_note" -> "\"note\":\"" + note() + "\",\"priority\":" + (1 + random.nextInt(5));
            case "transfer" -> "\"to_account\":\"" + account() + "\",\"amount\":" + amount();
            case "close_account" -> "\"account\":\"" + account() + "\",\"password\":\"" + password + "\"";
            default -> "\"x\":" + random.nextInt(10);
        };
        if (extraSecrets) {
            fields += ",\"api_key\":\"" + skKey + "\",\"token\":\"" + bearer + "\",\"secret\":\"" + password + "\"";
        }
        return "{" + fields + "}";
    }

    private String mistyped(String tool) {
        return switch (tool) {
            case "transfer" -> "{\"to_account\":" + random.nextInt(99) + ",\"amount\":\"" + pick(new String[]{"lots",
                    "-5", "1e400", "0", "12.5", skKey}) + "\"}";
            case "add_note" -> "{\"note\":[\"" + note() + "\"],\"priority\":" + pick(new String[]{"0", "99", "\"high\"",
                    "2.5", "null"}) + "}";
            case "close_account" -> "{\"account\":{\"id\":\"acc-1\"},\"password\":\"" + password + "\"}";
            default -> "{\"account\":true,\"user\":null,\"password\":\"" + password + "\"}";
        };
    }

    private String garbage() {
        return switch (random.nextInt(12)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> "null";
            case 3 -> "[1,2,3]";
            case 4 -> "{\"to_account\":\"acc-1\",\"amount\":";
            case 5 -> "{'account': 'acc-1', 'password': '" + password + "'}";
            case 6 -> "{password: " + password + "}";
            case 7 -> "{\"api_key\": " + skKey + "}";
            case 8 -> "\"password=" + password + "\"";
            case 9 -> "<tool_call>{\"name\":\"transfer\",\"arguments\":{\"amount\":5}}</tool_call>";
            case 10 -> "{\"amount\":5,,}";
            default -> word(1 + random.nextInt(30));
        };
    }

    private String account() {
        return "acc-" + random.nextInt(12);
    }

    private String amount() {
        return pick(new String[]{"40", "40.00", "0.01", "499.99", "500", "12000", "\"75.5\"", "1e2"});
    }

    private String note() {
        return random.nextBoolean() ? "call back tomorrow" : "customer key " + skKey;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private String word(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return out.toString();
    }
}
