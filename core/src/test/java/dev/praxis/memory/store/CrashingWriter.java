package dev.praxis.memory.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Child process of {@link FileConversationStoreCrashTest}: appends turns to a file store from several threads,
 * one session each, printing {@code <session> <turn>} after each acknowledged append, until it is killed.
 * Arguments: data directory, number of writer threads.
 */
public final class CrashingWriter {

    private CrashingWriter() {
    }

    public static void main(String[] args) throws Exception {
        FileConversationStore store = FileConversationStore.open(Path.of(args[0]));
        int writers = Integer.parseInt(args[1]);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (int w = 0; w < writers; w++) {
            String session = "s" + w;
            Thread writer = new Thread(() -> {
                long version = store.version(session);
                for (int turn = (int) version / 2; ; turn++) {
                    version = store.append(session, version, Messages.turn(turn));
                    store.putState(session, "last_turn", Integer.toString(turn));
                    synchronized (out) {
                        out.println(session + " " + turn);
                        out.flush();
                    }
                }
            });
            writer.start();
        }
        out.println("started");
        out.flush();
        Thread.currentThread().join();
    }
}
