package dev.praxis.examples.custom;

import dev.praxis.tool.Param;
import dev.praxis.tool.ToolFunction;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A custom tool: the whole of it. Add it to an agent with {@code .tools(Tools.from(new TipCalculator()))}. */
public final class TipCalculator {

    /** The tip and the total, rounded half-up to cents. */
    public record Tip(BigDecimal tip, BigDecimal total) {
    }

    @ToolFunction(name = "tip", description = "Tip and total for a restaurant bill")
    public Tip tip(@Param(value = "Bill amount", min = "0") BigDecimal bill,
                   @Param(value = "Tip in percent, 15 means 15 %", min = "0", max = "100") BigDecimal percent) {
        BigDecimal tip = bill.multiply(percent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        return new Tip(tip, bill.add(tip));
    }
}
