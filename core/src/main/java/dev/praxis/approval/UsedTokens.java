package dev.praxis.approval;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * Where {@link ActionTokens} records the tokens already used, so each approves exactly one action. Every process
 * that accepts the same tokens must share one store: {@link #inDirectory} for processes on one data directory,
 * {@link #inMemory} for a single process.
 */
public interface UsedTokens {

    /**
     * Records {@code tokenId} as used, atomically for every user of this store: true the first time, false when it
     * was already used. {@code expiresAt} lets a store forget the entry once the token has expired anyway.
     *
     * @param tokenId the token's id
     * @param expiresAt when the token expires
     * @return true the first time, false when it was already used
     */
    boolean markUsed(String tokenId, Instant expiresAt);

    /**
     * Whether {@code tokenId} was already used (a hint for messages; only {@link #markUsed} is atomic).
     *
     * @param tokenId the token's id
     * @return whether it was used
     */
    boolean isUsed(String tokenId);

    /**
     * Used tokens of this process only; entries are forgotten after their token expires by {@code clock}.
     *
     * @param clock tells the time for forgetting
     * @return the store
     */
    static UsedTokens inMemory(Clock clock) {
        return new InMemoryUsedTokens(clock);
    }

    /**
     * Used tokens in {@code directory/used-approval-tokens.log}, shared by every process (and every instance)
     * that opens the same directory: a token used in one is refused in the next.
     *
     * @param directory the shared data directory
     * @return the store
     */
    static UsedTokens inDirectory(Path directory) {
        return FileUsedTokens.open(directory);
    }
}
