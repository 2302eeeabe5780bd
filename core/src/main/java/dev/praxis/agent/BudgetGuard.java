package dev.praxis.agent;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.praxis.memory.TokenEstimator;
import dev.praxis.model.ModelCost;

import java.util.List;
import java.util.Optional;

/**
 * Enforces the token and money budgets of the run ({@link Limits}) and of the session ({@link Budget}) around
 * every model call, and the session's time budget before each. Before a call: refuses it when the estimated
 * prompt does not fit in the tokens left, and caps the reply's {@code maxOutputTokens} when little is left.
 * After it: a reply that took the run or the session over a budget ends the run at once, so none of its tool
 * calls run. Stops with {@link StopReason#BUDGET_EXCEEDED} naming the budget.
 */
final class BudgetGuard implements Interceptor {

    /**
     * The reply's output is capped only when fewer tokens than this are left: a cap near a model's context size
     * makes some servers (vLLM) refuse the request, and replies of an agent step are far shorter.
     */
    static final int CAP_BELOW = 4_096;

    private static final TokenEstimator ESTIMATOR = TokenEstimator.approximate();

    private final Budget session;

    BudgetGuard(Budget session) {
        this.session = session;
    }

    @Override
    public ChatResponse interceptModel(ModelChain chain) {
        RunContext run = (RunContext) chain.run();
        SessionSpend before = run.sessionSpent();
        boolean money = session.maxCost().isPresent() || run.limits.maxCost().isPresent();
        if (session.maxTime().isPresent()) {
            checkTime(run, before);
        }
        if (money) {
            checkMoney(run, before);
        }
        ChatRequest request = chain.request();
        long left = tokensLeft(run, before);
        long prompt = estimate(run, request);
        if (prompt >= left) {
            throw new StopRunException(StopReason.BUDGET_EXCEEDED, tokenBudgetName(run, before)
                    + " is spent: " + left + " tokens left, the next request needs about " + prompt);
        }
        long output = left - prompt;
        if (output < CAP_BELOW) {
            Integer current = request.maxOutputTokens();
            if (current == null || current > output) {
                request = capped(request, (int) output);
            }
        }
        ChatResponse response = chain.proceed(request);
        if (tokensLeft(run, before) < 0) {
            throw new StopRunException(StopReason.BUDGET_EXCEEDED, tokenBudgetName(run, before)
                    + " was exceeded by the last reply (" + run.tokens() + " tokens used in this run)");
        }
        if (money) {
            checkMoney(run, before);
        }
        return response;
    }

    private long tokensLeft(RunContext run, SessionSpend before) {
        long runLeft = run.limits.maxTokens() - run.tokens();
        if (session.maxTokens() == Long.MAX_VALUE) {
            return runLeft;
        }
        return Math.min(runLeft, session.maxTokens() - before.tokens() - run.tokens());
    }

    private String tokenBudgetName(RunContext run, SessionSpend before) {
        long runLeft = run.limits.maxTokens() - run.tokens();
        long sessionLeft = session.maxTokens() == Long.MAX_VALUE ? Long.MAX_VALUE
                : session.maxTokens() - before.tokens() - run.tokens();
        return sessionLeft < runLeft ? "the session's token budget of " + session.maxTokens()
                : "the run's token budget of " + run.limits.maxTokens();
    }

    private void checkMoney(RunContext run, SessionSpend before) {
        Optional<ModelCost> spent = run.cost();
        run.limits.maxCost().ifPresent(max -> {
            if (over(spent.orElse(null), null, max)) {
                throw new StopRunException(StopReason.BUDGET_EXCEEDED, "the run's money budget of " + show(max)
                        + " is spent (" + show(spent.get()) + ")");
            }
        });
        session.maxCost().ifPresent(max -> {
            if (over(spent.orElse(null), before.cost(), max)) {
                throw new StopRunException(StopReason.BUDGET_EXCEEDED, "the session's money budget of " + show(max)
                        + " is spent");
            }
        });
    }

    /** Whether {@code spent} (plus {@code earlier}) reaches {@code max}; a budget of zero allows nothing. */
    private static boolean over(ModelCost spent, ModelCost earlier, ModelCost max) {
        ModelCost total = spent == null ? earlier : earlier == null ? spent : spent.plus(earlier);
        if (total == null) {
            return max.amount().signum() == 0;
        }
        if (!total.currency().equals(max.currency())) {
            throw new IllegalStateException("the money budget is in " + max.currency() + " but calls are priced in "
                    + total.currency());
        }
        return total.amount().compareTo(max.amount()) >= 0;
    }

    private void checkTime(RunContext run, SessionSpend before) {
        session.maxTime().ifPresent(max -> {
            if (before.time().plus(run.elapsed()).compareTo(max) >= 0) {
                throw new StopRunException(StopReason.BUDGET_EXCEEDED, "the session's time budget of "
                        + max.toSeconds() + " s is spent");
            }
        });
    }

    /**
     * The request's estimated tokens: the run's running estimate when the request still holds the run's prompt
     * (each message estimated once per run), otherwise every message (an interceptor changed them).
     */
    private static long estimate(RunContext run, ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        RunContext.PromptView view = run.promptView;
        int n = messages.size();
        if (view != null && view.size() == n && (n == 0 || messages.get(n - 1) == view.last())) {
            return view.prompt().estimatedTokens(n);
        }
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += ESTIMATOR.estimate(messages.get(i));
        }
        return total;
    }

    private static ChatRequest capped(ChatRequest request, int maxOutputTokens) {
        int cap = Math.max(1, maxOutputTokens);
        return request.toBuilder().parameters(request.parameters().overrideWith(
                DefaultChatRequestParameters.builder().maxOutputTokens(cap).build())).build();
    }

    private static String show(ModelCost cost) {
        return cost.amount().toPlainString() + " " + cost.currency().getCurrencyCode();
    }
}
