package dev.praxis.ecommerce;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.agent.ToolCallRecord;
import dev.praxis.approval.ActionTokens;
import dev.praxis.approval.ApprovalDecision;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.json.PraxisJson;
import dev.praxis.memory.HistoryPolicy;
import dev.praxis.memory.StoredConversationMemory;
import dev.praxis.memory.store.FileConversationStore;
import dev.praxis.records.FileRecordStore;
import dev.praxis.records.RecordStore;
import dev.praxis.records.StoredRecord;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolResult;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import static dev.praxis.testing.ScriptedChatModel.answer;
import static dev.praxis.testing.ScriptedChatModel.toolCall;

/**
 * A shop process for {@link ShopCrashTest}: the pack over a file record store and file approval tokens in one data
 * directory, driven by its arguments. With a {@code halt} point it prints {@code halted <point>} just before the
 * matching write reaches the store and then waits forever, for the parent to kill it there.
 *
 * <pre>
 * prepare DIR                      create a cart with one item, prepare_checkout; prints "token T"
 * place DIR TOKEN KEY [HALT]       place_order; prints "order ID replayed BOOL" or "error MESSAGE"
 * defer DIR TOKEN KEY              an agent asks to place_order; deferred; prints "pending ID", then waits
 * decide DIR ID                    another agent approves the pending call; prints the place_order result
 * </pre>
 * Halt points: {@code claim} (before the idempotency key is claimed: approved, nothing executed), {@code order}
 * (key claimed and token spent, before the order is stored), {@code done} (order stored, before the key is
 * completed).
 */
public final class ShopCrashChild {

    static final String SESSION = "shopper-1";

    private ShopCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        String halt = args.length > 4 ? args[4] : "";
        RecordStore records = new Halting(FileRecordStore.open(dir.resolve("records")), halt);
        EcommercePack pack = EcommercePack.builder().records(records)
                .approvals(ActionTokens.inDirectory(dir, Clock.systemUTC())).build();
        ToolBox box = ToolBox.of(pack.tools());
        ToolContext context = new ToolContext(SESSION, "call-1");
        switch (args[0]) {
            case "prepare" -> prepare(box, context);
            case "place" -> report(box.call("place_order", PraxisJson.write(Map.of("approval_token", args[2],
                    "idempotency_key", args[3])), context));
            case "defer" -> defer(pack, dir, args[2], args[3]);
            case "decide" -> decide(pack, dir, args[2]);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
        System.out.flush();
    }

    private static void prepare(ToolBox box, ToolContext context) {
        String cart = ok(box.call("create_cart", "{}", context)).get("cart_id").asText();
        ok(box.call("add_to_cart", PraxisJson.write(Map.of("cart_id", cart, "sku", "P0001-SLA-39", "quantity", 1)), context));
        JsonNode preview = ok(box.call("prepare_checkout", "{\"cart_id\":\"" + cart + "\",\"address\":"
                + Shop.US_ADDRESS + "}", context));
        System.out.println("token " + preview.get("approval_token").asText());
    }

    private static void report(ToolResult result) {
        if (result.isOk()) {
            JsonNode r = result.result();
            System.out.println("order " + r.get("order").get("order_id").asText() + " replayed " + r.get("replayed").asBoolean());
        } else {
            System.out.println("error " + result.error());
        }
    }

    private static void defer(EcommercePack pack, Path dir, String token, String key) throws InterruptedException {
        String call = PraxisJson.write(Map.of("approval_token", token, "idempotency_key", key));
        RunRecord run = agent(pack, dir, ScriptedChatModel.of(toolCall("place_order", call)),
                ApprovalHandler.deferIrreversible()).run(SESSION, "yes, place my order");
        System.out.println("pending " + run.pendingApproval().orElseThrow().id());
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static void decide(EcommercePack pack, Path dir, String approvalId) {
        RunRecord run = agent(pack, dir, ScriptedChatModel.of(answer("Your order is placed.")), ApprovalHandler.denyAll())
                .decide(SESSION, approvalId, ApprovalDecision.approve("approved by the shopper"));
        ToolCallRecord call = run.toolCalls().get(0);
        System.out.println("decided " + run.stopReason() + " " + call.outcome());
        System.out.println(call.result() != null ? "order " + call.result().get("order").get("order_id").asText()
                + " replayed " + call.result().get("replayed").asBoolean() : "error " + call.error());
    }

    private static Agent agent(EcommercePack pack, Path dir, ScriptedChatModel model, ApprovalHandler approval) {
        return Agent.builder().name("shop").model(model).tools(pack.tools()).approval(approval)
                .memory(StoredConversationMemory.of(FileConversationStore.open(dir.resolve("sessions")),
                        HistoryPolicy.lastMessages(40)))
                .build();
    }

    private static JsonNode ok(ToolResult result) {
        if (!result.isOk()) {
            throw new IllegalStateException(result.error());
        }
        return result.result();
    }

    /** A store that stops the process at one write, as if the power went there. */
    private record Halting(RecordStore store, String point) implements RecordStore {

        @Override
        public Optional<StoredRecord> get(String kind, String id) {
            return store.get(kind, id);
        }

        @Override
        public StoredRecord put(String kind, String id, JsonNode doc, long expectedVersion) {
            String state = doc.path("state").asText();
            boolean halt = switch (point) {
                case "claim" -> kind.equals("idempotency") && state.equals("in_progress");
                case "order" -> kind.equals("shop_order") && expectedVersion == 0;
                case "done" -> kind.equals("idempotency") && state.equals("done");
                default -> false;
            };
            if (halt) {
                System.out.println("halted " + point);
                System.out.flush();
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("interrupted while halted");
            }
            return store.put(kind, id, doc, expectedVersion);
        }

        @Override
        public List<StoredRecord> list(String kind, String afterId, int limit) {
            return store.list(kind, afterId, limit);
        }

        @Override
        public boolean delete(String kind, String id, long expectedVersion) {
            return store.delete(kind, id, expectedVersion);
        }

        @Override
        public <T> T update(String kind, String id, Class<T> type, Supplier<? extends T> initial, UnaryOperator<T> change) {
            // Through put, so that a halt point sees every write.
            for (int attempt = 0; ; attempt++) {
                Optional<StoredRecord> current = store.get(kind, id);
                T value = current.isPresent() ? read(current.get(), type) : initial.get();
                T changed = change.apply(value);
                try {
                    put(kind, id, PraxisJson.tree(changed), current.map(StoredRecord::version).orElse(0L));
                    return changed;
                } catch (dev.praxis.records.RecordConflictException e) {
                    if (attempt == 10) {
                        throw e;
                    }
                }
            }
        }

        private static <T> T read(StoredRecord record, Class<T> type) {
            try {
                return PraxisJson.mapper().treeToValue(record.doc(), type);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
