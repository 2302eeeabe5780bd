package dev.praxis.examples;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.praxis.agent.Agent;
import dev.praxis.approval.ActionTokens;
import dev.praxis.approval.ApprovalHandler;
import dev.praxis.event.AgentListener;
import dev.praxis.examples.agents.AgentSetup;
import dev.praxis.examples.agents.ClinicAgent;
import dev.praxis.examples.agents.FinanceAgent;
import dev.praxis.examples.agents.ShopAgent;
import dev.praxis.examples.agents.SupportAgent;
import dev.praxis.examples.cli.AgentRuntime;
import dev.praxis.examples.cli.ApprovalModes;
import dev.praxis.examples.cli.CommonOptions;
import dev.praxis.examples.cli.Terminal;
import dev.praxis.examples.embedding.CacheFolder;
import dev.praxis.examples.embedding.LocalEmbeddings;
import dev.praxis.memory.ConversationMemory;
import dev.praxis.memory.HistoryPolicy;
import dev.praxis.memory.StoredConversationMemory;
import dev.praxis.memory.store.FileConversationStore;
import dev.praxis.records.FileRecordStore;
import dev.praxis.records.RecordStore;
import dev.praxis.model.ModelOptions;
import dev.praxis.model.ModelSpec;
import dev.praxis.model.Models;
import dev.praxis.model.ReasoningMode;
import dev.praxis.model.ToolCallingMode;
import dev.praxis.model.cassette.RecordingChatModel;
import dev.praxis.model.cassette.ReplayingChatModel;
import dev.praxis.tool.Tool;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The example agents assembled for one command: the model from {@code --model}, sessions in files under
 * {@code --data-dir}, the approval mode from {@code --approve}, the in-jar MiniLM embedding model (loaded only
 * when something needs it, from files unpacked once into the user's cache folder, with its embeddings cached there:
 * see {@link LocalEmbeddings}), and approval tokens signed with the key in {@code --data-dir/approval.key} and spent in
 * {@code --data-dir/used-approval-tokens.log}, so a token is honoured by the next command and used only once. Carts,
 * orders, prepared checkouts and refunds, idempotency keys and the paper account are records under
 * {@code --data-dir/records}, so {@code ask --session S} continues a cart in the next command and a retried order is
 * never placed twice. The session store, the token files and the records open only when first used, so
 * {@code agents} and {@code tools list} never touch the data directory; other processes may use the same directory
 * at the same time.
 */
public final class ExampleRuntime implements AgentRuntime {

    private final Supplier<ChatModel> model;
    private final LocalEmbeddings local;
    private final EmbeddingModel embeddings;
    private final Lazy<FileConversationStore> store;
    private final Supplier<ConversationMemory> memory;
    private final ApprovalHandler approval;
    private final List<AgentListener> listeners;
    private final Supplier<ActionTokens> approvals;
    private final RecordStore records;
    private final Map<String, Agent> agents = new LinkedHashMap<>();
    /** The packs whose tools {@code tools list} and {@code tools call} show, in display order (support has none). */
    private static final List<String> PACKS = List.of(FinanceAgent.NAME, ShopAgent.NAME, ClinicAgent.NAME);
    private final Map<String, List<Tool>> packs = new java.util.HashMap<>();
    private AgentSetup setup;
    private dev.praxis.ecommerce.EcommercePack shop;
    private dev.praxis.examples.agents.ClinicPatients clinicPatients;
    private final List<dev.praxis.mcp.client.McpToolSource> mcpServers = new ArrayList<>();

    private ExampleRuntime(Supplier<ChatModel> model, LocalEmbeddings local, Lazy<FileConversationStore> store,
                           Supplier<ConversationMemory> memory, ApprovalHandler approval, List<AgentListener> listeners,
                           Supplier<ActionTokens> approvals, RecordStore records) {
        this.approvals = approvals;
        this.records = records;
        this.model = model;
        this.local = local;
        this.embeddings = local.model();
        this.store = store;
        this.memory = memory;
        this.approval = approval;
        this.listeners = listeners;
    }

