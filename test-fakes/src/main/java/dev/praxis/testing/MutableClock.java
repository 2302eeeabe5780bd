package dev.praxis.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock that tests move by hand, to check expiries (approval tokens, return windows) without sleeping.
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.at("2025-01-31T09:00:00Z");
 * FinancePack pack = FinancePack.builder().clock(clock).build();
 * clock.advance(Duration.ofMinutes(6));   // the 5-minute token has now expired
 * }</pre>
 */
public final class MutableClock extends Clock {

    private volatile Instant now;

    /**
     * A clock that shows {@code start} until it is moved, in UTC.
     *
     * @param start the first instant it shows
     */
    public MutableClock(Instant start) {
        this.now = start;
    }

    /**
     * A clock showing {@code instant} (ISO-8601, e.g. {@code 2025-01-31T09:00:00Z}).
     *
     * @param instant an ISO-8601 instant, e.g. {@code 2025-01-31T09:00:00Z}
     * @return a clock showing that instant
     */
    public static MutableClock at(String instant) {
        return new MutableClock(Instant.parse(instant));
    }

    /**
     * Moves the clock forward (or back, with a negative duration).
     *
     * @param duration how far to move; negative moves it back
     */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /**
     * Sets the clock to {@code instant}.
     *
     * @param instant what the clock shows from now on
     */
    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
