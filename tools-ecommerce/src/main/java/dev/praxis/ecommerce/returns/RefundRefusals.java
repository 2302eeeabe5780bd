package dev.praxis.ecommerce.returns;

import dev.praxis.ecommerce.money.Money;
import dev.praxis.ecommerce.order.Order;
import dev.praxis.ecommerce.order.RefundLine;
import dev.praxis.tool.ToolException;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sentences a refused refund returns to the model: which lines, why each is or is not refundable, how
 * much is, and what to do next, so the model can correct the request or hand the case to a person.
 */
final class RefundRefusals {

    private static final String OUTSIDE_POLICY = "If the shopper reports something the return policy does not cover "
            + "(a defect under warranty, a damaged delivery), call handoff_to_human instead of refunding.";

    private RefundRefusals() {
    }

    /** The lines a refund may draw on: those named in {@code lineIds}, or every line when none is named. */
    static List<LineEligibility> chosen(Order order, List<LineEligibility> eligibility, List<String> lineIds) {
        if (lineIds.isEmpty()) {
            return eligibility;
        }
        List<String> unknown = lineIds.stream().filter(id -> order.line(id).isEmpty()).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new ToolException("line_ids: order " + order.id() + " has no line " + unknown + "; its lines are "
                    + eligibility.stream().map(LineEligibility::lineId).toList());
        }
        List<LineEligibility> chosen = eligibility.stream().filter(e -> lineIds.contains(e.lineId())).toList();
        List<LineEligibility> refused = chosen.stream().filter(e -> !e.eligible()).toList();
        if (!refused.isEmpty()) {
            throw new ToolException("line_ids: " + describe(refused) + " cannot be refunded. Refundable today: "
                    + refundableLines(eligibility) + ". " + OUTSIDE_POLICY);
        }
        return chosen;
    }

    /** Why {@code amount} is refused when the chosen lines can refund only {@code cap} today. */
    static String aboveEligible(Order order, Money amount, Money cap, List<LineEligibility> chosen, LocalDate today) {
        if (!amount.isPositive()) {
            return "amount must be > 0, got " + amount;
        }
        String lines = "Lines: " + describe(chosen) + ". Shipping is refunded only when an order is cancelled, not on "
                + "returns. ";
        if (!cap.isPositive()) {
            return "refund of " + amount + " refused: under the return policy nothing on order " + order.id()
                    + " can be refunded on " + today + ". " + lines + "Tell the shopper why. " + OUTSIDE_POLICY;
        }
        return "refund of " + amount + " refused: under the return policy order " + order.id() + " can refund at most "
                + cap + " on " + today + ". " + lines + "Ask the shopper to confirm an amount of at most " + cap
                + " and call prepare_refund again. " + OUTSIDE_POLICY;
    }

    /** Why an approved refund can no longer be issued: {@code line}'s eligibility changed since it was prepared. */
    static String noLongerEligible(Order order, RefundLine line, LineEligibility now, LocalDate today) {
        return "refund on order " + order.id() + " refused on " + today + ": line " + describe(List.of(now))
                + ", but the approved refund gives it " + line.amount() + ". Tell the shopper, and call "
                + "check_return_eligibility and prepare_refund again for what is still refundable.";
    }

    private static String refundableLines(List<LineEligibility> eligibility) {
        List<LineEligibility> open = eligibility.stream().filter(LineEligibility::eligible).toList();
        return open.isEmpty() ? "no line" : describe(open);
    }

    private static String describe(List<LineEligibility> lines) {
        return lines.stream().map(e -> e.lineId() + " '" + e.title() + "' (" + e.category() + "): refundable "
                + e.refundable() + ", " + e.rule()).collect(Collectors.joining("; "));
    }
}
