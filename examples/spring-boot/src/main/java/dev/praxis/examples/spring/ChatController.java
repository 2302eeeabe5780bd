package dev.praxis.examples.spring;

import dev.praxis.agent.Agent;
import dev.praxis.agent.RunRecord;
import dev.praxis.approval.ApprovalDecision;
import dev.praxis.spring.PraxisAgents;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@code POST /chat} runs one turn of the shop agent; {@code POST /approvals/{id}} approves or denies the action a
 * turn stopped at, and the agent goes on from there.
 */
@RestController
class ChatController {

    private final Agent shop;

    ChatController(PraxisAgents agents) {
        this.shop = agents.get("shop");
    }

    @PostMapping("/chat")
    ChatReply chat(@RequestBody ChatRequest request) {
        return ChatReply.of(shop.run(request.session(), request.message()));
    }

    @PostMapping("/approvals/{id}")
    ChatReply decide(@PathVariable String id, @RequestBody DecisionRequest request) {
        ApprovalDecision decision = request.approve() ? ApprovalDecision.approve(request.reason())
                : ApprovalDecision.deny(request.reason());
        RunRecord record = shop.decide(request.session(), id, decision);
        return ChatReply.of(record);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> badRequest(IllegalArgumentException e) {
        return Map.of("error", e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    Map<String, String> conflict(IllegalStateException e) {
        return Map.of("error", e.getMessage());
    }
}
