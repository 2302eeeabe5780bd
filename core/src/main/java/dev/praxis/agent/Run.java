package dev.praxis.agent;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.praxis.event.AgentEvent;
import dev.praxis.internal.text.Redaction;
import dev.praxis.model.TokenStreamingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One turn of one agent: the tool-calling loop. Ask the model (through the interceptor chain); if it wants tools,
 * run them ({@link ToolStep}), then ask again; stop on a final answer or when a limit, a budget, an interceptor
 * or a fault ends the run.
 */
final class Run {

    private static final Logger LOG = LoggerFactory.getLogger(Run.class);

    /** Reasoning blocks some servers leave in the content; a reply that is only that is empty. */
    private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?(</think>|$)");

    static final String EMPTY_NUDGE = "Your last reply was empty. Answer the user's request now in plain text,"
            + " or call a tool.";

    /** What a turn produced: the answer, why it stopped, and the messages to keep in the conversation. */
    record Outcome(String answer, StopReason stopReason, String error, List<ChatMessage> messages) {
    }

    private final Agent agent;
    private final RunContext context;
    private final RunRequest request;
    /** Which turn this is (the run's own or a delegated one), for the interceptors. */
    private final Turn which;
    private final OutputFormat output;
    private final PromptMessages prompt = new PromptMessages();
    private final List<ChatMessage> turn = new ArrayList<>();
    private final Set<String> callIds = new HashSet<>();
    private ToolOffer offer;

    Run(Agent agent, RunContext context, RunRequest request, Turn which, OutputFormat output) {
        this.agent = agent;
        this.context = context;
        this.request = request;
        this.which = which;
        this.output = output;
    }

    Outcome execute(List<ChatMessage> history, String extraContext) {
        start(history, extraContext, request.message());
        add(UserMessage.from(request.message()));
        return guarded(this::loop);
    }

    /**
     * Resumes a session after a person decided a pending approval: the model's call is made again with the
     * approved arguments under {@code call}'s id (the decision is already in the run's context), its result goes
     * to the model, and the loop goes on as in any run.
     */
    Outcome resume(List<ChatMessage> history, String extraContext, ToolExecutionRequest call) {
        start(history, extraContext, call.name());
        AiMessage reply = AiMessage.from(List.of(call));
        callIds.add(call.id());
        add(reply);
        return guarded(() -> {
            Outcome stopped = runTools(reply);
            return stopped != null ? stopped : loop();
        });
    }

    private void start(List<ChatMessage> history, String extraContext, String selectFor) {
        String system = agent.systemPrompt(extraContext, output);
        if (!system.isBlank()) {
            prompt.add(SystemMessage.from(system));
        }
        prompt.addAll(history);
        offer = ToolOffer.of(agent, selectFor, history);
    }

