package dev.praxis.model.offline;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolSpec;

import java.util.regex.Pattern;

/**
 * Whether a tool changes the world: read from the side effect Praxis records in the specification's metadata
 * ({@link ToolSpec#SIDE_EFFECT_METADATA}); for a specification from elsewhere, guessed from a writing verb at the
 * start of its name ({@code add_}, {@code cancel_}...), so that an unknown tool errs towards needing a command.
 */
final class Effects {

    private static final Pattern WRITING_NAME = Pattern.compile("^(?:add|remove|delete|apply|place|cancel|create|"
            + "update|set|issue|execute|send|book|buy|sell|pay|transfer|refund|submit|post|write|clear|empty|"
            + "handoff|hand_off)(?:_.*)?$");

    private Effects() {
    }

    static boolean changesState(ToolSpecification tool) {
        Object recorded = tool.metadata() == null ? null : tool.metadata().get(ToolSpec.SIDE_EFFECT_METADATA);
        if (recorded != null) {
            return !SideEffect.READ_ONLY.name().equals(recorded.toString());
        }
        return WRITING_NAME.matcher(tool.name()).matches();
    }
}
