package dev.praxis.agent;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.praxis.tool.ToolBox;
import dev.praxis.tool.ToolSelector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tool specifications one run sends to the model: all of them without a selector; otherwise the selector's
 * choice for the user's message, plus every tool of the toolbox the conversation has called (earlier turns and
 * this one), so a multi-step flow such as preview then execute keeps its second tool. Only what is sent is
 * narrowed: the run still validates and serves any tool of the toolbox.
 */
final class ToolOffer {

    private static final Logger LOG = LoggerFactory.getLogger(ToolOffer.class);

    private final ToolBox box;
    /** Names offered; null when every tool is. */
    private final Set<String> names;
    private List<ToolSpecification> specifications;

    private ToolOffer(ToolBox box, Set<String> names) {
        this.box = box;
        this.names = names;
    }

    static ToolOffer of(Agent agent, String message, List<ChatMessage> history) {
        ToolBox box = agent.tools();
        ToolSelector selector = agent.toolSelector();
        if (selector == null) {
            return new ToolOffer(box, null);
        }
        Set<String> names = new HashSet<>();
        try {
            selector.select(message, box.tools()).forEach(t -> names.add(t.name()));
        } catch (RuntimeException e) {
            // Selection only shortens the prompt; without it the model still gets every tool.
            LOG.warn("tool selection failed, offering all tools: {}", e.toString());
            return new ToolOffer(box, null);
        }
        ToolOffer offer = new ToolOffer(box, names);
        history.stream().filter(AiMessage.class::isInstance).map(AiMessage.class::cast)
                .filter(AiMessage::hasToolExecutionRequests).forEach(m -> offer.called(m.toolExecutionRequests()));
        return offer;
    }

    /** Keeps offering the tools the model has called (real ones only). */
    void called(List<ToolExecutionRequest> requests) {
        if (names == null) {
            return;
        }
        for (ToolExecutionRequest request : requests) {
            if (box.find(request.name()).isPresent() && names.add(request.name())) {
                specifications = null;
            }
        }
    }

    /** The specifications to send, in the toolbox's order. */
    List<ToolSpecification> specifications() {
        if (names == null) {
            return box.specifications();
        }
        if (specifications == null) {
            specifications = box.specifications().stream().filter(s -> names.contains(s.name())).toList();
        }
        return specifications;
    }
}