    private Outcome guarded(java.util.function.Supplier<Outcome> body) {
        try {
            return body.get();
        } catch (StopRunException e) {
            return stop(e.reason(), e.getMessage());
        } catch (Faults.ModelCallFailed e) {
            return stop(e.reason, e.getMessage());
        } catch (Faults.InternalFault e) {
            return stop(StopReason.INTERNAL_ERROR, Redaction.redact(e.getMessage(), agent.secrets()));
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError fatal) {
                throw fatal;
            }
            LOG.error("[{}] run {} failed with an internal error", agent.name(), context.runId, e);
            return stop(StopReason.INTERNAL_ERROR, Redaction.redact(Faults.describe(e), agent.secrets()));
        }
    }

    /** Runs the reply's tool calls; the outcome when they ended the run, else null. */
    private Outcome runTools(AiMessage reply) {
        offer.called(reply.toolExecutionRequests());
        ToolStep step = new ToolStep(agent, context, which);
        ToolStep.Outcome tools = step.run(reply.toolExecutionRequests());
        tools.messages().forEach(this::add);
        if (tools.stop() != null) {
            return stop(tools.stop(), tools.error());
        }
        if (step.limitReached()) {
            return stop(StopReason.TOOL_LIMIT, null);
        }
        return null;
    }

    private Outcome loop() {
        boolean repaired = false;
        boolean nudged = false;
        while (true) {
            StopReason limit = context.beforeModelCall();
            if (limit != null) {
                return stop(limit, null);
            }
            AiMessage reply = callModel();
            if (!reply.hasToolExecutionRequests()) {
                String answer = reply.text() == null ? "" : reply.text();
                if (isEmpty(answer)) {
                    if (nudged) {
                        return stop(StopReason.MODEL_ERROR, "the model gave an empty reply twice (no text and no"
                                + " tool call)");
                    }
                    // Neither the empty reply nor the nudge is kept: strict servers refuse an assistant message
                    // with no content on every later turn.
                    nudged = true;
                    prompt.add(UserMessage.from(EMPTY_NUDGE));
                    continue;
                }
                Optional<String> problem = output.problem(answer);
                if (problem.isEmpty()) {
                    add(reply);
                    return new Outcome(answer, StopReason.COMPLETED, null, turn);
                }
                add(reply);
                if (repaired) {
                    return stop(StopReason.INVALID_OUTPUT, problem.get());
                }
                repaired = true;
                add(UserMessage.from("Your reply was not valid: " + problem.get()
                        + ". Reply again with only one JSON object that matches the schema, no other text."));
                continue;
            }
            add(reply);
            Outcome stopped = runTools(reply);
            if (stopped != null) {
                return stopped;
            }
        }
    }

    private static boolean isEmpty(String answer) {
        return answer.isBlank() || (answer.contains("<think>") && THINKING.matcher(answer).replaceAll("").isBlank());
    }

    private void add(ChatMessage message) {
        prompt.add(message);
        turn.add(message);
    }

    private Outcome stop(StopReason reason, String error) {
        String answer = switch (reason) {
            case STEP_LIMIT -> "I stopped before finishing: this request needed more than "
                    + context.limits.maxModelCalls() + " model calls.";
            case TOOL_LIMIT -> "I stopped before finishing: this request needed more than "
                    + context.limits.maxToolCalls() + " tool calls.";
            case BUDGET_EXCEEDED -> "I stopped before finishing: " + error + ".";
            case TIMEOUT -> "I stopped before finishing: the time limit of " + context.limits.timeout().toSeconds()
                    + " s was reached.";
            case NO_PROGRESS -> "I stopped before finishing: I was repeating the same steps without getting"
                    + " anywhere (" + error + ").";
            case MODEL_ERROR -> "I could not get an answer from the model: " + error;
            case INVALID_OUTPUT -> "The model's reply was not valid JSON for the requested type: " + error;
            case INTERNAL_ERROR -> "I stopped because of an internal error (it has been logged); nothing more was"
                    + " done.";
            case AWAITING_APPROVAL -> "This needs a person's approval before I can go on: " + error + ".";
            case CANCELLED -> "The request was cancelled.";
            case COMPLETED -> throw new IllegalArgumentException("not a stop");
        };
        turn.add(AiMessage.from(answer));
        return new Outcome(answer, reason, error, turn);
    }

    private AiMessage callModel() {
        List<ToolSpecification> specifications = offer.specifications();
        ChatRequest chatRequest = ChatRequest.builder().messages(prompt.snapshot())
                .toolSpecifications(specifications)
                .responseFormat(output.responseFormat(agent.model()))
                .build();
        List<ChatMessage> sent = chatRequest.messages();
        context.promptView = new RunContext.PromptView(prompt, sent.size(), sent.isEmpty() ? null
                : sent.get(sent.size() - 1));
        ChatResponse response = Chains.model(agent.interceptors(), context, which, chatRequest, this::send);
        if (response == null || response.aiMessage() == null) {
            throw new Faults.InternalFault("model chain", new NullPointerException("no response or no message"));
        }
        return withIds(response.aiMessage());
    }

    /** The end of the model chain: the call itself on this thread, watched by the deadline watchdog, recorded. */
    private ChatResponse send(ChatRequest chatRequest) {
        int index = context.startModelCall();
        if (context.listening()) {
            context.emit(new AgentEvent.ModelRequested(context.runId, agent.name(), index,
                    chatRequest.messages().size(), chatRequest.toolSpecifications().size()));
        }
        long start = System.nanoTime();
        if (Thread.interrupted()) {
            throw failed(index, start, StopReason.CANCELLED, "interrupted");
        }
        // On this thread, watched by the deadline watchdog: a hand-off to a pool per call cost more than the rest
        // of the turn (see docs/benchmarks.md).
        Deadlines.Watch watch = agent.deadlines().watch(context.deadlineNanos);
        ChatResponse response;
        try {
            response = chat(chatRequest);
        } catch (RuntimeException | Error e) {
            if (watch.close()) {
                throw failed(index, start, StopReason.TIMEOUT, "the model did not answer before the run's time limit");
            }
            if (e instanceof VirtualMachineError fatal) {
                throw fatal;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw failed(index, start, StopReason.CANCELLED, "interrupted");
            }
            String message = Redaction.redact(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                    agent.secrets());
            if (Faults.isBug(e)) {
                LOG.error("[{}] model call {} of run {} failed with an internal error", agent.name(), index,
                        context.runId, e);
                failed(index, start, StopReason.INTERNAL_ERROR, message);
                throw new Faults.InternalFault("model adapter", e);
            }
            throw failed(index, start, StopReason.MODEL_ERROR, message);
        }
        if (watch.close()) {
            throw failed(index, start, StopReason.TIMEOUT, "the model did not answer before the run's time limit");
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        ModelCallRecord record = ModelCalls.record(agent.name(), response, ms);
        context.record(record);
        if (context.listening()) {
            context.emit(new AgentEvent.ModelResponded(context.runId, agent.name(), index,
                    (int) record.usage().inputTokens(), (int) record.usage().outputTokens(), record.toolCalls(), ms,
                    null));
        }
        return response;
    }

    private ChatResponse chat(ChatRequest chatRequest) {
        Optional<Consumer<String>> tokens = request.onToken();
        if (tokens.isPresent() && agent.model() instanceof TokenStreamingModel streaming) {
            Consumer<String> sink = tokens.get();
            return streaming.chat(chatRequest, text -> {
                sink.accept(text);
                if (context.listening()) {
                    context.emit(new AgentEvent.TokenReceived(context.runId, agent.name(), text));
                }
            });
        }
        return agent.model().chat(chatRequest);
    }

    private Faults.ModelCallFailed failed(int index, long start, StopReason reason, String message) {
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        context.record(new ModelCallRecord(agent.name(), null, Usage.ZERO, null, 0, ms, null, message));
        if (context.listening()) {
            context.emit(new AgentEvent.ModelResponded(context.runId, agent.name(), index, 0, 0, 0, ms, message));
        }
        return new Faults.ModelCallFailed(reason, message);
    }

    /**
     * Gives every tool call a unique id, keeping the model's where it is unique in this run: Ollama sends none,
     * OpenAI-compatible clients serialise id-less calls in the legacy function_call format that most open-model
     * servers reject, and two results under one id make the history ambiguous.
     */
    private AiMessage withIds(AiMessage message) {
        if (!message.hasToolExecutionRequests()) {
            return message;
        }
        boolean changed = false;
        List<ToolExecutionRequest> requests = new ArrayList<>();
        int i = 0;
        for (ToolExecutionRequest r : message.toolExecutionRequests()) {
            String id = r.id();
            if (id == null || id.isBlank() || !callIds.add(id)) {
                id = "call_" + context.runId.substring(0, 8) + "_" + context.modelCallCount() + "_" + i;
                callIds.add(id);
                requests.add(ToolExecutionRequest.builder().id(id).name(r.name()).arguments(r.arguments()).build());
                changed = true;
            } else {
                requests.add(r);
            }
            i++;
        }
        if (!changed) {
            return message;
        }
        return AiMessage.builder().text(message.text()).thinking(message.thinking()).toolExecutionRequests(requests)
                .attributes(message.attributes()).build();
    }
}
