package dev.praxis.examples.agents;

import dev.praxis.agent.Agent;
import dev.praxis.ecommerce.support.HandoffDesk;
import dev.praxis.tool.Tool;
import dev.praxis.tool.Tools;

import java.util.ArrayList;
import java.util.List;

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
            - ask_shop: products, prices in the store, carts, checkout, orders, returns and refunds.
            - handoff_to_human: when the person asks for a human, or neither specialist fits.""";

    private SupportAgent() {
    }

    public static Agent create(AgentSetup setup, Agent finance, Agent shop) {
        return setup.agent(NAME)
                .instructions(INSTRUCTIONS)
                .tools(tools(finance, shop, new HandoffDesk(setup.clock())))
                .build();
    }

    /** The desk's tools: the two specialists as {@code ask_finance} and {@code ask_shop}, and a human handoff. */
    public static List<Tool> tools(Agent finance, Agent shop, HandoffDesk desk) {
        List<Tool> tools = new ArrayList<>();
        tools.add(finance.asTool("ask_finance", "Money and investing questions for the finance specialist: loan "
                + "and mortgage payments, interest rates, savings growth, NPV and IRR, portfolio value and "
                + "risk, budgets and spending, stock quotes, exchange rates and converting an amount between "
                + "currencies (USD, EUR, GBP, JPY...), paper trades"));
        tools.add(shop.asTool("ask_shop", "Shopping questions for the store's specialist: find and compare "
                + "products (shoes, jackets, electronics, home goods...), product prices and stock, the cart, "
                + "discount codes, checkout, orders, delivery tracking, returns and refunds"));
        tools.addAll(Tools.from(new HumanHandoff(desk)));
        return tools;
    }
}
