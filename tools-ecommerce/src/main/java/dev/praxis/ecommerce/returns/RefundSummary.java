package dev.praxis.ecommerce.returns;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.approval.ApprovalSummary;
import dev.praxis.ecommerce.money.Money;
import dev.praxis.json.PraxisJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The approval summary of {@code issue_refund}, written from the refund preview: the order, the amount with its
 * currency, the reason, the balance before and after, and every further field the preview carries (eligibility of
 * each line, notes), so what the policy adds to the preview reaches the approver without changing this class.
 */
final class RefundSummary {

    /** Preview fields that are plumbing for the model, or already shown above. */
    private static final Set<String> SHOWN_OR_INTERNAL = Set.of("order_id", "amount", "reason", "refundable_balance",
            "preview_hash", "approval_token", "expires_at", "next_step");

    private RefundSummary() {
    }

    static ApprovalSummary of(RefundPreview preview, String problem) {
        List<String> details = new ArrayList<>();
        if (problem != null) {
            details.add("WARNING: this call will be refused: " + problem);
        }
        details.add("Amount: " + text(preview.amount()) + " to the original payment method");
        details.add("Reason: " + preview.reason());
        details.add("Refundable balance: " + text(preview.refundableBalance()) + " before, "
                + text(preview.refundableBalance().minus(preview.amount())) + " after");
        JsonNode json = PraxisJson.tree(preview);
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            if (!SHOWN_OR_INTERNAL.contains(field.getKey())) {
                render(label(field.getKey()), field.getValue(), details);
            }
        }
        details.add("Cannot be undone: money sent back is not recalled");
        return new ApprovalSummary("Refund " + text(preview.amount()) + " on order " + preview.orderId(), details,
                Optional.of(preview.expiresAt()));
    }

    private static void render(String label, JsonNode value, List<String> details) {
        if (value.isArray()) {
            for (JsonNode item : value) {
                details.add(label + ": " + inline(item));
            }
        } else if (!value.isNull() && !value.isMissingNode()) {
            details.add(label + ": " + inline(value));
        }
    }

    /** One JSON value as text: money as "19.99 USD", objects as "key value, ..." in their own order. */
    private static String inline(JsonNode value) {
        if (value.isObject() && value.has("amount") && value.has("currency") && value.size() == 2) {
            return value.get("amount").asText() + " " + value.get("currency").asText();
        }
        if (value.isObject()) {
            List<String> parts = new ArrayList<>();
            value.properties().forEach(e -> {
                if (!e.getValue().isNull()) {
                    parts.add(label(e.getKey()).toLowerCase(java.util.Locale.ROOT) + " " + inline(e.getValue()));
                }
            });
            return String.join(", ", parts);
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(item -> parts.add(inline(item)));
            return String.join("; ", parts);
        }
        return value.asText();
    }

    private static String label(String snake) {
        String words = snake.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String text(Money money) {
        return money.amount() + " " + money.currency().getCurrencyCode();
    }
}
