package dev.praxis.ecommerce.returns;

import dev.praxis.ecommerce.approval.ApprovalException;
import dev.praxis.ecommerce.approval.ApprovalTokens;
import dev.praxis.ecommerce.approval.IdempotencyLedger;
import dev.praxis.ecommerce.approval.PreviewHash;
import dev.praxis.ecommerce.money.Money;
import dev.praxis.ecommerce.order.Order;
import dev.praxis.ecommerce.order.OrderBook;
import dev.praxis.ecommerce.order.OrderStatus;
import dev.praxis.ecommerce.order.Refund;
import dev.praxis.tool.ToolException;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Refunds in two steps. {@link #prepare} checks the order and amount and issues an approval token bound to a
 * preview that includes the balance it was prepared against, so any refund issued in between invalidates it.
 * {@link #issue} verifies the token, re-checks the balance and records the refund once per idempotency key.
 */
public final class RefundService {

    static final String PURPOSE = "refund";

    private record Pending(String owner, String orderId, Money amount, String reason, Money balance) {
    }

    private record Canonical(String orderId, Money amount, String reason, Money balance) {
    }

    private final OrderBook orders;
    private final ApprovalTokens tokens;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, String> used = new ConcurrentHashMap<>();
    private final IdempotencyLedger<Refund> ledger = new IdempotencyLedger<>();
    private final AtomicLong ids = new AtomicLong();

    /** Refunds on {@code orders}, approved with tokens from {@code tokens}. */
    public RefundService(OrderBook orders, ApprovalTokens tokens) {
        this.orders = orders;
        this.tokens = tokens;
    }

    /** A refund preview for {@code amount} of {@code orderId}'s currency; changes nothing. */
    public RefundPreview prepare(String owner, String orderId, BigDecimal amount, String reason) {
        Order order = orders.get(owner, orderId);
        if (order.status() == OrderStatus.PLACED || order.status() == OrderStatus.PROCESSING) {
            throw new ToolException("order " + orderId + " is " + order.status() + ": it has not shipped, so "
                    + (order.status() == OrderStatus.PLACED ? "cancel it with cancel_order instead of refunding it"
                    : "wait for delivery, then return it"));
        }
        if (order.status() == OrderStatus.CANCELLED) {
            throw new ToolException("order " + orderId + " was cancelled and already refunded in full");
        }
        Money money;
        try {
            money = Money.parse(amount, order.total().currency());
        } catch (IllegalArgumentException e) {
            throw new ToolException("amount: " + e.getMessage());
        }
        Money balance = order.refundableBalance();
        if (!money.isPositive() || money.compareTo(balance) > 0) {
            throw new ToolException("amount must be > 0 and at most the refundable balance " + balance
                    + " of order " + orderId + ", got " + money);
        }
        String hash = PreviewHash.of(new Canonical(orderId, money, reason, balance));
        String id = "RFP" + ids.incrementAndGet();
        pending.put(id, new Pending(owner, orderId, money, reason, balance));
        return new RefundPreview(orderId, money, reason, balance, hash, tokens.issue(PURPOSE, id, hash),
                tokens.expiryFromNow(), "Show the refund (order, amount, reason) to the shopper or a human agent and "
                + "get explicit approval; only then call issue_refund with this approval_token and a new idempotency_key.");
    }

    /**
     * Issues the refund approved with {@code approvalToken}, once per {@code idempotencyKey}.
     *
     * @throws ApprovalException when the token is missing, forged, expired, used, or the order's balance changed
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
        String hash = PreviewHash.of(new Canonical(p.orderId(), p.amount(), p.reason(), order.refundableBalance()));
        if (!hash.equals(claims.previewHash())) {
            throw new ApprovalException("order " + p.orderId() + " changed since prepare_refund (refundable balance is now "
                    + order.refundableBalance() + "); prepare the refund again and get a new approval");
        }
        Order refunded = orders.refund(owner, p.orderId(), p.amount(), p.reason());
        Refund refund = refunded.refunds().get(refunded.refunds().size() - 1);
        used.put(claims.subject(), refund.refundId());
        return refund;
    }
}
