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
import dev.praxis.event.Redaction;
import dev.praxis.model.TokenStreamingModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One turn of one agent: the tool-calling loop. Ask the model; if it wants tools, validate, approve, execute and
 * record them, then ask again; stop on a final answer or on a limit.
 */
final class Run {

    /** What a turn produced: the answer, why it stopped, and the messages to keep in the conversation. */
    record Outcome(String answer, StopReason stopReason, String error, List<ChatMessage> messages) {
    }

    private final Agent agent;
    private final RunContext context;
    private final RunRequest request;
    private final OutputFormat output;
    private final PromptMessages prompt = new PromptMessages();
    private final List<ChatMessage> turn = new ArrayList<>();
    private ToolOffer offer;

    Run(Agent agent, RunContext context, RunRequest request, OutputFormat output) {
        this.agent = agent;
        this.context = context;
        this.request = request;
        this.output = output;
    }

    Outcome execute(List<ChatMessage> history, String extraContext) {
        String system = agent.systemPrompt(extraContext, output);
        if (!system.isBlank()) {
            prompt.add(SystemMessage.from(system));
        }
        prompt.addAll(history);
        offer = ToolOffer.of(agent, request.message(), history);
        add(UserMessage.from(request.message()));
        boolean repaired = false;
        try {
            while (true) {
                StopReason limit = context.beforeModelCall();
                if (limit != null) {
                    return stop(limit, null);
                }
                AiMessage reply = withIds(callModel().aiMessage());
                add(reply);
                if (!reply.hasToolExecutionRequests()) {
                    String answer = reply.text() == null ? "" : reply.text();
                    Optional<String> problem = output.problem(answer);
                    if (problem.isEmpty()) {
                        return new Outcome(answer, StopReason.COMPLETED, null, turn);
                    }
                    if (repaired) {
                        return stop(StopReason.INVALID_OUTPUT, problem.get());
                    }
                    repaired = true;
                    add(UserMessage.from("Your reply was not valid: " + problem.get()
                            + ". Reply again with only one JSON object that matches the schema, no other text."));
                    continue;
                }
                offer.called(reply.toolExecutionRequests());
                ToolStep step = new ToolStep(agent, context, request, agent.executor());
                step.run(reply.toolExecutionRequests()).forEach(this::add);
                if (step.limitReached()) {
                    return stop(StopReason.TOOL_LIMIT, null);
                }
            }
        } catch (ModelCallFailed e) {
            return stop(e.reason, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return stop(StopReason.CANCELLED, "interrupted");
        }
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
            case TOKEN_LIMIT -> "I stopped before finishing: this request used its budget of "
                    + context.limits.maxTokens() + " tokens.";
            case TIMEOUT -> "I stopped before finishing: the time limit of " + context.limits.timeout().toSeconds()
                    + " s was reached.";
            case MODEL_ERROR -> "I could not reach the model: " + error;
            case INVALID_OUTPUT -> "The model's reply was not valid JSON for the requested type: " + error;
            case CANCELLED -> "The request was cancelled.";
            case COMPLETED -> throw new IllegalArgumentException("not a stop");
        };
        turn.add(AiMessage.from(answer));
        return new Outcome(answer, reason, error, turn);
    }

    private ChatResponse callModel() throws InterruptedException, ModelCallFailed {
        int index = context.startModelCall();
        List<ToolSpecification> specifications = offer.specifications();
        ChatRequest chatRequest = ChatRequest.builder().messages(prompt.snapshot())
                .toolSpecifications(specifications)
                .responseFormat(output.responseFormat(agent.model()))
                .build();
        if (context.listening()) {
            context.emit(new AgentEvent.ModelRequested(context.runId, agent.name(), index, prompt.size(),
                    specifications.size()));
        }
        long start = System.nanoTime();
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        // On this thread, watched by the deadline watchdog: a hand-off to a pool per call cost more than the rest
        // of the turn (see docs/benchmarks.md).
        Deadlines.Watch watch = Deadlines.watch(context.deadlineNanos);
        ChatResponse response;
        try {
            response = send(chatRequest);
        } catch (RuntimeException | Error e) {
            if (watch.close()) {
                throw timedOut(index, start);
            }
            if (e instanceof VirtualMachineError fatal) {
                throw fatal;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw failed(index, start, StopReason.MODEL_ERROR, Redaction.redact(message, agent.secrets()));
        }
        if (watch.close()) {
            throw timedOut(index, start);
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

    private ModelCallFailed timedOut(int index, long start) {
        return failed(index, start, StopReason.TIMEOUT, "the model did not answer before the run's time limit");
    }

    private ChatResponse send(ChatRequest chatRequest) {
        Optional<Consumer<String>> tokens = request.onToken();
        if (tokens.isPresent() && agent.model() instanceof TokenStreamingModel streaming) {
            Consumer<String> sink = tokens.get();
            return streaming.chat(chatRequest, text -> {
                sink.accept(text);
                context.emit(new AgentEvent.TokenReceived(context.runId, agent.name(), text));
            });
        }
        return agent.model().chat(chatRequest);
    }

    private ModelCallFailed failed(int index, long start, StopReason reason, String message) {
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        context.record(new ModelCallRecord(agent.name(), null, Usage.ZERO, null, 0, ms, null, message));
        if (context.listening()) {
            context.emit(new AgentEvent.ModelResponded(context.runId, agent.name(), index, 0, 0, 0, ms, message));
        }
        return new ModelCallFailed(reason, message);
    }

    /**
     * Gives every tool call an id: Ollama sends none, and OpenAI-compatible clients serialise id-less calls in
     * the legacy function_call format that most open-model servers reject.
     */
    private AiMessage withIds(AiMessage message) {
        if (!message.hasToolExecutionRequests()
                || message.toolExecutionRequests().stream().allMatch(r -> r.id() != null && !r.id().isBlank())) {
            return message;
        }
        List<ToolExecutionRequest> requests = new ArrayList<>();
        int i = 0;
        for (ToolExecutionRequest r : message.toolExecutionRequests()) {
            String id = r.id() != null && !r.id().isBlank() ? r.id()
                    : "call_" + context.runId.substring(0, 8) + "_" + context.modelRecords().size() + "_" + i;
            requests.add(ToolExecutionRequest.builder().id(id).name(r.name()).arguments(r.arguments()).build());
            i++;
        }
        return AiMessage.builder().text(message.text()).thinking(message.thinking()).toolExecutionRequests(requests)
                .attributes(message.attributes()).build();
    }

    /** A model call that ended the run. */
    private static final class ModelCallFailed extends Exception {
        private final StopReason reason;

        ModelCallFailed(StopReason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }
    }
}
