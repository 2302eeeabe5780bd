/**
 * Personal finance over a list of transactions the caller supplies: rule-based categorisation, spending
 * summaries, recurring-charge detection and anomaly flags. Every rule is deterministic and every output says
 * which rule produced it and why, so an agent can explain it and a user can dispute it. Amounts are signed:
 * negative for money spent, positive for money received.
 */
@NullMarked
package dev.praxis.finance.personal;

import org.jspecify.annotations.NullMarked;
