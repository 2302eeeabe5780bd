package dev.praxis.examples.cli;

import dev.praxis.PraxisException;
import dev.praxis.model.ModelSpec;
import dev.praxis.model.ReasoningMode;
import dev.praxis.model.ToolCallingMode;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Options every command shares: which model, how tool calls are sent, who approves, where sessions live. */
public final class CommonOptions {

    /**
     * How side-effecting tool calls are approved. {@code DEFER} (irreversible calls wait for a later decision) is
     * set by {@code praxis serve}, where a person approves over HTTP; it is not offered on the command line.
     */
    public enum ApproveMode { ASK, NEVER, ALWAYS, DEFER }

    @Option(names = "--model", paramLabel = "SPEC",
            description = "Model spec: offline (default), ollama/qwen2.5:7b, openai/<model>, vllm/<model>, llamacpp/<model>, "
                    + "lmstudio/<model>, dashscope/<model>. Default: $PRAXIS_MODEL or offline.")
    String model;

    @Option(names = "--base-url", paramLabel = "URL", description = "Server URL (default: the preset's, or $PRAXIS_BASE_URL).")
    String baseUrl;

    @Option(names = "--tool-calling", paramLabel = "MODE", description = "auto (default), native or prompted.")
    String toolCalling;

    @Option(names = "--reasoning", paramLabel = "MODE",
            description = "auto (default: a fresh model's first streamed reply is held until it is known whether the chat"
                    + " template opened <think>), separated (the server returns reasoning apart, e.g. vLLM --reasoning-parser,"
                    + " llama.cpp --reasoning-format deepseek: stream at once) or template-opened.")
    String reasoning;

    @Option(names = "--approve", paramLabel = "MODE", converter = ApproveModeConverter.class,
            description = "ask, never or always. Default: ask when stdin is a terminal, otherwise never.")
    ApproveMode approve;

    @Option(names = "--data-dir", paramLabel = "DIR", converter = DataDirConverter.class,
            description = "Where sessions are kept (default: ~/.praxis).")
    Path dataDir;

    @Option(names = "--session-wait", paramLabel = "SECONDS", converter = SessionWaitConverter.class,
            description = "How long ask and chat wait for a session another praxis process is using, 0 to "
                    + SessionWaitConverter.MAX_SECONDS + " (default: 30); then they exit with code 6 and store nothing.")
    Duration sessionWait;

    @Option(names = "--record", paramLabel = "DIR",
            description = "Write each model request and response to DIR as JSON cassettes, secrets masked (DIR must hold none yet).")
    Path record;

    @Option(names = "--replay", paramLabel = "DIR",
            description = "Answer from the cassettes in DIR instead of a server; a request that differs fails with a diff.")
    Path replay;

    @Option(names = "--verbose", description = "Show stack traces and debug logs; after each answer, the time it took"
            + " and the tokens it used (on standard error).")
    boolean verbose;

    // Set by ask and chat from their --mcp options (other commands take none).
    List<String> mcp = List.of();

    // Set by mcp: its listener reports the served agents' tool steps as MCP progress (other commands add none).
    List<dev.praxis.event.AgentListener> listeners = List.of();

    /** Listeners the command adds to every agent it builds, besides the runtime's own. */
    public List<dev.praxis.event.AgentListener> listeners() {
        return listeners;
    }

    /**
     * The MCP servers whose tools join the agent ({@code --mcp name=command args} or {@code --mcp name=URL}, on
     * {@code ask} and {@code chat}); one that does not parse is bad input (exit code 2).
     */
    public List<dev.praxis.mcp.client.McpServerSpec> mcpServers() {
        return mcp.stream().map(value -> checked("--mcp", value, dev.praxis.mcp.client.McpServerSpec::parse)).toList();
    }

