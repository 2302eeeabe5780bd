package com.example.consumer;

import dev.praxis.tool.Param;
import dev.praxis.tool.ToolFunction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A user's tool, compiled without {@code -parameters}: every method parameter is named in its {@link Param}, the
 * way the README says. Record components keep their names at run time, so {@link Amount}'s need no name.
 */
public final class ExpenseTool {

    /** What an expense was for. */
    public enum Category { TRAVEL, MEALS, LODGING }

    /**
     * Money as the user typed it.
     *
     * @param value    the amount, exact
     * @param currency an ISO 4217 code
     */
    public record Amount(@Param("Amount, e.g. 12.50") BigDecimal value, @Param("ISO 4217 code, e.g. EUR") String currency) {
    }

    /**
     * The filed claim.
     *
     * @param category  what it was for
     * @param total     the amount plus the tip, to the cent
     * @param currency  the amount's currency
     * @param spentOn   the day of the expense
     * @param payableOn thirty days later
     */
    public record Claim(Category category, BigDecimal total, String currency, LocalDate spentOn, LocalDate payableOn) {
    }

    /**
     * Files an expense claim.
     *
     * @param amount     what was spent
     * @param category   what for
     * @param spentOn    when
     * @param tipPercent a tip on top, in percent
     * @return the claim
     */
    @ToolFunction(name = "file_expense", description = "Files an expense claim")
    public Claim file(@Param(name = "amount", value = "What was spent") Amount amount,
                      @Param(name = "category", value = "What it was for") Category category,
                      @Param(name = "spent_on", value = "Day of the expense") LocalDate spentOn,
                      @Param(name = "tip_percent", value = "Tip in percent", min = "0", max = "30") BigDecimal tipPercent) {
        BigDecimal tip = amount.value().multiply(tipPercent).movePointLeft(2);
        BigDecimal total = amount.value().add(tip).setScale(2, RoundingMode.HALF_UP);
        return new Claim(category, total, amount.currency(), spentOn, spentOn.plusDays(30));
    }
}
