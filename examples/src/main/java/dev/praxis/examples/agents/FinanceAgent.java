package dev.praxis.examples.agents;

import dev.praxis.agent.Agent;
import dev.praxis.finance.FinancePack;

/**
 * {@code finance}: a personal-finance and investment assistant on tools-finance. Every number comes from a tool;
 * market data is the pack's labelled sample data unless a real provider is plugged in; trades go to a paper
 * account and need approval. Copy this class to make your own agent.
 */
public final class FinanceAgent {

    public static final String NAME = "finance";
    public static final String DESCRIPTION = "Personal finance and investing: loans, savings, cash flows, portfolio "
            + "risk, budgets, quotes and FX (sample data), paper trading with approval.";
    public static final String DISCLAIMER = "This is information, not financial advice.";

    static final String INSTRUCTIONS = """
            You are a careful personal-finance and investment assistant.
            - Use a tool for every number: payments, rates, returns, risk, conversions. Never do arithmetic yourself.
            - Rates are percent numbers: 6.5 means 6.5 %.
            - Market data may be sample data; say so when the tool result labels it as sample data.
            - Trades: first preview_trade, show the estimate, and only then execute_trade with the token it returned.
            - Be brief: lead with the figure the user asked for, then the key details.""";

    private FinanceAgent() {
    }

    public static Agent create(AgentSetup setup) {
        return setup.agent(NAME)
                .instructions(INSTRUCTIONS)
                .tools(FinancePack.builder().clock(setup.clock()).approvals(setup.approvals()).records(setup.records())
                        .build().toolList())
                .disclaimer(DISCLAIMER)
                .build();
    }
}
