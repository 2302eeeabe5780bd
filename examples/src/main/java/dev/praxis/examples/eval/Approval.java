package dev.praxis.examples.eval;

/** What the simulated user answers when a side-effecting tool asks for approval. */
public enum Approval {
    APPROVE, DENY
}
