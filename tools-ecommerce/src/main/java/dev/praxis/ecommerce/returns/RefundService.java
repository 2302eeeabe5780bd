package dev.praxis.ecommerce.returns;

import dev.praxis.ecommerce.approval.ApprovalException;
import dev.praxis.ecommerce.approval.ApprovalTokens;
import dev.praxis.ecommerce.approval.IdempotencyLedger;
import dev.praxis.ecommerce.approval.PreviewHash;
import dev.praxis.ecommerce.money.Allocation;
import dev.praxis.ecommerce.money.Money;
import dev.praxis.ecommerce.order.Order;
import dev.praxis.ecommerce.order.OrderBook;
import dev.praxis.ecommerce.order.OrderStatus;
import dev.praxis.ecommerce.order.Refund;
import dev.praxis.ecommerce.order.RefundLine;
import dev.praxis.tool.ToolException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Refunds in two steps, under the return policy. {@link #prepare} computes every line's eligibility with the
 * same {@link ReturnPolicy} that {@code check_return_eligibility} reports, refuses an amount above what the
 * eligible lines can still refund (naming each line and its rule), splits the amount over those lines and
 * issues an approval token bound to a preview that shows the eligibility to the approver. {@link #issue}
 * verifies the token, checks the order did not change, checks the eligibility again on the day of issue (a
 * window may have closed since) and records the refund line by line, once per idempotency key.
 *
 * <p>Only delivered orders are refunded here: an order that has not entered fulfilment is cancelled (full
 * refund, shipping included), one in fulfilment or in transit is returned after delivery. Shipping is not
 * refunded on returns.
 */
public final class RefundService {

    static final String PURPOSE = "refund";

    private record Pending(String owner, String orderId, Money amount, String reason, List<RefundLine> lines) {
    }

    private record Canonical(String orderId, Money amount, String reason, List<RefundLine> lines, Money balance) {
    }

    private final OrderBook orders;
    private final ApprovalTokens tokens;
    private final ReturnPolicy policy;
    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, String> used = new ConcurrentHashMap<>();
    private final IdempotencyLedger<Refund> ledger = new IdempotencyLedger<>();
    private final AtomicLong ids = new AtomicLong();

    /** Refunds on {@code orders} under {@code policy} as of {@code clock}'s day, approved with {@code tokens}. */
    public RefundService(OrderBook orders, ApprovalTokens tokens, ReturnPolicy policy, Clock clock) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A refund preview for {@code amount} of {@code orderId}'s currency, on the lines {@code lineIds} (all lines
     * when empty); changes nothing.
     *
     * @throws ToolException when the order is not delivered, a line is unknown or not refundable, or the amount
     *                       is above what the policy lets those lines refund today
     */
    public RefundPreview prepare(String owner, String orderId, BigDecimal amount, String reason, List<String> lineIds) {
        Order order = orders.get(owner, orderId);
        requireDelivered(order);
        Money money = parse(amount, order);
        LocalDate today = LocalDate.now(clock);
        List<LineEligibility> eligibility = eligibility(order, today);
        List<LineEligibility> chosen = RefundRefusals.chosen(order, eligibility, lineIds);
        Money cap = refundable(chosen, money);
        if (!money.isPositive() || money.compareTo(cap) > 0) {
            throw new ToolException(RefundRefusals.aboveEligible(order, money, cap, chosen, today));
        }
        List<RefundLine> lines = split(money, chosen);
        Money balance = order.refundableBalance();
        String hash = PreviewHash.of(new Canonical(orderId, money, reason, lines, balance));
        String id = "RFP" + ids.incrementAndGet();
        pending.put(id, new Pending(owner, orderId, money, reason, lines));
        return new RefundPreview(orderId, money, reason, lines, today, eligibility, refundable(eligibility, money),
                balance, hash, tokens.issue(PURPOSE, id, hash), tokens.expiryFromNow(), "Show the refund (order, amount, "
                + "reason, the lines it pays back and their eligibility) to the shopper or a human agent and get explicit "
                + "approval; only then call issue_refund with this approval_token and a new idempotency_key.");
    }

    /**
     * Issues the refund approved with {@code approvalToken}, once per {@code idempotencyKey}.
     *
     * @throws ApprovalException when the token is missing, forged, expired, used, or the order's balance changed
     * @throws ToolException     when a line it pays back is no longer refundable today
     */
    public Refund issue(String owner, String approvalToken, String idempotencyKey) {
        String fingerprint = PreviewHash.ofText(String.valueOf(approvalToken));
        return ledger.run(owner, idempotencyKey, fingerprint, () -> issueOnce(owner, approvalToken)).value();
    }

    private Refund issueOnce(String owner, String approvalToken) {
        ApprovalTokens.Claims claims = tokens.verify(approvalToken, PURPOSE);
        Pending p = pending.get(claims.subject());
        if (p == null || !p.owner().equals(owner)) {
            throw new ApprovalException("approval_token belongs to no refund prepared in this session");
        }
        if (used.containsKey(claims.subject())) {
            throw new ApprovalException("approval_token was already used for refund " + used.get(claims.subject()));
        }
        Order order = orders.get(owner, p.orderId());
        String hash = PreviewHash.of(new Canonical(p.orderId(), p.amount(), p.reason(), p.lines(), order.refundableBalance()));
        if (!hash.equals(claims.previewHash())) {
            throw new ApprovalException("order " + p.orderId() + " changed since prepare_refund (refundable balance is now "
                    + order.refundableBalance() + "); prepare the refund again and get a new approval");
        }
        requireStillEligible(order, p.lines());
        Order refunded = orders.refund(owner, p.orderId(), p.lines(), p.reason());
        Refund refund = refunded.refunds().get(refunded.refunds().size() - 1);
        used.put(claims.subject(), refund.refundId());
        return refund;
    }

    private void requireStillEligible(Order order, List<RefundLine> lines) {
        LocalDate today = LocalDate.now(clock);
        List<LineEligibility> now = eligibility(order, today);
        for (RefundLine line : lines) {
            LineEligibility e = now.stream().filter(x -> x.lineId().equals(line.lineId())).findFirst().orElseThrow();
            if (line.amount().compareTo(e.refundable()) > 0) {
                throw new ToolException(RefundRefusals.noLongerEligible(order, line, e, today));
            }
        }
    }

    private static void requireDelivered(Order order) {
        String why = switch (order.status()) {
            case DELIVERED -> null;
            case PLACED -> "it has not entered fulfilment, so cancel it with cancel_order instead (a cancellation refunds "
                    + "everything paid, shipping included)";
            case PROCESSING, SHIPPED -> "it is not delivered yet and can no longer be cancelled: once it is delivered, "
                    + "check_return_eligibility and refund the eligible lines (track_shipment shows where it is)";
            case CANCELLED -> "it was cancelled and already refunded in full";
        };
        if (why != null) {
            throw new ToolException("order " + order.id() + " is " + order.status() + ": " + why);
        }
    }

    private static Money parse(BigDecimal amount, Order order) {
        try {
            return Money.parse(amount, order.total().currency());
        } catch (IllegalArgumentException e) {
            throw new ToolException("amount: " + e.getMessage());
        }
    }

    private List<LineEligibility> eligibility(Order order, LocalDate day) {
        try {
            return policy.check(order, day);
        } catch (IllegalArgumentException e) {
            throw new ToolException(e.getMessage());
        }
    }

    private static Money refundable(List<LineEligibility> lines, Money zeroOf) {
        return lines.stream().map(LineEligibility::refundable).reduce(Money.zero(zeroOf.currency()), Money::plus);
    }

    // Largest-remainder split in proportion to what each eligible line can still refund: as the amount is at
    // most their sum, no line gets more than it has left.
    private static List<RefundLine> split(Money amount, List<LineEligibility> chosen) {
        List<LineEligibility> open = chosen.stream().filter(e -> e.refundable().isPositive()).toList();
        List<Money> parts = Allocation.split(amount, open.stream().map(e -> e.refundable().minor()).toList());
        List<RefundLine> lines = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            if (parts.get(i).isPositive()) {
                lines.add(new RefundLine(open.get(i).lineId(), parts.get(i)));
            }
        }
        return List.copyOf(lines);
    }
}
