package dev.praxis.agent;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.praxis.tool.ToolResult;

import java.util.List;

/** The chain objects behind {@link Interceptor}: each link passes on to the next once, the last to the target. */
final class Chains {

    private Chains() {
    }

    /** Where a model chain ends: the model itself. */
    interface ModelTarget {
        ChatResponse send(ChatRequest request);
    }

    /** Where a tool chain ends: the tool itself. */
    interface ToolTarget {
        ToolResult run(ToolCall call) throws InterruptedException;
    }

    /** Where a run chain ends: the turn itself. */
    interface RunTarget {
        Run.Outcome run();
    }

    static ChatResponse model(List<Interceptor> interceptors, RunScope run, Turn turn, ChatRequest request,
                              ModelTarget target) {
        return new ModelLink(interceptors, 0, run, turn, request, target).proceed(request);
    }

    static ToolResult tool(List<Interceptor> interceptors, RunScope run, Turn turn, ToolCall call, ToolTarget target)
            throws InterruptedException {
        return new ToolLink(interceptors, 0, run, turn, call, target).proceed(call);
    }

    /**
     * The turn through every interceptor's {@code interceptRun}; the outcome is the turn's own, whatever an
     * interceptor returns, and an interceptor that never proceeds is a bug reported as such.
     */
    static Run.Outcome run(List<Interceptor> interceptors, RunScope run, Turn turn, RunRequest request,
                           RunTarget target) {
        RunLink first = new RunLink(interceptors, 0, run, turn, request, target, new Run.Outcome[1]);
        first.proceed();
        Run.Outcome outcome = first.outcome[0];
        if (outcome == null) {
            throw new IllegalStateException("an interceptor's interceptRun returned without calling proceed; the turn"
                    + " of " + turn.agent() + " did not run");
        }
        return outcome;
    }

    private static final class RunLink implements Interceptor.RunChain {
        private final List<Interceptor> interceptors;
        private final int index;
        private final RunScope run;
        private final Turn turn;
        private final RunRequest request;
        private final RunTarget target;
        /** Shared by all links of one chain: the turn's outcome, set once the target ran. */
        private final Run.Outcome[] outcome;
        private boolean proceeded;

        RunLink(List<Interceptor> interceptors, int index, RunScope run, Turn turn, RunRequest request,
                RunTarget target, Run.Outcome[] outcome) {
            this.interceptors = interceptors;
            this.index = index;
            this.run = run;
            this.turn = turn;
            this.request = request;
            this.target = target;
            this.outcome = outcome;
        }

        @Override
        public RunScope run() {
            return run;
        }

        @Override
        public Turn turn() {
            return turn;
        }

        @Override
        public RunRequest request() {
            return request;
        }

        @Override
        public StopReason proceed() {
            if (proceeded) {
                throw new IllegalStateException(caller(interceptors, index) + " called proceed more than once");
            }
            proceeded = true;
            if (index == interceptors.size()) {
                outcome[0] = target.run();
                return outcome[0].stopReason();
            }
            interceptors.get(index).interceptRun(new RunLink(interceptors, index + 1, run, turn, request, target,
                    outcome));
            if (outcome[0] == null) {
                throw new IllegalStateException("interceptor " + interceptors.get(index) + " returned from"
                        + " interceptRun without calling proceed");
            }
            return outcome[0].stopReason();
        }
    }

    private static final class ModelLink implements Interceptor.ModelChain {
        private final List<Interceptor> interceptors;
        private final int index;
        private final RunScope run;
        private final Turn turn;
        private final ChatRequest request;
        private final ModelTarget target;
        private boolean proceeded;

        ModelLink(List<Interceptor> interceptors, int index, RunScope run, Turn turn, ChatRequest request,
                  ModelTarget target) {
            this.interceptors = interceptors;
            this.index = index;
            this.run = run;
            this.turn = turn;
            this.request = request;
            this.target = target;
        }

        @Override
        public RunScope run() {
            return run;
        }

        @Override
        public Turn turn() {
            return turn;
        }

        @Override
        public ChatRequest request() {
            return request;
        }

        @Override
        public ChatResponse proceed(ChatRequest next) {
            if (proceeded) {
                throw new IllegalStateException(caller(interceptors, index) + " called proceed more than once");
            }
            proceeded = true;
            if (index == interceptors.size()) {
                return target.send(next);
            }
            return interceptors.get(index).interceptModel(new ModelLink(interceptors, index + 1, run, turn, next,
                    target));
        }
    }

    private static final class ToolLink implements Interceptor.ToolChain {
        private final List<Interceptor> interceptors;
        private final int index;
        private final RunScope run;
        private final Turn turn;
        private final ToolCall call;
        private final ToolTarget target;
        private boolean proceeded;

        ToolLink(List<Interceptor> interceptors, int index, RunScope run, Turn turn, ToolCall call, ToolTarget target) {
            this.interceptors = interceptors;
            this.index = index;
            this.run = run;
            this.turn = turn;
            this.call = call;
            this.target = target;
        }

        @Override
        public RunScope run() {
            return run;
        }

        @Override
        public Turn turn() {
            return turn;
        }

        @Override
        public ToolCall call() {
            return call;
        }

        @Override
        public ToolResult proceed(ToolCall next) throws InterruptedException {
            if (proceeded) {
                throw new IllegalStateException(caller(interceptors, index) + " called proceed more than once");
            }
            proceeded = true;
            if (!next.id().equals(call.id()) || !next.name().equals(call.name())
                    || next.sideEffect() != call.sideEffect()) {
                throw new IllegalStateException(caller(interceptors, index)
                        + " changed the id, tool or side effect of a call; only arguments may change");
            }
            if (index == interceptors.size()) {
                return target.run(next);
            }
            return interceptors.get(index).interceptTool(new ToolLink(interceptors, index + 1, run, turn, next,
                    target));
        }
    }

    private static String caller(List<Interceptor> interceptors, int index) {
        return index == 0 ? "the agent" : "interceptor " + interceptors.get(index - 1);
    }
}
