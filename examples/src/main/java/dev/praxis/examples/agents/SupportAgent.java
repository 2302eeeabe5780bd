package dev.praxis.examples.agents;

import dev.praxis.agent.Agent;

/**
 * {@code support}: a front desk that routes each request to a specialist, the {@link FinanceAgent} or the
 * {@link ShopAgent}, used as tools. The specialists work in the caller's session (one cart, one account) and spend
 * the caller's limits; their tool calls appear in the run record.
 */
public final class SupportAgent {

    public static final String NAME = "support";
    public static final String DESCRIPTION = "Front desk: routes money questions to finance and shopping to shop, "
            + "keeping one session.";

    static final String INSTRUCTIONS = """
            You are the front desk. You do not answer questions yourself: send each request to the right
            specialist with its full details, then pass on the specialist's answer.
            - ask_finance: loans, savings, rates, investing, budgets, stock quotes, currency conversion.
            - ask_shop: products, prices in the store, carts, checkout, orders, returns and refunds.""";

    private SupportAgent() {
    }

    public static Agent create(AgentSetup setup, Agent finance, Agent shop) {
        return setup.agent(NAME)
                .instructions(INSTRUCTIONS)
                .tools(finance.asTool("ask_finance", "Money and investing questions for the finance specialist: loan "
                                + "and mortgage payments, interest rates, savings growth, NPV and IRR, portfolio value and "
                                + "risk, budgets and spending, stock quotes, exchange rates and converting an amount between "
                                + "currencies (USD, EUR, GBP, JPY...), paper trades"),
                        shop.asTool("ask_shop", "Shopping questions for the store's specialist: find and compare "
                                + "products (shoes, jackets, electronics, home goods...), product prices and stock, the cart, "
                                + "discount codes, checkout, orders, delivery tracking, returns and refunds"))
                .build();
    }
}
