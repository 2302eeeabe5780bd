package dev.praxis.examples.cli;

import dev.praxis.approval.ApprovalDecision;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.event.AgentListener;
import dev.praxis.tool.SideEffect;

/**
 * The approval handler for each {@code --approve} mode. Reversible actions (cart edits) run in every mode, since
 * they can be undone; irreversible ones (orders, refunds, trades) are asked at the terminal ({@code ask}), always
 * refused ({@code never}) or always allowed ({@code always}).
 */
public final class ApprovalModes {

    private ApprovalModes() {
    }

    public static ApprovalHandler handler(CommonOptions.ApproveMode mode, Terminal terminal) {
        return switch (mode) {
            case NEVER -> ApprovalHandler.denyIrreversible();
            case ALWAYS -> ApprovalHandler.approveAll();
            case DEFER -> ApprovalHandler.deferIrreversible();
            case ASK -> {
                ConsoleApproval console = new ConsoleApproval(terminal);
                yield request -> request.sideEffect() == SideEffect.IRREVERSIBLE ? console.decide(request)
                        : ApprovalDecision.approve("reversible action");
            }
        };
    }

    /**
     * A spinner on standard error while the model is thinking, for a person at a terminal only; it is
     * {@link AutoCloseable} (its thread stops on close).
     */
    public static java.util.Optional<AgentListener> waitingLine(Terminal terminal) {
        return WaitingLine.forTerminal(terminal).map(line -> line);
    }

    /** Shows tool calls on standard error as they happen. */
    public static AgentListener progress(Terminal terminal) {
        return new ToolProgress(terminal);
    }
}
