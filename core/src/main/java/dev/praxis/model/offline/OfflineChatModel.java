package dev.praxis.model.offline;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import dev.praxis.model.TokenStreamingModel;
import dev.praxis.internal.model.ToolCallIds;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Offline mode: a deterministic, non-generative stand-in for a language model, so that examples run with no
 * model server and no internet. It is <b>not</b> a language model: it maps one request to one tool call.
 * For the last user message it picks the best-matching tool of the request (sentence embeddings of the
 * tool's name and description, e.g. the in-jar all-MiniLM-L6-v2), extracts typed arguments from the text
 * according to the tool's schema, and asks for that call; when the tool's result comes back it renders the
 * result as the answer. When it cannot map a request, or a required value is missing, it says so and lists
 * what it can do. It keeps no state between requests.
 *
 * <pre>{@code
 * ChatModel offline = new OfflineChatModel(new AllMiniLmL6V2QuantizedEmbeddingModel());
 * }</pre>
 */
public final class OfflineChatModel implements TokenStreamingModel {

    /** The name offline responses carry as their model name. */
    public static final String MODEL_NAME = "offline";

    /** How many of the best-matching tools are tried for arguments. */
    private static final int CANDIDATES = 12;
    /** A tool whose required arguments are all in the request is preferred by this much. */
    private static final double COMPLETE_BONUS = 0.15;
    private static final double MISSING_PENALTY = 0.15;
    private static final double UNUSED_PENALTY = 0.1;
    /** How closely a request must resemble an example of a tool that takes no values for it to count as complete. */
    private static final double NEEDS_NOTHING_FLOOR = 0.45;
    /** Values introduced by a cue ("cart C1", "looking for boots") are strong evidence for the tool. */
    private static final double CUED_BONUS = 0.1;
    /** Each value taken from the request is evidence the tool explains it. */
    private static final double FILLED_BONUS = 0.04;
    /** A typed-out list of records ("100 Apple, 50 Coca-Cola, 20 Visa") is specific to the tools that take one. */
    private static final double RECORDS_BONUS = 0.2;

    /**
     * How far the tool a request reads most like must lead the tool its arguments would pick for offline mode to ask
     * for the missing values instead ("¿cuánto es la cuota de un préstamo al 6 %?" is a loan payment without a
     * principal, not the account summary that needs nothing).
     */
    private static final double SUBSTITUTE_MARGIN = 0.075;

    /** A digit anywhere: an id or a figure the request states ("don't add it yet, is P0042 in stock?"). */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("\\d");

    /** Below this resemblance to its examples, a read-only tool with no values is no answer to a declined write. */
    private static final double NEGATED_READ_FLOOR = 0.35;
    /** Below this resemblance, a read-only tool is no answer to a declined write even when it took a value. */
    private static final double DECLINED_READ_FLOOR = 0.15;

    /** How closely a command must resemble one of a write tool's examples for offline mode to run it. */
    private static final double WRITE_EXAMPLE_FLOOR = 0.25;
    /** How far a write tool's example similarity may stay below the closest tool's. */
    private static final double WRITE_EXAMPLE_TOLERANCE = 0.05;

    private record Candidate(ToolSpecification tool, ArgumentExtractor.Extraction extraction, double score,
                             double exampleSimilarity, double matchScore) {
    }

    /** "Don't add it, just tell me ...": after a held-back write, the read-only part of the request is served. */
    private static final java.util.regex.Pattern ONLY = java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}])(?:just|only"
            + "|nur|solo|sólo|solamente|seulement|juste|soltanto)(?![\\p{L}])|只|就告诉我");

    /** Something of the asker's own: "my order", "meine Bestellung", "mi pedido", "我的". */
    private static final java.util.regex.Pattern OWN = java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}])(?:my|mine|"
            + "our|mein\\p{L}*|unser\\p{L}*|mi|mis|nuestr[oa]s?|mon|ma|mes|notre|nos|mio|mia|miei|mie|nostr[oaie])"
            + "(?![\\p{L}])|我的|我们的");

    /** Words that ask for a cart itself ("start a new cart", "Warenkorb anlegen", "新建购物车"). */
    private static final java.util.regex.Pattern NEW_CART = java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}])(?:"
            + "new|fresh|create|start|open|neu\\p{L}*|anlegen|legen sie mir|leg mir|erstell\\p{L}*|nuev[oa]|crea|crear|nouveau|nouvel|"
            + "cr[ée]e[rz]?|nuov[oa])(?![\\p{L}])|新建|创建|新的购物车|开一个购物车");
    /** A product id or variant SKU ("P0042", "p0042-bla-42"). */
    private static final java.util.regex.Pattern PRODUCT = java.util.regex.Pattern.compile(
            "(?i)(?<![\\p{L}\\d])p\\d{3,}");

    private final ToolMatcher matcher;
    private final ToolExamples examples;
    private final ArgumentExtractor extractor = new ArgumentExtractor();
    private final ResultRenderer renderer = new ResultRenderer();
    private final java.time.Clock clock;

    /**
     * An offline model that routes with {@code embeddings} and the example requests of every pack on the class path.
     *
     * @param embeddings the embedding model that compares a request with the tools' examples
     */
    public OfflineChatModel(EmbeddingModel embeddings) {
        this(embeddings, java.time.Clock.systemDefaultZone());
    }

    /**
     * An offline model that routes with {@code embeddings} and reads days written without a year ("11/02 Netflix
     * 15.49, 11/05 Spotify 10.99") as their latest occurrence on or before today by {@code clock}.
     *
     * @param embeddings the embedding model that compares a request with the tools' examples
     * @param clock      today's date, for days written without a year
     */
    public OfflineChatModel(EmbeddingModel embeddings, java.time.Clock clock) {
        this.examples = ToolExamples.load(OfflineChatModel.class.getClassLoader());
        this.matcher = new ToolMatcher(Objects.requireNonNull(embeddings, "embeddings"), examples);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        ChatMessage last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
        if (last instanceof ToolExecutionResultMessage) {
            return answer(renderResults(messages));
        }
        // traditional characters read as simplified ones, a value corrected in the message read as corrected
        // and a typed-out list of days without a year read with the year of their latest occurrence
        Optional<String> text = lastUserText(messages).map(t -> YearlessDates.complete(
                Corrections.apply(Scripts.simplified(t)), java.time.LocalDate.now(clock)));
        if (text.isEmpty()) {
            return answer(cannotMap(request.toolSpecifications()));
        }
        List<ChatMessage> history = messages.subList(0, messages.size() - 1);
        Optional<ChatResponse> again = FollowUps.repeated(text.get(), history)
                .flatMap(earlier -> repeat(text.get(), earlier, request.toolSpecifications()));
        return again.orElseGet(() -> plan(FollowUps.resolve(text.get(), history), request.toolSpecifications()));
    }

    /** "And over 20 years?": the earlier read-only call again, with the values the request states put over it. */
    private Optional<ChatResponse> repeat(String text, ToolExecutionRequest earlier, List<ToolSpecification> tools) {
        Optional<ToolSpecification> tool = tools.stream().filter(t -> t.name().equals(earlier.name())).findFirst();
        if (tool.isEmpty() || Effects.changesState(tool.get())) {
            return Optional.empty();
        }
        com.fasterxml.jackson.databind.node.ObjectNode changed = refined(text, tool.get(),
                extractor.extract(text, tool.get().parameters())).arguments().deepCopy();
        List<String> freeText = new ArrayList<>();
        changed.fieldNames().forEachRemaining(n -> freeText.addAll(ShopValues.isFreeText(n) ? List.of(n) : List.of()));
        changed.remove(freeText);
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(call(tool.get().name(), FollowUps.merge(earlier, changed)));
    }

    private static ChatResponse call(String tool, com.fasterxml.jackson.databind.node.ObjectNode arguments) {
        ToolExecutionRequest call = ToolExecutionRequest.builder().id(ToolCallIds.newId()).name(tool)
                .arguments(arguments.toString()).build();
        return ChatResponse.builder().aiMessage(AiMessage.from(call)).modelName(MODEL_NAME)
                .finishReason(FinishReason.TOOL_EXECUTION).tokenUsage(new TokenUsage(0, 0)).build();
    }

    @Override
    public ChatResponse chat(ChatRequest request, Consumer<String> onToken) {
        ChatResponse response = chat(request);
        String text = response.aiMessage().text();
        if (text != null) {
            onToken.accept(text);
        }
        return response;
    }

    /**
     * The tool call for {@code text}; for two steps in sequence, the call for the first when it can be made with the
     * values it states, and never a write the whole request does not ask for.
     */
    private ChatResponse plan(String text, List<ToolSpecification> tools) {
        Optional<String> first = Steps.first(text);
        if (first.isEmpty() || OutOfScope.matches(text)) {
            return planOne(text, tools);
        }
        ChatResponse step = planOne(first.get(), tools);
        // a first step that takes nothing from its words ("investment is 40,000, then I receive ...") is none
        boolean called = step.aiMessage().hasToolExecutionRequests()
                && (!step.aiMessage().toolExecutionRequests().get(0).arguments().equals("{}")
                || takesNothing(step.aiMessage().toolExecutionRequests().get(0).name(), tools)
                && !LocaleNumbers.normalise(first.get()).matches("(?s).*\\d.*"));
        boolean stepWrites = called && writes(step, tools);
        if (called && (!stepWrites || Intent.of(text).permitsWrite())) {
            return step;
        }
        ChatResponse whole = planOne(text, tools);
        if (writes(whole, tools) && !stepWrites) {
            // the write belongs to a later step: it never runs before the first one ("check O-1003, then cancel it")
            return step.aiMessage().hasToolExecutionRequests() ? answer("That is two steps, and the later one "
                    + "changes things; offline mode makes one call a turn, starting with the first. Please ask for "
                    + "the first step on its own.") : step;
        }
        return whole;
    }

    /** Whether an extraction took nothing from the request but the request itself as free text. */
    private static boolean takesNoValue(ArgumentExtractor.Extraction extraction) {
        java.util.Iterator<String> names = extraction.arguments().fieldNames();
        while (names.hasNext()) {
            if (!ShopValues.isFreeText(names.next())) {
                return false;
            }
        }
        return true;
    }

    /** A complaint goes to a handoff tool whose description says it takes complaints ("... or wants to complain"). */
    private static boolean takesComplaints(ToolSpecification tool, String text) {
        return tool.name().startsWith("handoff") && tool.description() != null
                && tool.description().toLowerCase(java.util.Locale.ROOT).contains("complain") && Handoffs.complains(text);
    }

    /**
     * Whether the tool has no parameters at all ("show my paper account"): its call is complete with none, when the
     * step states no figure for it to leave unused.
     */
    private static boolean takesNothing(String name, List<ToolSpecification> tools) {
        return tools.stream().filter(t -> t.name().equals(name)).anyMatch(t -> t.parameters() == null
                || t.parameters().properties() == null || t.parameters().properties().isEmpty());
    }

    private static boolean writes(ChatResponse response, List<ToolSpecification> tools) {
        return response.aiMessage().hasToolExecutionRequests() && tools.stream().filter(t -> t.name().equals(
                response.aiMessage().toolExecutionRequests().get(0).name())).anyMatch(Effects::changesState);
    }

    /** The tool call for one request, or an answer explaining why there is none. */
    private ChatResponse planOne(String text, List<ToolSpecification> tools) {
        if (Chatter.matches(text)) {
            return answer(smallTalk(tools));
        }
        if (OutOfScope.matches(text) || OutOfScope.booking(text) && tools.stream().noneMatch(OutOfScope::books)) {
            return answer(cannotDo(tools));
        }
        List<ToolMatcher.Match> ranked = matcher.rank(text, tools);
        double closest = ranked.stream().mapToDouble(ToolMatcher.Match::exampleSimilarity).max().orElse(0);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            ToolMatcher.Match match = ranked.get(i);
            ArgumentExtractor.Extraction extraction = refined(text, match.tool(),
                    extractor.extract(text, match.tool().parameters()));
            if (i >= CANDIDATES && !typedRecords(extraction.arguments())) {
                // beyond the closest tools, only a typed-out list of records ("100 Apple, 50 Visa") makes a candidate
                continue;
            }
            candidates.add(new Candidate(match.tool(), extraction, score(match, extraction, closest),
                    match.exampleSimilarity(), match.score()));
        }
        // a handoff needs someone to hand off to: the request must name a person ("a human", "un operatore", "人工")
        candidates.removeIf(c -> c.tool().name().startsWith("handoff") && !Handoffs.namesPerson(text)
                && !takesComplaints(c.tool(), text));
        // a cart for a purchase needs something to buy: "add it to my cart" names no product, so no cart is made
        candidates.removeIf(c -> c.tool().name().equals("create_cart") && !NEW_CART.matcher(text).find()
                && !namesProduct(text, tools));
        candidates.sort(java.util.Comparator.comparingDouble(Candidate::score).reversed());
        boolean personAsked = Handoffs.asked(text);
        if (personAsked || candidates.stream().anyMatch(c -> takesComplaints(c.tool(), text))) {
            // a person asked for (or a complaint, where the tool takes them) is the request, whatever else is said
            candidates.stream().filter(c -> c.tool().name().startsWith("handoff")).findFirst().ifPresent(c -> {
                candidates.remove(c);
                candidates.add(0, c);
            });
        }
        // a write whose action the request never says is not what is asked ("where has my parcel O-1003 got to?" names
        // an order, not its cancellation): the next tool serves the request, or offline mode says it cannot
        if (!personAsked) {
            candidates.removeIf(c -> Effects.changesState(c.tool()) && !c.tool().name().startsWith("handoff")
                    && !examples.saysAction(text, c.tool().name()));
        }
        Candidate best = candidates.isEmpty() ? null : candidates.get(0);
        if (best == null || best.score() < ToolMatcher.MIN_SCORE) {
            return answer(cannotMap(tools));
        }
        Intent intent = Intent.of(text);
        best = unsubstituted(text, intent, best, candidates);
        if (declinedWrite(text, intent, best, candidates, tools)) {
            // "Non comprare ancora le Meta, aspetto la call": the write is declined and nothing else is asked
            return answer("Understood, I did nothing. Tell me when you want me to go ahead, or ask me something else.");
        }
        Optional<Candidate> imagined = imaginedWrite(text, intent, best, candidates);
        if (imagined.isPresent()) {
            // "Si j'annulais la commande O-1030, le remboursement serait-il intégral ?" is about the cancellation
            return answer("That sounds like " + imagined.get().tool().name() + ", which changes things, but "
                    + intent.holdBack() + ", so I did not run it. If you want it done, say so as an instruction.");
        }
        // asking for a person is the instruction itself ("I'd rather deal with a human"); a declined one is not
        boolean handoff = best.tool().name().startsWith("handoff") && (personAsked || takesComplaints(best.tool(), text));
        boolean heldBack = Effects.changesState(best.tool()) && !handoff
                && (!intent.permitsWrite() || unlike(best, closest) || !examples.saysAction(text, best.tool().name()));
        if (heldBack && ONLY.matcher(text).find()) {
            Optional<Candidate> read = candidates.stream().filter(c -> !Effects.changesState(c.tool())
                    && c.extraction().missing().isEmpty() && c.score() >= ToolMatcher.MIN_SCORE).findFirst();
            if (read.isPresent()) {
                best = read.get();
                heldBack = false;
            }
        }
        if (!heldBack && !handoff && (intent.negated() || intent.hypothetical()) && !ONLY.matcher(text).find()
                && takesNoValue(best.extraction()) && best.exampleSimilarity() < NEGATED_READ_FLOOR
                && !FIGURE.matcher(text).find()) {
            // "先别下单，我跟老婆商量一下": a write declined and nothing else asked is no request for a look-up
            return answer("Understood, I did nothing. Tell me when you want me to go ahead, or ask me something else.");
        }
        if (heldBack) {
            // the safety rule of offline mode: a write runs only on an explicit command
            String why = intent.permitsWrite() ? "I am not sure enough that this is what you mean" : intent.holdBack();
            return answer("That sounds like " + best.tool().name() + ", which changes things, but "
                    + why + ", so I did not run it. If you want it done, say so as an instruction "
                    + "(for example \"please " + best.tool().name().replace('_', ' ') + " ...\").");
        }
        best = generalQuestion(text, intent, best, candidates);
        ToolSpecification tool = best.tool();
        ArgumentExtractor.Extraction extraction = best.extraction();
        if (!extraction.missing().isEmpty()) {
            return answer("This looks like a job for " + tool.name() + ", but I could not find "
                    + String.join(", ", extraction.missing()) + " in your request. Please include "
                    + (extraction.missing().size() == 1 ? "it" : "them") + " (offline mode reads values from "
                    + "the text; it is not a language model).");
        }
        com.fasterxml.jackson.databind.node.ObjectNode arguments = extraction.arguments().deepCopy();
        ShopValues.freeText(text, tool.parameters(), arguments);
        return call(tool.name(), arguments);
    }

    /** Whether the request names a product: an id, or a brand some tool knows ("the Kinetix e-reader"). */
    private boolean namesProduct(String text, List<ToolSpecification> tools) {
        if (PRODUCT.matcher(text).find()) {
            return true;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return tools.stream().flatMap(t -> examples.values(t.name(), "brand").stream()).anyMatch(b -> java.util.regex.Pattern.compile(
                "(?iu)(?<![\\p{L}])" + java.util.regex.Pattern.quote(b.toLowerCase(java.util.Locale.ROOT))
                        + "(?![\\p{L}])").matcher(lower).find());
    }

    /**
     * A question, hypothetical or negated request that reads clearly more like a tool it gives no values for than like
     * the tool that merely takes one word of it (a ticker) or nothing goes to the former, which then asks for the
     * missing values: "would I be able to sell my Microsoft shares tomorrow?" is no price history, "¿cuánto es la cuota
     * de un préstamo al 6 %?" no account summary.
     */
    private static Candidate unsubstituted(String text, Intent intent, Candidate best, List<Candidate> candidates) {
        Candidate closest = candidates.stream().max(java.util.Comparator.comparingDouble(Candidate::matchScore))
                .orElseThrow();
        boolean clearlyCloser = closest.matchScore() - best.matchScore() > SUBSTITUTE_MARGIN
                && closest.exampleSimilarity() >= best.exampleSimilarity() - WRITE_EXAMPLE_TOLERANCE;
        com.fasterxml.jackson.databind.node.ObjectNode taken = best.extraction().arguments();
        boolean weakWinner = taken.size() <= 1 && best.extraction().strongEvidence() == 0
                && (taken.isEmpty() || taken.elements().next().isTextual());
        // a command may go to a read-only closest tool too ("quiero comprar acciones de Nvidia" asks for a quantity)
        boolean held = !intent.permitsWrite() || !Effects.changesState(closest.tool());
        if (closest != best && !closest.extraction().missing().isEmpty() && clearlyCloser && weakWinner
                && held && !ONLY.matcher(text).find()) {
            return closest;
        }
        // "what if I cancelled O-1060, would I get the shipping back?" is about the write, which is then held back,
        // not a look-up of the order that merely shares its id
        if (closest != best && Effects.changesState(closest.tool()) && clearlyCloser && weakWinner
                && (intent.hypothetical() || intent.negated()) && !ONLY.matcher(text).find()) {
            return closest;
        }
        return best;
    }

    /**
     * Whether the request only declines a write it names ("don't buy the Meta shares yet"): a negated command with
     * no question and no "just ..." beside it, whose write is named by its action words or is as close to the
     * request as the read-only winner, or whose read-only winner hardly resembles it.
     */
    private boolean declinedWrite(String text, Intent intent, Candidate best, List<Candidate> candidates,
                                  List<ToolSpecification> tools) {
        if (!intent.negated() || intent.question() || Effects.changesState(best.tool()) || ONLY.matcher(text).find()) {
            return false;
        }
        if (tools.stream().anyMatch(t -> Effects.changesState(t) && !t.name().startsWith("handoff")
                && examples.namesAction(text, t.name()))) {
            // "Ne passe pas encore l'ordre sur Disney": the declined write is named by its own words
            return true;
        }
        // a read-only tool that hardly resembles the request only took a value it names ("le Meta")
        return best.exampleSimilarity() < DECLINED_READ_FLOOR || candidates.stream().anyMatch(c -> Effects.changesState(c.tool())
                && !c.tool().name().startsWith("handoff") && examples.saysAction(text, c.tool().name())
                && c.exampleSimilarity() >= best.exampleSimilarity() - WRITE_EXAMPLE_TOLERANCE);
    }

    /**
     * "Can I return things I bought on sale?": a question that names no id for a read-only tool that needs one, and
     * no thing of the asker's own ("my order"), is a general question; a tool that takes the question itself
     * (search_policies) answers it instead of asking for an id.
     */
    private static Candidate generalQuestion(String text, Intent intent, Candidate best, List<Candidate> candidates) {
        List<String> missing = best.extraction().missing();
        // the request must read like the tool that needs the id ("return things" like a return check), or it is
        // about something else altogether ("the stock price of Apple" in a shop)
        if (missing.isEmpty() || !intent.question() || Effects.changesState(best.tool()) || OWN.matcher(text).find()
                || !missing.stream().allMatch(m -> m.endsWith("_id")) || best.exampleSimilarity() < NEGATED_READ_FLOOR) {
            return best;
        }
        return candidates.stream().filter(c -> !Effects.changesState(c.tool()) && c.extraction().missing().isEmpty()
                && takesOnlyTheQuestion(c.tool()) && c.score() >= best.score()).findFirst().orElse(best);
    }

    /** Whether the tool's one required parameter is the request as free text and it has no filters besides. */
    private static boolean takesOnlyTheQuestion(ToolSpecification tool) {
        if (tool.parameters() == null || tool.parameters().required() == null
                || tool.parameters().required().size() != 1 || tool.parameters().properties().size() > 2) {
            return false;
        }
        return ShopValues.isFreeText(tool.parameters().required().get(0));
    }

    /**
     * A write the request imagines ("if I cancelled O-1061, would the shipping be refunded?"): a hypothetical that
     * names the write by its action words and every value it needs, answered by a read-only tool that merely shares
     * its id. The write is what is asked about, and it is held back.
     */
    private Optional<Candidate> imaginedWrite(String text, Intent intent, Candidate best, List<Candidate> candidates) {
        if (!intent.hypothetical() || Effects.changesState(best.tool()) || ONLY.matcher(text).find()) {
            return Optional.empty();
        }
        return candidates.stream().filter(c -> Effects.changesState(c.tool()) && !c.tool().name().startsWith("handoff")
                && examples.namesAction(text, c.tool().name()) && c.extraction().missing().isEmpty()
                && c.tool().parameters() != null && c.tool().parameters().required() != null
                && !c.tool().parameters().required().isEmpty()).findFirst();
    }

    /** The extraction with the shop values read again ({@link ShopValues}) and the missing values recounted. */
    private ArgumentExtractor.Extraction refined(String text, ToolSpecification tool,
                                                 ArgumentExtractor.Extraction extraction) {
        com.fasterxml.jackson.databind.node.ObjectNode args = extraction.arguments().deepCopy();
        ShopValues.refine(text, tool.parameters(), args, parameter -> examples.values(tool.name(), parameter));
        List<String> required = tool.parameters() == null || tool.parameters().required() == null ? List.of()
                : tool.parameters().required();
        // free text (a query, a summary) is the request itself when nothing else is: never missing, never evidence
        List<String> missing = required.stream().filter(r -> !args.has(r) && !ShopValues.isFreeText(r)).toList();
        com.fasterxml.jackson.databind.node.ObjectNode ordered = args.objectNode();
        if (tool.parameters() != null && tool.parameters().properties() != null) {
            tool.parameters().properties().keySet().stream().filter(args::has).forEach(k -> ordered.set(k, args.get(k)));
        }
        return new ArgumentExtractor.Extraction(ordered, missing, extraction.unusedEvidence(),
                extraction.strongEvidence());
    }

    /**
     * A write whose tool has examples must resemble one of them, and more closely than any other tool's: a command
     * routed to a write by a stray word ("I want a refund for O-1005" is not a cancellation) is held back.
     */
    private boolean unlike(Candidate candidate, double closest) {
        return matcher.hasExamples(candidate.tool()) && (candidate.exampleSimilarity() < WRITE_EXAMPLE_FLOOR
                || candidate.exampleSimilarity() < closest - WRITE_EXAMPLE_TOLERANCE);
    }

    /**
     * Similarity, adjusted by the arguments: a tool whose required values are all in the request gains, so does
     * each value it takes from the request; each missing required value and each figure or identifier the tool
     * would leave unused costs.
     */
    private static double score(ToolMatcher.Match match, ArgumentExtractor.Extraction extraction, double closest) {
        // the shopper's own words fill a free-text parameter only when the request reads most like this tool's examples
        boolean readsLikeIt = match.exampleSimilarity() > 0 && match.exampleSimilarity() >= closest;
        boolean hasRequired = match.tool().parameters() != null && match.tool().parameters().required() != null
                && match.tool().parameters().required().stream().anyMatch(r -> !ShopValues.isFreeText(r)
                        || readsLikeIt || extraction.arguments().has(r));
        // a tool that needs nothing ("create a cart") is complete when the request reads most and clearly like its
        // examples
        boolean needsNothing = match.tool().parameters() == null || match.tool().parameters().required() == null
                || match.tool().parameters().required().isEmpty();
        boolean readsClearlyLikeIt = readsLikeIt && match.exampleSimilarity() >= NEEDS_NOTHING_FLOOR;
        double bonus = (hasRequired || needsNothing && readsClearlyLikeIt) && extraction.missing().isEmpty()
                ? COMPLETE_BONUS : 0;
        return match.score() + bonus + (typedRecords(extraction.arguments()) ? RECORDS_BONUS : 0)
                - MISSING_PENALTY * extraction.missing().size()
                - UNUSED_PENALTY * Math.min(extraction.unusedEvidence(), 3)
                + CUED_BONUS * Math.min(extraction.strongEvidence(), 2)
                + FILLED_BONUS * Math.min(extraction.arguments().size(), 4);
    }

    /** Whether the arguments hold a typed-out list of two or more records (holdings, dated flows, statement lines). */
    private static boolean typedRecords(com.fasterxml.jackson.databind.node.ObjectNode arguments) {
        for (com.fasterxml.jackson.databind.JsonNode value : arguments) {
            if (value.isArray() && value.size() >= 2 && value.get(0).isObject()) {
                return true;
            }
        }
        return false;
    }

    private String renderResults(List<ChatMessage> messages) {
        List<ToolExecutionResultMessage> results = new ArrayList<>();
        for (int i = messages.size() - 1; i >= 0 && messages.get(i) instanceof ToolExecutionResultMessage r; i--) {
            results.add(0, r);
        }
        return results.stream()
                .map(r -> renderer.render(r.toolName(), r.text(), Boolean.TRUE.equals(r.isError())))
                .collect(Collectors.joining("\n\n"));
    }

    private static Optional<String> lastUserText(List<ChatMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof UserMessage user && user.hasSingleText()) {
                return Optional.of(user.singleText());
            }
        }
        return Optional.empty();
    }

    private static String cannotMap(List<ToolSpecification> tools) {
        if (tools.isEmpty()) {
            return "I can't map that to anything: offline mode only calls tools, and none are available.";
        }
        String list = tools.stream().map(t -> "- " + t.name() + (t.description() == null ? "" : ": "
                + t.description())).collect(Collectors.joining("\n"));
        return "I can't map that to one of my tools (offline mode matches requests to tools; it is not a "
                + "language model). I can:\n" + list;
    }

    /** The answer to small talk: no tool, and what offline mode can do. */
    private static String smallTalk(List<ToolSpecification> tools) {
        return tools.isEmpty() ? "Hello! Offline mode only calls tools, and none are available."
                : "Hello! Tell me what you need; offline mode can: " + tools.stream().map(ToolSpecification::name)
                .collect(Collectors.joining(", ")) + ".";
    }

    /** The answer to a request outside every tool's domain: say so, and what offline mode can do instead. */
    private static String cannotDo(List<ToolSpecification> tools) {
        if (tools.isEmpty()) {
            return "I can't do that offline, and no tools are available.";
        }
        return "I can't do that offline; I can: " + tools.stream().map(ToolSpecification::name)
                .collect(Collectors.joining(", ")) + ".";
    }

    private static ChatResponse answer(String text) {
        return ChatResponse.builder().aiMessage(AiMessage.from(text)).modelName(MODEL_NAME)
                .finishReason(FinishReason.STOP).tokenUsage(new TokenUsage(0, 0)).build();
    }
}
