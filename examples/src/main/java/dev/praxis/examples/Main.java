package dev.praxis.examples;

import dev.praxis.examples.cli.PraxisCommand;
import dev.praxis.examples.cli.Terminal;

/** Entry point of {@code praxis.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // The embedding model's tokenizer library (DJL) would otherwise call the EC2 metadata address and a
        // telemetry host: Praxis's offline mode makes no network call at all.
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.offline", "true");
        Terminal terminal = Terminal.system();
        System.exit(PraxisCommand.execute(terminal, ExampleRuntime::open, args));
    }
}
