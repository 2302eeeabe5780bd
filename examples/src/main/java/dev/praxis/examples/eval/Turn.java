package dev.praxis.examples.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One user message of a scenario and what must happen in reply. The scenario's own forbidden calls and approvals
 * are already merged in by the loader.
 *
 * @param user         what the user says
 * @param expectCalls  calls the turn must make, each with matching arguments (and outcome, when given)
 * @param allowCalls   further calls that are fine but not required (a product lookup before adding to the cart);
 *                     they count neither for nor against precision
 * @param forbidCalls  calls that fail the turn when attempted at all, approved or not; {@value #ANY_OTHER_CALL}
 *                     forbids every call that is neither expected nor allowed (for refusals and questions)
 * @param expectFacts  what the answer must state
 * @param forbidFacts  what the answer must not state (an order number after a refused checkout)
 * @param approvals    the user's decision per side-effecting tool; unlisted tools: reversible ones approved,
 *                     irreversible ones denied
 */
public record Turn(String user, List<ExpectedCall> expectCalls, Set<String> allowCalls, Set<String> forbidCalls,
                   List<FactMatcher> expectFacts, List<FactMatcher> forbidFacts, Map<String, Approval> approvals) {

    /** In {@code forbid_calls}: every call the turn neither expects nor allows. */
    public static final String ANY_OTHER_CALL = "*";

    public Turn {
        Objects.requireNonNull(user, "user");
        expectCalls = List.copyOf(expectCalls);
        allowCalls = Set.copyOf(allowCalls);
        forbidCalls = Set.copyOf(forbidCalls);
        expectFacts = List.copyOf(expectFacts);
        forbidFacts = List.copyOf(forbidFacts);
        approvals = Map.copyOf(approvals);
    }
}
