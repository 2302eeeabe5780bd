/**
 * Approval: the gate, in code and not in the prompt, that every side-effecting tool call passes before it runs.
 * The host decides how to ask a person by implementing {@link dev.praxis.approval.ApprovalHandler}.
 */
package dev.praxis.approval;
