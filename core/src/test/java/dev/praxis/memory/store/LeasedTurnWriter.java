package dev.praxis.memory.store;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Child process of {@link FileConversationStoreMultiProcessTest}: runs turns on one session of a file store, each
 * under the session's lease (load, then append at the loaded version), as an agent's turn does. Turn {@code k} of
 * writer {@code w} is {@code Messages.turn(w * 1000 + k)}. Arguments: data directory, session id, writer number,
 * number of turns.
 */
@SuppressWarnings("try") // a lease is held for the scope of its try block, unreferenced inside
public final class LeasedTurnWriter {

    private LeasedTurnWriter() {
    }

    public static void main(String[] args) {
        FileConversationStore store = FileConversationStore.open(Path.of(args[0]));
        String session = args[1];
        int writer = Integer.parseInt(args[2]);
        int turns = Integer.parseInt(args[3]);
        for (int k = 0; k < turns; k++) {
            try (SessionLease lease = store.lease(session, Duration.ofSeconds(60))) {
                StoredConversation conversation = store.load(session);
                store.append(session, conversation.version(), Messages.turn(writer * 1000 + k));
            }
        }
        System.out.println("done");
    }
}
