package dev.praxis.approval;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person approving a side-effecting call needs to judge it, written by the tool from the action it
 * previewed: what happens, how many, how much (with the currency), to whom or where, and until when the preview
 * holds. Tools provide it with {@code @ToolFunction(summary = "method")} or {@code Tool.approvalSummary}.
 *
 * <pre>{@code
 * new ApprovalSummary("Place order: 259.97 USD",
 *         List.of("2 x Trail runner X (SKU TR-1) at 119.99 USD", "Shipping to Jane Doe, 1 Main St, Austin TX 78701, US",
 *                 "Paid with the card on file"),
 *         Optional.of(expiry));
 * }</pre>
 *
 * @param title     one line: the action and its total, e.g. {@code Refund 69.81 USD on order O-1001}
 * @param details   further lines: items, amounts, address, eligibility, in the order a person reads them
 * @param expiresAt when the previewed action stops being valid, if it does
 */
public record ApprovalSummary(String title, List<String> details, Optional<Instant> expiresAt) {

    /**
     * Checks that the title is not blank and copies the details.
     *
     * @param title one line: the action and its total, e.g. {@code Refund 69.81 USD on order O-1001}
     * @param details further lines: items, amounts, address, eligibility, in the order a person reads them
     * @param expiresAt when the previewed action stops being valid, if it does
     */
    public ApprovalSummary {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        details = List.copyOf(details);
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * A summary with only a title.
     *
     * @param title what the call does, for a person
     * @return the summary
     */
    public static ApprovalSummary of(String title) {
        return new ApprovalSummary(title, List.of(), Optional.empty());
    }

    /**
     * The summary as lines of text: the title, then each detail indented, then the expiry.
     *
     * @return the text
     */
    public String text() {
        StringBuilder text = new StringBuilder(title);
        for (String detail : details) {
            text.append("\n  ").append(detail);
        }
        expiresAt.ifPresent(at -> text.append("\n  valid until ").append(at));
        return text.toString();
    }
}
