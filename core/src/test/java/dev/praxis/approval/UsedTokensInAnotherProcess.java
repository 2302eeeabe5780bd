package dev.praxis.approval;

import java.nio.file.Path;
import java.time.Instant;

/** Run in a separate JVM by {@link UsedTokensTest}: marks each argument after the first used, prints the results. */
public final class UsedTokensInAnotherProcess {

    private UsedTokensInAnotherProcess() {
    }

    public static void main(String[] args) {
        UsedTokens used = UsedTokens.inDirectory(Path.of(args[0]));
        StringBuilder results = new StringBuilder();
        for (int i = 1; i < args.length; i++) {
            results.append(args[i]).append('=').append(used.markUsed(args[i], Instant.parse("2100-01-01T00:00:00Z")))
                    .append(' ');
        }
        System.out.println(results.toString().trim());
    }
}
