package dev.praxis.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * From findings to settings: the {@code --tool-calling} mode Praxis should use with the server as it is, and the
 * server flags that would make native tool calling and reasoning work. Flag names are the servers' own: vLLM's
 * {@code --enable-auto-tool-choice}, {@code --tool-call-parser hermes|qwen3_coder}, {@code --reasoning-parser};
 * llama.cpp's {@code --jinja} and {@code --reasoning-format}.
 */
final class AdviceRules {

    private AdviceRules() {
    }

    static DoctorReport.Advice advise(ServerKind server, DoctorReport.Facts facts) {
        List<String> flags = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String mode = mode(facts, notes);
        boolean nativeBroken = !facts.nativeTools().equals("works") && !facts.nativeTools().equals("error");
        boolean leaked = facts.thinking().equals("leaked");
        String dialect = facts.dialect().map(TextDialect::name).orElse("");
        switch (server) {
            case VLLM -> {
                if (nativeBroken) {
                    flags.add("--enable-auto-tool-choice --tool-call-parser "
                            + (dialect.equals("qwen3-coder-xml") ? "qwen3_coder" : "hermes"));
                }
                if (leaked) {
                    flags.add("--reasoning-parser qwen3 (deepseek_r1 for DeepSeek-R1 distills)");
                }
            }
            case LLAMA_CPP -> {
                if (nativeBroken) {
                    flags.add("--jinja (llama-server: use the model's own chat template, which handles tools)");
                }
                if (leaked) {
                    flags.add("--reasoning-format deepseek (llama-server: reasoning into reasoning_content)");
                }
            }
            case OLLAMA -> {
                if (nativeBroken) {
                    flags.add("use a tool-capable model (ollama show MODEL lists 'tools' under Capabilities) or a"
                            + " Modelfile TEMPLATE that renders .Tools and .ToolCalls");
                }
                if (leaked) {
                    flags.add("update Ollama (0.9 and later return reasoning in message.thinking)");
                }
            }
            case OTHER -> {
                if (nativeBroken) {
                    notes.add("this server does not do native tool calls; its documentation may name a switch for them");
                }
            }
        }
        if (facts.thinking().equals("separated")) {
            notes.add("reasoning arrives apart from the answer: add --reasoning separated, so that the first streamed"
                    + " reply is shown as it comes instead of being held until Praxis knows where reasoning is");
        }
        if (facts.parallelCalls().isPresent() && facts.parallelCalls().getAsInt() < 2) {
            notes.add("one call per reply: the agent takes one step per call, which is slower but works");
        }
        if (facts.usageReported().isPresent() && !facts.usageReported().get()) {
            notes.add("no token usage: run records show no tokens or cost for this server");
        }
        return new DoctorReport.Advice(mode, List.copyOf(flags), List.copyOf(notes));
    }

    private static String mode(DoctorReport.Facts facts, List<String> notes) {
        switch (facts.nativeTools()) {
            case "works":
                return "native";
            case "refused":
                notes.add("the server refuses native tools: prompted mode writes the tools into the system prompt");
                facts.dialect().filter(d -> !d.praxisReads()).ifPresent(d -> notes.add("the model writes its calls as "
                        + d.name() + ", which this Praxis build does not read: apply the server flags above"));
                return "prompted";
            case "text":
                String dialect = facts.dialect().map(TextDialect::name).orElse("text");
                notes.add(facts.dialect().map(TextDialect::praxisReads).orElse(false)
                        ? "calls arrive as " + dialect + " text; auto mode reads them, but fixing the server is better"
                        : "calls arrive as " + dialect + " text, which this Praxis build does not read: fix the server");
                return "auto";
            case "not-called":
                notes.add("the model did not call the tool when asked to; expect unreliable tool use");
                return "auto";
            default:
                return "auto";
        }
    }
}
