package dev.praxis.ecommerce.returns;

import dev.praxis.approval.ActionToken;
import dev.praxis.approval.ActionTokenException;
import dev.praxis.approval.ActionTokens;
import dev.praxis.approval.ApprovalSummary;
import dev.praxis.ecommerce.approval.ApprovalException;
import dev.praxis.ecommerce.approval.IdempotencyLedger;
import dev.praxis.ecommerce.money.Allocation;
import dev.praxis.ecommerce.money.Money;
import dev.praxis.ecommerce.order.Order;
import dev.praxis.ecommerce.order.OrderBook;
import dev.praxis.ecommerce.order.OrderStatus;
import dev.praxis.ecommerce.order.Refund;
import dev.praxis.ecommerce.order.RefundLine;
import dev.praxis.ecommerce.records.ShopRecords;
import dev.praxis.records.RecordStore;
import dev.praxis.tool.ToolException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

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
 *
 * <p>Prepared refunds are records (kind {@value ShopRecords#REFUND_REQUEST}, by the token's id), so a refund
 * prepared by one process can be issued by another; issuing first writes the refund id it is about to use into the
 * request's record, and the order book records a refund id at most once, so a retry after a crash finds the refund
 * instead of issuing another.
 */
public final class RefundService {

    static final String KIND = "refund";

    /** A prepared refund as stored; the preview without its token, which is the approver's to hold. */
    record Pending(String owner, String orderId, Money amount, String reason, List<RefundLine> lines,
                   RefundPreview preview, String refundId, String issuedBy) {

        /** The refund id to issue, claimed by the attempt {@code attempt} (a digest of its idempotency key). */
        Pending issuing(String id, String attempt) {
            return refundId != null ? this : new Pending(owner, orderId, amount, reason, lines, preview, id, attempt);
        }
    }

    private static final Pattern TOKEN_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private record Canonical(String orderId, Money amount, String reason, List<RefundLine> lines, Money balance) {
    }

    private final OrderBook orders;
    private final ActionTokens tokens;
    private final Duration lifetime;
    private final ReturnPolicy policy;
    private final Clock clock;
    private final RecordStore records;
    private final IdempotencyLedger ledger;

    /**
     * Refunds on {@code orders} under {@code policy} as of {@code clock}'s day, approved with tokens from
     * {@code tokens} that last {@code lifetime}; prepared refunds and idempotency keys are kept in {@code records}.
     *
     * @param orders the order book refunds are recorded in
     * @param tokens issues and redeems approval tokens
     * @param lifetime how long an approval token stays valid
     * @param policy the return rules
     * @param clock the time source for today's date
     * @param records where prepared refunds and idempotency keys are kept
     */
    public RefundService(OrderBook orders, ActionTokens tokens, Duration lifetime, ReturnPolicy policy, Clock clock,
                         RecordStore records) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.records = Objects.requireNonNull(records, "records");
        this.ledger = new IdempotencyLedger(records, "issue_refund");
    }

    /**
     * A refund preview for {@code amount} of {@code orderId}'s currency, on the lines {@code lineIds} (all lines
     * when empty); changes nothing.
     *
     * @param owner the customer who owns the order
     * @param orderId the order to refund
     * @param amount the amount to refund, in the order's currency
     * @param reason why, recorded on the refund
     * @param lineIds the lines to refund; every line when empty
     * @return the preview and its approval token
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
        ActionToken token = tokens.issue(KIND, new Canonical(orderId, money, reason, lines, balance), owner, lifetime);
        RefundPreview preview = new RefundPreview(orderId, money, reason, lines, today, eligibility,
                refundable(eligibility, money), balance, token.actionHash(), token.value(), token.expiresAt(),
                "Show the refund (order, amount, reason, the lines it pays back and their eligibility) to the shopper"
                + " or a human agent and get explicit approval; only then call issue_refund with this approval_token"
                + " and a new idempotency_key.");
        RefundPreview stored = new RefundPreview(orderId, money, reason, lines, today, eligibility,
                preview.refundableNow(), balance, token.actionHash(), null, token.expiresAt(), preview.nextStep());
        ShopRecords.create(records, ShopRecords.REFUND_REQUEST, recordId(token.id()),
                new Pending(owner, orderId, money, reason, lines, stored, null, null));
        return preview;
    }

    /**
     * What the approver of {@code issue_refund} with {@code approvalToken} sees, from the refund preview.
     *
     * @param owner the session asking
     * @param approvalToken the token the approver is asked about
     * @return the summary to show the approver
     */
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
     * @param owner the customer who owns the order
     * @param approvalToken the token approved for the preview
     * @param idempotencyKey the caller's key; a retry with it returns the first refund
     * @return the issued refund, or the one this key issued before
     * @throws ApprovalException when the token is missing, forged, expired, used, or the order's balance changed
     * @throws ToolException     when a line it pays back is no longer refundable today
     */
    public Refund issue(String owner, String approvalToken, String idempotencyKey) {
        String fingerprint = ActionTokens.hash(String.valueOf(approvalToken));
        IdempotencyLedger.Outcome outcome = ledger.run(owner, idempotencyKey, fingerprint,
                () -> issueOnce(owner, approvalToken, ShopRecords.idOf("", owner, idempotencyKey)),
                () -> issuedWith(owner, approvalToken, ShopRecords.idOf("", owner, idempotencyKey)));
        return findPending(approvalToken).flatMap(p -> refundOf(p.orderId(), outcome.id())).orElseThrow();
    }

    /**
     * The refund issued with {@code approvalToken} by {@code attempt} (a digest of the idempotency key), if issuing
     * got as far as recording it on the order.
     */
    private Optional<String> issuedWith(String owner, String approvalToken, String attempt) {
        try {
            return findPending(approvalToken).filter(p -> p.owner().equals(owner))
                    .filter(p -> p.refundId() != null && attempt.equals(p.issuedBy()))
                    .flatMap(p -> refundOf(p.orderId(), p.refundId())).map(Refund::refundId);
        } catch (ActionTokenException e) {
            return Optional.empty();
        }
    }

    private Optional<Refund> refundOf(String orderId, String refundId) {
        return orders.find(orderId).flatMap(o -> o.refunds().stream().filter(r -> r.refundId().equals(refundId))
                .findFirst());
    }

    private String issueOnce(String owner, String approvalToken, String attempt) {
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
                        + Optional.ofNullable(p.refundId()).orElse("(issued earlier)"));
                default -> e;
            };
        }
        Order order = orders.get(owner, p.orderId());
        requireStillEligible(order, p.lines());
        // The refund id is on the request's record before the order records it, so that whoever finds this key
        // interrupted can look the refund up (see issuedWith).
        String fresh = orders.nextRefundId();
        String refundId = records.update(ShopRecords.REFUND_REQUEST, recordId(id), Pending.class,
                x -> x.issuing(fresh, attempt)).refundId();
        orders.refund(owner, p.orderId(), refundId, p.lines(), p.reason());
        return refundId;
    }

    private Pending pending(String owner, String approvalToken) {
        return findPending(approvalToken).filter(p -> p.owner().equals(owner)).orElseThrow(() ->
                new ApprovalException("approval_token belongs to no refund prepared in this session"));
    }

    private Optional<Pending> findPending(String approvalToken) {
        String tokenId = tokens.read(approvalToken).id();
        if (!TOKEN_ID.matcher(tokenId).matches()) {
            return Optional.empty();
        }
        return ShopRecords.get(records, ShopRecords.REFUND_REQUEST, recordId(tokenId), Pending.class);
    }

    // Token ids are URL-safe base64, which may start with '-' or '_'; a record id starts with a letter or digit.
    // read() does not check the signature, so a forged id is checked before it names a record.
    private static String recordId(String tokenId) {
        return "t" + tokenId;
    }

    /** The refund as it would be prepared now: differs from the approved one when the balance changed. */
    private Canonical current(String owner, Pending p) {
        return new Canonical(p.orderId(), p.amount(), p.reason(), p.lines(),
                orders.get(owner, p.orderId()).refundableBalance());
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
