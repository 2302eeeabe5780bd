package dev.praxis.examples.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.praxis.approval.ApprovalRequest;
import dev.praxis.tool.SideEffect;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptedApprovalTest {

    private static ApprovalRequest request(String tool, SideEffect effect) {
        return new ApprovalRequest("shop", "s1", tool, effect, JsonNodeFactory.instance.objectNode());
    }

    @Test
    void decidesPerToolAsTheTurnSaysAndOtherwiseLikeApproveNever() {
        ScriptedApproval approval = new ScriptedApproval();
        approval.use(Map.of("place_order", Approval.APPROVE, "add_to_cart", Approval.DENY));

        assertThat(approval.decide(request("place_order", SideEffect.IRREVERSIBLE)).approved()).isTrue();
        assertThat(approval.decide(request("add_to_cart", SideEffect.REVERSIBLE)).approved()).isFalse();
        assertThat(approval.decide(request("issue_refund", SideEffect.IRREVERSIBLE)).approved()).isFalse();
        assertThat(approval.decide(request("create_cart", SideEffect.REVERSIBLE)).approved()).isTrue();
    }

    @Test
    void theNextTurnsDecisionsReplaceThePreviousOnes() {
        ScriptedApproval approval = new ScriptedApproval();
        approval.use(Map.of("execute_trade", Approval.APPROVE));
        approval.use(Map.of());

        assertThat(approval.decide(request("execute_trade", SideEffect.IRREVERSIBLE)).approved()).isFalse();
        assertThat(approval.decide(request("execute_trade", SideEffect.IRREVERSIBLE)).deferred()).isFalse();
    }
}