    /** The runtime for the command line's options. */
    public static AgentRuntime open(CommonOptions options, Terminal terminal) {
        // The model's files and the tool embeddings live in the user's cache folder (PRAXIS_CACHE_DIR, else
        // ~/.cache/praxis): unpacked and embedded on the first run, read back by the next.
        LocalEmbeddings local = LocalEmbeddings.in(CacheFolder.of(terminal.env()));
        EmbeddingModel embeddings = local.model();
        ModelSpec spec = ModelSpec.parse(options.modelSpec(terminal));
        ModelOptions.Builder modelOptions = ModelOptions.builder().env(terminal.env());
        options.baseUrl().ifPresent(modelOptions::baseUrl);
        options.toolCalling().map(ToolCallingMode::parse).ifPresent(modelOptions::toolCalling);
        options.reasoning().map(ReasoningMode::parse).ifPresent(modelOptions::reasoning);
        ModelOptions built = modelOptions.build();
        Supplier<ChatModel> model = Lazy.of(() -> cassette(options, () -> Models.create(spec, built, embeddings),
                built.apiKey(spec)));
        Lazy<FileConversationStore> store = Lazy.of(() -> FileConversationStore.open(options.dataDir().resolve("sessions")));
        Supplier<ConversationMemory> memory = Lazy.of(() -> StoredConversationMemory.of(
                new WaitAnnouncingStore(store.get(), terminal.err()), HistoryPolicy.lastMessages(40), options.sessionWait()));
        List<AgentListener> listeners = new ArrayList<>();
        ApprovalModes.waitingLine(terminal).ifPresent(listeners::add);
        listeners.add(ApprovalModes.progress(terminal));
        if (options.verbose()) {
            listeners.add(new dev.praxis.event.Slf4jAgentListener());
        }
        listeners.addAll(options.listeners());
        Supplier<ActionTokens> approvals = Lazy.of(() -> ActionTokens.inDirectory(options.dataDir(), Clock.systemUTC()));
        // Carts, orders and the paper account: opened on first use, like the session store.
        RecordStore records = new LazyRecordStore(Lazy.of(() -> FileRecordStore.open(options.dataDir().resolve("records"))));
        ExampleRuntime runtime = new ExampleRuntime(model, local, store, memory,
                ApprovalModes.handler(options.approveMode(terminal), terminal), listeners, approvals, records);
        try {
            for (dev.praxis.mcp.client.McpServerSpec server : options.mcpServers()) {
                runtime.mcpServers.add(server.connect(dev.praxis.mcp.client.McpClientOptions.defaults(), terminal.env()));
            }
        } catch (RuntimeException e) {
            runtime.close();
            throw e;
        }
        return runtime;
    }

    /**
     * The model as {@code --record} and {@code --replay} ask: the built model with its traffic recorded, the
     * cassette alone (no server is contacted), or the built model as it is.
     */
    private static ChatModel cassette(CommonOptions options, Supplier<dev.praxis.model.TokenStreamingModel> build,
                                      java.util.Optional<String> apiKey) {
        java.util.Optional<java.nio.file.Path> replay = options.replayDir();
        if (replay.isPresent()) {
            return ReplayingChatModel.from(replay.get(), apiKey.stream().toList());
        }
        return options.recordDir().<ChatModel>map(dir -> RecordingChatModel.of(build.get(), dir, apiKey.stream().toList()))
                .orElseGet(build);
    }

    @Override
    public List<AgentInfo> agents() {
        return List.of(new AgentInfo(FinanceAgent.NAME, FinanceAgent.DESCRIPTION),
                new AgentInfo(ShopAgent.NAME, ShopAgent.DESCRIPTION),
                new AgentInfo(SupportAgent.NAME, SupportAgent.DESCRIPTION),
                new AgentInfo(ClinicAgent.NAME, ClinicAgent.DESCRIPTION));
    }

