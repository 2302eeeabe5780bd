package dev.praxis.memory.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Child process of {@link FileConversationStoreMultiProcessTest}: takes a session's lease on a file store, appends
 * one turn under it, prints {@code held}, and keeps the lease until a line arrives on standard input (or it is
 * killed). Arguments: data directory, session id.
 */
@SuppressWarnings("try") // a lease is held for the scope of its try block, unreferenced inside
public final class SessionHolder {

    private SessionHolder() {
    }

    public static void main(String[] args) throws Exception {
        FileConversationStore store = FileConversationStore.open(Path.of(args[0]));
        try (SessionLease lease = store.lease(args[1], Duration.ofSeconds(60))) {
            store.append(args[1], store.version(args[1]), Messages.turn(-1));
            System.out.println("held");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        System.out.println("released");
        System.out.flush();
    }
}
