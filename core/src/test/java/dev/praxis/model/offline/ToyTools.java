package dev.praxis.model.offline;

import dev.praxis.tool.Param;
import dev.praxis.tool.ToolException;
import dev.praxis.tool.ToolFunction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** A small toolbox for testing offline mode without the industry packs. */
public class ToyTools {

    public enum Money { USD, EUR, GBP, JPY, CHF }

    public record Payment(BigDecimal monthlyPayment, int termMonths) {
    }

    public record Conversion(BigDecimal amount, Money from, Money to) {
    }

    public record OrderStatus(String orderId, String status) {
    }

    public record Growth(BigDecimal futureValue, int years) {
    }

    @ToolFunction(name = "loan_payment",
            description = "Monthly payment of a fixed-rate loan or mortgage from principal, interest rate and term")
    public Payment loanPayment(@Param("loan amount borrowed") BigDecimal principal,
                               @Param("annual interest rate in percent") BigDecimal annualRatePercent,
                               @Param(value = "loan term in months", min = "1") int termMonths) {
        BigDecimal r = annualRatePercent.divide(BigDecimal.valueOf(1200), MathContext.DECIMAL64);
        BigDecimal factor = BigDecimal.ONE.add(r).pow(termMonths, MathContext.DECIMAL64);
        BigDecimal payment = r.signum() == 0 ? principal.divide(BigDecimal.valueOf(termMonths), 2, RoundingMode.HALF_UP)
                : principal.multiply(r).multiply(factor).divide(factor.subtract(BigDecimal.ONE), 2, RoundingMode.HALF_UP);
        return new Payment(payment, termMonths);
    }

    @ToolFunction(name = "fx_convert", description = "Convert an amount of money from one currency to another")
    public Conversion fxConvert(@Param("amount to convert") BigDecimal amount,
                                @Param("currency to convert from") Money from,
                                @Param("currency to convert to") Money to) {
        return new Conversion(amount.multiply(new BigDecimal("0.9")).setScale(2, RoundingMode.HALF_EVEN), from, to);
    }

    @ToolFunction(name = "order_status", description = "Look up the shipping status of a customer order by order id")
    public OrderStatus orderStatus(@Param("order id, e.g. ORD-1042") String orderId) {
        if (!orderId.startsWith("ORD-")) {
            throw new ToolException("order_id must look like ORD-1234, got " + orderId);
        }
        return new OrderStatus(orderId, "shipped");
    }

    @ToolFunction(name = "savings_growth",
            description = "Future value of savings or an investment growing at a yearly return for a number of years")
    public Growth savingsGrowth(@Param("starting balance") BigDecimal deposit,
                                @Param("expected yearly return in percent") BigDecimal returnPercent,
                                @Param("number of years") int years) {
        BigDecimal factor = BigDecimal.ONE.add(returnPercent.movePointLeft(2)).pow(years, MathContext.DECIMAL64);
        return new Growth(deposit.multiply(factor).setScale(2, RoundingMode.HALF_EVEN), years);
    }
}