    /**
     * The model spec from the option, then {@code PRAXIS_MODEL}, then {@code offline}; one that does not parse is
     * bad input (exit code 2), named with where it came from.
     */
    public String modelSpec(Terminal terminal) {
        String env = terminal.env().get(ModelSpec.MODEL_ENV);
        String spec = Optional.ofNullable(model).or(() -> Optional.ofNullable(env)).filter(s -> !s.isBlank())
                .orElse("offline");
        checked(model != null && !model.isBlank() ? "--model" : ModelSpec.MODEL_ENV + "=", spec, ModelSpec::parse);
        return spec;
    }

    public Optional<String> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    /** The {@code --tool-calling} mode as given, checked: an unknown mode is bad input (exit code 2). */
    public Optional<String> toolCalling() {
        Optional.ofNullable(toolCalling).ifPresent(mode -> checked("--tool-calling", mode, ToolCallingMode::parse));
        return Optional.ofNullable(toolCalling);
    }

    /** The {@code --reasoning} mode as given, checked; see {@link ReasoningMode}. */
    public Optional<String> reasoning() {
        Optional.ofNullable(reasoning).ifPresent(mode -> checked("--reasoning", mode, ReasoningMode::parse));
        return Optional.ofNullable(reasoning);
    }

    /**
     * Parses an option's value with the library's parser; the library's {@link PraxisException} says what is
     * accepted, but it is the user's input, so it becomes a {@link BadInputException} (exit code 2, not 1).
     */
    static <T> T checked(String option, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (PraxisException e) {
            throw new BadInputException(option + (option.endsWith("=") ? "" : " ") + value + ": " + e.getMessage());
        }
    }

    public ApproveMode approveMode(Terminal terminal) {
        return approve != null ? approve : terminal.interactive() ? ApproveMode.ASK : ApproveMode.NEVER;
    }

    public Path dataDir() {
        return dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".praxis");
    }

    /** How long a turn waits for its session while another process (or turn) holds it; 30 s by default. */
    public Duration sessionWait() {
        return sessionWait != null ? sessionWait : Duration.ofSeconds(SessionWaitConverter.DEFAULT_SECONDS);
    }

    /** Where to record model traffic ({@code --record}); never set together with {@link #replayDir()}. */
    public Optional<Path> recordDir() {
        requireOneCassetteMode();
        return Optional.ofNullable(record);
    }

    /** Where to replay model traffic from ({@code --replay}). */
    public Optional<Path> replayDir() {
        requireOneCassetteMode();
        return Optional.ofNullable(replay);
    }

    private void requireOneCassetteMode() {
        if (record != null && replay != null) {
            throw new IllegalArgumentException("--record and --replay exclude each other; give one");
        }
    }

    public boolean verbose() {
        return verbose;
    }

    /** Whole seconds from 0 to a day: a longer wait is more likely a mistake than a plan. */
    static final class SessionWaitConverter implements picocli.CommandLine.ITypeConverter<Duration> {
        static final long DEFAULT_SECONDS = 30;
        static final long MAX_SECONDS = 86_400;

        @Override
        public Duration convert(String value) {
            long seconds;
            try {
                seconds = Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a whole number of seconds");
            }
            if (seconds < 0 || seconds > MAX_SECONDS) {
                throw new picocli.CommandLine.TypeConversionException(
                        "session wait must be 0 to " + MAX_SECONDS + " seconds, got " + seconds);
            }
            return Duration.ofSeconds(seconds);
        }
    }

    /**
     * A folder path that is not blank: {@code --data-dir ""} would otherwise mean the current folder, and sessions
     * would land wherever the command happened to run.
     */
    static final class DataDirConverter implements picocli.CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isBlank()) {
                throw new picocli.CommandLine.TypeConversionException(
                        "--data-dir is blank; give a folder, or leave the option out for ~/.praxis");
            }
            return Path.of(value);
        }
    }

    /** Accepts the mode in any case. */
    static final class ApproveModeConverter implements picocli.CommandLine.ITypeConverter<ApproveMode> {
        @Override
        public ApproveMode convert(String value) {
            try {
                ApproveMode mode = ApproveMode.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
                if (mode == ApproveMode.DEFER) {
                    throw new IllegalArgumentException("defer is for praxis serve only");
                }
                return mode;
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not an approval mode; use ask, never or always");
            }
        }
    }
}