    @Override
    public synchronized Agent agent(String name) {
        Agent existing = agents.get(name);
        if (existing != null) {
            return existing;
        }
        Agent created = switch (name) {
            case FinanceAgent.NAME -> FinanceAgent.create(setup());
            case ShopAgent.NAME -> ShopAgent.create(setup());
            case SupportAgent.NAME -> SupportAgent.create(setup(), agent(FinanceAgent.NAME), agent(ShopAgent.NAME));
            case ClinicAgent.NAME -> ClinicAgent.create(setup(), clinicPatients());
            default -> throw new IllegalArgumentException("unknown agent '" + name + "'; available: finance, shop, "
                    + "support, clinic");
        };
        agents.put(name, created);
        return created;
    }

    @Override
    public List<Tool> tools() {
        Map<String, Tool> byName = new LinkedHashMap<>();
        for (String pack : PACKS) {
            packTools(pack).forEach(t -> byName.putIfAbsent(t.name(), t));
        }
        return List.copyOf(byName.values());
    }

    @Override
    public Map<String, List<Tool>> toolsByPack() {
        Map<String, List<Tool>> byPack = new LinkedHashMap<>();
        PACKS.forEach(pack -> byPack.put(pack, packTools(pack)));
        return byPack;
    }

    @Override
    public java.util.Optional<Tool> tool(String name) {
        for (String pack : PACKS) {
            java.util.Optional<Tool> found = packTools(pack).stream().filter(t -> t.name().equals(name)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    /** A pack's tools, built on first use: the e-commerce pack loads a 329-product catalogue and its index. */
    private synchronized List<Tool> packTools(String pack) {
        return packs.computeIfAbsent(pack, name -> switch (name) {
            case FinanceAgent.NAME -> dev.praxis.finance.FinancePack.builder().clock(Clock.systemUTC())
                    .approvals(approvals.get()).records(records).build().toolList();
            case ShopAgent.NAME -> {
                shop = dev.praxis.ecommerce.EcommercePack.builder().embeddingModel(embeddings)
                        .clock(Clock.systemUTC()).approvals(approvals.get()).records(records).build();
                yield shop.tools();
            }
            case ClinicAgent.NAME -> {
                List<Tool> all = new ArrayList<>(dev.praxis.healthcare.HealthcarePack.tools());
                all.addAll(clinicPatients().tools());
                yield List.copyOf(all);
            }
            default -> throw new IllegalStateException("no pack " + name);
        });
    }

    /** The clinic's patient records, bindings and PHI guard, made on first use and shared by agent and tools. */
    private synchronized dev.praxis.examples.agents.ClinicPatients clinicPatients() {
        if (clinicPatients == null) {
            clinicPatients = new dev.praxis.examples.agents.ClinicPatients(System.getenv(), approvals.get(),
                    Clock.systemUTC());
        }
        return clinicPatients;
    }

    @Override
    public void bindPatient(String sessionId, String userId, String patientId) {
        clinicPatients().bind(sessionId, userId, patientId);
    }

    @Override
    public synchronized java.util.Optional<dev.praxis.ecommerce.catalog.ProductRepository> catalogue() {
        packTools(ShopAgent.NAME);
        return java.util.Optional.of(shop.repository());
    }

    @Override
    public ApprovalHandler approval() {
        return approval;
    }

    private AgentSetup setup() {
        if (setup == null) {
            List<Tool> mcpTools = mcpServers.stream().flatMap(server -> server.tools().stream()).toList();
            setup = new AgentSetup(model.get(), memory.get(), approval, listeners, embeddings, Clock.systemUTC(),
                    approvals.get(), records, mcpTools);
        }
        return setup;
    }

    @Override
    public void close() {
        for (AgentListener listener : listeners) {
            if (listener instanceof AutoCloseable owned) {
                closeQuietly(owned);
            }
        }
        mcpServers.forEach(dev.praxis.mcp.client.McpToolSource::close);
        store.ifComputed().ifPresent(FileConversationStore::close);
        local.save();
    }

    private static void closeQuietly(AutoCloseable owned) {
        try {
            owned.close();
        } catch (Exception e) {
            // A listener that fails to close must not hide the run's own outcome; nothing is lost by ignoring it.
            org.slf4j.LoggerFactory.getLogger(ExampleRuntime.class).debug("closing a listener failed", e);
        }
    }
}
