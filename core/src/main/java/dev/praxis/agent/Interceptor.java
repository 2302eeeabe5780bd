package dev.praxis.agent;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.praxis.tool.ToolResult;

/**
 * Wraps every model call and every tool call of an agent's runs: the one interception point of Praxis, on the
 * idea of OkHttp's {@code Interceptor}. An interceptor receives a chain, may inspect or change the request,
 * calls {@code proceed} at most once (or not at all, to substitute its own response) and returns the response,
 * possibly changed. Budgets, the no-progress guard, approval and events are interceptors of this kind inside
 * Praxis; user interceptors (audit, caching, PII masking) are added with {@link Agent.Builder#interceptor} and
 * run outside them, in the order added (the first added sees the call first).
 *
 * <pre>{@code
 * Interceptor audit = new Interceptor() {
 *     public ToolResult interceptTool(ToolChain chain) throws InterruptedException {
 *         ToolResult result = chain.proceed(chain.call());
 *         auditLog.write(chain.run().sessionId(), chain.call().name(), result.outcome());
 *         return result;
 *     }
 * };
 * Agent agent = Agent.builder().name("shop").model(model).tools(tools).interceptor(audit).build();
 * }</pre>
 *
 * <p>{@link #interceptRun} wraps a whole turn (a run, a resumed run, or a specialist's turn inside an
 * agent-as-tool call) for those who need its start and end on the thread that runs it, such as a tracer; the
 * chains' {@link Turn} says which turn a call belongs to, also on the pool threads of parallel tool calls.
 *
 * <p>To end the run, throw {@link StopRunException} with a stop reason. Any other exception an interceptor
 * throws is a fault: the run ends with {@link StopReason#INTERNAL_ERROR}. Interceptors are shared by all runs of
 * the agent and tool interceptors are called from several threads when read-only calls run in parallel: keep
 * per-run state in {@link RunScope#local}.
 */
public interface Interceptor {

    /**
     * Intercepts one model call; the default passes it on unchanged.
     *
     * @param chain the call and the rest of the chain
     * @return the model's response, as the caller will see it
     */
    default ChatResponse interceptModel(ModelChain chain) {
        return chain.proceed(chain.request());
    }

    /**
     * Intercepts one validated tool call; the default passes it on unchanged.
     *
     * @param chain the call and the rest of the chain
     * @return the tool's result, as the model will see it
     * @throws java.lang.InterruptedException when the run is cancelled while waiting
     */
    default ToolResult interceptTool(ToolChain chain) throws InterruptedException {
        return chain.proceed(chain.call());
    }

    /**
     * Wraps one turn of an agent, on the thread that runs it: the model and tool calls of the turn happen inside
     * {@code proceed}. Unlike the call interceptors this one cannot skip or change the turn: it must call
     * {@code proceed} exactly once and return what it returned; exceptions the turn throws pass through it. The
     * default passes it on.
     *
     * @param chain the turn and the rest of the chain
     * @return how the turn ended, as {@code proceed} returned it
     */
    default StopReason interceptRun(RunChain chain) {
        return chain.proceed();
    }

    /** The rest of the chain for one turn of an agent. */
    interface RunChain {

        /**
         * The run the turn belongs to (shared with the turns it delegates to).
         *
         * @return the run
         */
        RunScope run();

        /**
         * Which turn this is: its agent, and for a delegated turn, the tool call that started it.
         *
         * @return the turn
         */
        Turn turn();

        /**
         * The request the turn answers (for a delegated turn, the caller's request to the specialist).
         *
         * @return the request
         */
        RunRequest request();

        /**
         * Runs the turn; call exactly once.
         *
         * @return how the turn ended
         */
        StopReason proceed();
    }

    /** The rest of the chain for one model call. */
    interface ModelChain {

        /**
         * The run this call belongs to.
         *
         * @return the run
         */
        RunScope run();

        /**
         * The turn this call belongs to.
         *
         * @return the turn
         */
        Turn turn();

        /**
         * The request as the previous interceptor passed it.
         *
         * @return the request
         */
        ChatRequest request();

        /**
         * Sends {@code request} on through the chain to the model; call at most once.
         *
         * @param request the request to send, possibly changed
         * @return the model's response
         */
        ChatResponse proceed(ChatRequest request);
    }

    /** The rest of the chain for one tool call. */
    interface ToolChain {

        /**
         * The run this call belongs to.
         *
         * @return the run
         */
        RunScope run();

        /**
         * The turn this call belongs to (also on the pool thread of a parallel call).
         *
         * @return the turn
         */
        Turn turn();

        /**
         * The call as the previous interceptor passed it.
         *
         * @return the call
         */
        ToolCall call();

        /**
         * Passes {@code call} on through the chain to the tool; call at most once. Arguments changed here are
         * validated again before the tool runs, and side-effecting calls are approved innermost, so the person
         * approving sees exactly what runs.
         *
         * @param call the call to run, possibly changed
         * @return the tool's result
         * @throws java.lang.InterruptedException when the run is cancelled while waiting
         */
        ToolResult proceed(ToolCall call) throws InterruptedException;
    }
}
