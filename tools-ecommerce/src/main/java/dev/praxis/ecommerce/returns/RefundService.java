package dev.praxis.ecommerce.returns;

import dev.praxis.approval.ActionToken;
import dev.praxis.approval.ActionTokenException;
import dev.praxis.approval.ActionTokens;
import dev.praxis.approval.ApprovalSummary;
import dev.praxis.ecommerce.approval.ApprovalException;
import dev.praxis.ecommerce.approval.IdempotencyLedger;
import dev.praxis.ecommerce.money.Money;
import dev.praxis.ecommerce.order.Order;
import dev.praxis.ecommerce.order.OrderBook;
import dev.praxis.ecommerce.order.OrderStatus;
import dev.praxis.ecommerce.order.Refund;
import dev.praxis.tool.ToolException;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refunds in two steps. {@link #prepare} checks the order and amount and issues an approval token bound to a
 * preview that includes the balance it was prepared against, so any refund issued in between invalidates it.
 * {@link #issue} verifies the token, re-checks the balance and records the refund once per idempotency key.
 */
public final class RefundService {

    static final String KIND = "refund";

    private record Pending(String owner, String orderId, Money amount, String reason, Money balance,
                           RefundPreview preview) {
    }

    private record Canonical(String orderId, Money amount, String reason, Money balance) {
    }

    private final OrderBook orders;
    private final ActionTokens tokens;
    private final Duration lifetime;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, String> used = new ConcurrentHashMap<>();
    private final IdempotencyLedger<Refund> ledger = new IdempotencyLedger<>();

    /** Refunds on {@code orders}, approved with tokens from {@code tokens} that last {@code lifetime}. */
    public RefundService(OrderBook orders, ActionTokens tokens, Duration lifetime) {
        this.orders = orders;
        this.tokens = tokens;
        this.lifetime = lifetime;
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
        ActionToken token = tokens.issue(KIND, new Canonical(orderId, money, reason, balance), owner, lifetime);
        RefundPreview preview = new RefundPreview(orderId, money, reason, balance, token.actionHash(), token.value(),
                token.expiresAt(), "Show the refund (order, amount, reason) to the shopper or a human agent and "
                + "get explicit approval; only then call issue_refund with this approval_token and a new idempotency_key.");
        pending.put(token.id(), new Pending(owner, orderId, money, reason, balance, preview));
        return preview;
    }

    /** What the approver of {@code issue_refund} with {@code approvalToken} sees, from the refund preview. */
    public ApprovalSummary describe(String owner, String approvalToken) {
        Pending p = pending(owner, approvalToken);
        String problem = null;
        try {
            tokens.check(approvalToken, KIND, current(owner, p), owner);
        } catch (ToolException e) {
            problem = e.getMessage();
        }
        return RefundSummary.of(p.preview(), problem);
    }

    /**
     * Issues the refund approved with {@code approvalToken}, once per {@code idempotencyKey}.
     *
     * @throws ApprovalException when the token is missing, forged, expired, used, or the order's balance changed
     */
    public Refund issue(String owner, String approvalToken, String idempotencyKey) {
        String fingerprint = ActionTokens.hash(String.valueOf(approvalToken));
        return ledger.run(owner, idempotencyKey, fingerprint, () -> issueOnce(owner, approvalToken)).value();
    }

    private Refund issueOnce(String owner, String approvalToken) {
        Pending p = pending(owner, approvalToken);
        String id = tokens.read(approvalToken).id();
        try {
            tokens.redeem(approvalToken, KIND, current(owner, p), owner);
        } catch (ActionTokenException e) {
            throw switch (e.reason()) {
                case OTHER_ACTION -> new ApprovalException("order " + p.orderId() + " changed since prepare_refund "
                        + "(refundable balance is now " + orders.get(owner, p.orderId()).refundableBalance()
                        + "); prepare the refund again and get a new approval");
                case USED -> new ApprovalException("approval_token was already used for refund "
                        + used.getOrDefault(id, "(issued earlier)"));
                default -> e;
            };
        }
        Order refunded = orders.refund(owner, p.orderId(), p.amount(), p.reason());
        Refund refund = refunded.refunds().get(refunded.refunds().size() - 1);
        used.put(id, refund.refundId());
        return refund;
    }

    private Pending pending(String owner, String approvalToken) {
        Pending p = pending.get(tokens.read(approvalToken).id());
        if (p == null || !p.owner().equals(owner)) {
            throw new ApprovalException("approval_token belongs to no refund prepared in this session");
        }
        return p;
    }

    /** The refund as it would be prepared now: differs from the approved one when the balance changed. */
    private Canonical current(String owner, Pending p) {
        return new Canonical(p.orderId(), p.amount(), p.reason(), orders.get(owner, p.orderId()).refundableBalance());
    }
}
