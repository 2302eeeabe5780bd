package dev.praxis.examples.cli;

import dev.praxis.approval.ApprovalDecision;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.approval.ApprovalRequest;

import java.io.IOException;

/**
 * Asks the person at the terminal before each side-effecting call, showing the tool's summary of the action
 * first (what, how much, where, until when) and then exactly what would run, and waits for
 * {@code y} or {@code n}. Anything but yes is a no. Calls are asked one at a time.
 */
final class ConsoleApproval implements ApprovalHandler {

    private final Terminal terminal;

    ConsoleApproval(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public synchronized ApprovalDecision decide(ApprovalRequest request) {
        terminal.err().printf("%n[approval] %s asks, for %s:%n  %s%n  exact call: %s (%s)%n  arguments: %s%nApprove? [y/N] ",
                request.agent(), request.userId(), request.summary().text().replace("\n", "\n  "),
                request.toolName(), request.sideEffect(), request.arguments().toPrettyString());
        terminal.err().flush();
        try {
            String line = terminal.in().readLine();
            boolean yes = line != null && (line.trim().equalsIgnoreCase("y") || line.trim().equalsIgnoreCase("yes"));
            return yes ? ApprovalDecision.approve("approved at the terminal")
                    : ApprovalDecision.deny("the user declined at the terminal");
        } catch (IOException e) {
            return ApprovalDecision.deny("could not read the answer: " + e.getMessage());
        }
    }
}
