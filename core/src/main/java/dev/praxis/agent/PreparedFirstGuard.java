package dev.praxis.agent;

import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolResult;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "Prepare, show the user, then execute", in code: an irreversible tool that executes a previewed action
 * ({@link Tool#preparedBy()}) is refused in the same run as a successful call of its preparer, so the model must
 * show the preview and end its turn; the user's next message can then confirm. A refusal is a denial the model
 * reads, with what to do instead.
 */
final class PreparedFirstGuard implements Interceptor {

    private static final RunScope.Key<Set<String>> SUCCEEDED = RunScope.Key.of("succeeded-tools");

    private final ToolBox tools;

    PreparedFirstGuard(ToolBox tools) {
        this.tools = tools;
    }

    @Override
    public ToolResult interceptTool(ToolChain chain) throws InterruptedException {
        ToolCall call = chain.call();
        Set<String> succeeded = chain.run().local(SUCCEEDED, ConcurrentHashMap::newKeySet);
        Optional<String> preparer = tools.find(call.name()).flatMap(Tool::preparedBy);
        if (preparer.isPresent() && succeeded.contains(preparer.get())) {
            return ToolResult.denied("not run: " + call.name() + " would execute what " + preparer.get()
                    + " previewed in this same request, before the user has seen it. Show the user the preview"
                    + " (what, how much, where) and ask them to confirm; call " + call.name()
                    + " in a later turn, after they agree.");
        }
        ToolResult result = chain.proceed(call);
        if (result.isOk()) {
            succeeded.add(call.name());
        }
        return result;
    }
}
