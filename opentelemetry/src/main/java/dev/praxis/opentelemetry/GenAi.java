package dev.praxis.opentelemetry;

import io.opentelemetry.api.common.AttributeKey;

import java.util.List;

/**
 * Attribute names: those of the OpenTelemetry GenAI semantic conventions (gen-ai-spans.md, gen-ai-agent-spans.md
 * and gen-ai-metrics.md in open-telemetry/semantic-conventions, v1.37 and later) and, under {@code praxis.}, what
 * the conventions have no name for. Kept here rather than taken from the incubating semconv artifact, whose
 * names still move between releases.
 */
final class GenAi {

    private GenAi() {
    }

    static final AttributeKey<String> OPERATION = AttributeKey.stringKey("gen_ai.operation.name");
    static final AttributeKey<String> PROVIDER = AttributeKey.stringKey("gen_ai.provider.name");
    static final AttributeKey<String> AGENT_NAME = AttributeKey.stringKey("gen_ai.agent.name");
    static final AttributeKey<String> CONVERSATION_ID = AttributeKey.stringKey("gen_ai.conversation.id");
    static final AttributeKey<String> REQUEST_MODEL = AttributeKey.stringKey("gen_ai.request.model");
    static final AttributeKey<String> RESPONSE_MODEL = AttributeKey.stringKey("gen_ai.response.model");
    static final AttributeKey<String> RESPONSE_ID = AttributeKey.stringKey("gen_ai.response.id");
    static final AttributeKey<List<String>> FINISH_REASONS = AttributeKey.stringArrayKey(
            "gen_ai.response.finish_reasons");
    static final AttributeKey<Long> INPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.input_tokens");
    static final AttributeKey<Long> OUTPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.output_tokens");
    static final AttributeKey<String> TOKEN_TYPE = AttributeKey.stringKey("gen_ai.token.type");
    static final AttributeKey<String> TOOL_NAME = AttributeKey.stringKey("gen_ai.tool.name");
    static final AttributeKey<String> TOOL_CALL_ID = AttributeKey.stringKey("gen_ai.tool.call.id");
    static final AttributeKey<String> TOOL_TYPE = AttributeKey.stringKey("gen_ai.tool.type");
    static final AttributeKey<String> TOOL_ARGUMENTS = AttributeKey.stringKey("gen_ai.tool.call.arguments");
    static final AttributeKey<String> TOOL_RESULT = AttributeKey.stringKey("gen_ai.tool.call.result");
    static final AttributeKey<String> INPUT_MESSAGES = AttributeKey.stringKey("gen_ai.input.messages");
    static final AttributeKey<String> OUTPUT_MESSAGES = AttributeKey.stringKey("gen_ai.output.messages");
    static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    static final AttributeKey<String> EXCEPTION_TYPE = AttributeKey.stringKey("exception.type");
    static final AttributeKey<String> EXCEPTION_MESSAGE = AttributeKey.stringKey("exception.message");

    static final AttributeKey<String> RUN_ID = AttributeKey.stringKey("praxis.run.id");
    static final AttributeKey<String> STOP_REASON = AttributeKey.stringKey("praxis.stop_reason");
    static final AttributeKey<Boolean> DELEGATED = AttributeKey.booleanKey("praxis.delegated");
    static final AttributeKey<String> COST_AMOUNT = AttributeKey.stringKey("praxis.cost.amount");
    static final AttributeKey<String> COST_CURRENCY = AttributeKey.stringKey("praxis.cost.currency");
    static final AttributeKey<String> TOOL_OUTCOME = AttributeKey.stringKey("praxis.tool.outcome");
    static final AttributeKey<String> SIDE_EFFECT = AttributeKey.stringKey("praxis.tool.side_effect");
    static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("praxis.model.attempts");
    static final AttributeKey<String> DECISION = AttributeKey.stringKey("praxis.approval.decision");

    static final String INVOKE_AGENT = "invoke_agent";
    static final String CHAT = "chat";
    static final String EXECUTE_TOOL = "execute_tool";
}
