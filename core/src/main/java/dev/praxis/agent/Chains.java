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

    static ChatResponse model(List<Interceptor> interceptors, RunScope run, ChatRequest request, ModelTarget target) {
        return new ModelLink(interceptors, 0, run, request, target).proceed(request);
    }

    static ToolResult tool(List<Interceptor> interceptors, RunScope run, ToolCall call, ToolTarget target)
            throws InterruptedException {
        return new ToolLink(interceptors, 0, run, call, target).proceed(call);
    }

    private static final class ModelLink implements Interceptor.ModelChain {
        private final List<Interceptor> interceptors;
        private final int index;
        private final RunScope run;
        private final ChatRequest request;
        private final ModelTarget target;
        private boolean proceeded;

        ModelLink(List<Interceptor> interceptors, int index, RunScope run, ChatRequest request, ModelTarget target) {
            this.interceptors = interceptors;
            this.index = index;
            this.run = run;
            this.request = request;
            this.target = target;
        }

        @Override
        public RunScope run() {
            return run;
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
            return interceptors.get(index).interceptModel(new ModelLink(interceptors, index + 1, run, next, target));
        }
    }

    private static final class ToolLink implements Interceptor.ToolChain {
        private final List<Interceptor> interceptors;
        private final int index;
        private final RunScope run;
        private final ToolCall call;
        private final ToolTarget target;
        private boolean proceeded;

        ToolLink(List<Interceptor> interceptors, int index, RunScope run, ToolCall call, ToolTarget target) {
            this.interceptors = interceptors;
            this.index = index;
            this.run = run;
            this.call = call;
            this.target = target;
        }

        @Override
        public RunScope run() {
            return run;
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
            return interceptors.get(index).interceptTool(new ToolLink(interceptors, index + 1, run, next, target));
        }
    }

    private static String caller(List<Interceptor> interceptors, int index) {
        return index == 0 ? "the agent" : "interceptor " + interceptors.get(index - 1);
    }
}
