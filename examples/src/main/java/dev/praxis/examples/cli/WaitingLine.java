package dev.praxis.examples.cli;

import dev.praxis.event.AgentEvent;
import dev.praxis.event.AgentListener;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A one-line spinner on standard error while the model is thinking ({@code [finance] waiting for the model / 2.4 s}),
 * rewritten in place with a carriage return and wiped as soon as anything else happens: the model answers, a token
 * streams in, a tool starts, an approval is asked, the run ends. Only for a person at a terminal: scripts and pipes
 * never get it, so their standard error stays line-oriented.
 *
 * <p>It owns one daemon thread, started lazily on the first wait and stopped by {@link #close()}.
 */
final class WaitingLine implements AgentListener, AutoCloseable {

    private static final String FRAMES = "|/-\\";
    private static final long TICK_MS = 125;

    private final PrintWriter err;
    private final LongSupplier nanos;
    private final boolean animate;
    private ScheduledExecutorService ticker;
    private String agent;
    private long since;
    private int frame;
    private int shown;

    /**
     * @param err     where the line is drawn (standard error)
     * @param nanos   the clock, {@link System#nanoTime} outside tests
     * @param animate whether a thread redraws the line by itself; tests call {@link #tick()} instead
     */
    WaitingLine(PrintWriter err, LongSupplier nanos, boolean animate) {
        this.err = err;
        this.nanos = nanos;
        this.animate = animate;
    }

    /** The spinner for {@code terminal} when a person is at it (interactive and not a dumb terminal), else none. */
    static java.util.Optional<WaitingLine> forTerminal(Terminal terminal) {
        boolean person = terminal.interactive() && !"dumb".equals(terminal.env().get("TERM"));
        return person ? java.util.Optional.of(new WaitingLine(terminal.err(), System::nanoTime, true))
                : java.util.Optional.empty();
    }

    @Override
    public synchronized void onEvent(AgentEvent event) {
        if (event instanceof AgentEvent.ModelRequested requested) {
            agent = requested.agent();
            since = nanos.getAsLong();
            frame = 0;
            draw();
            startTicking();
        } else if (agent != null && !(event instanceof AgentEvent.RunStarted)) {
            // Anything else the person should see replaces the spinner: the answer, a token, a tool, a question.
            agent = null;
            wipe();
        }
    }

    /** Redraws the line with the next frame and the time waited so far; nothing when no wait is under way. */
    synchronized void tick() {
        if (agent != null) {
            frame++;
            draw();
        }
    }

    private void draw() {
        double seconds = (nanos.getAsLong() - since) / 1e9;
        String line = String.format(Locale.ROOT, "  [%s] waiting for the model %c %.1f s", agent,
                FRAMES.charAt(frame % FRAMES.length()), seconds);
        err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
        err.flush();
        shown = line.length();
    }

    private void wipe() {
        if (shown > 0) {
            err.print("\r" + " ".repeat(shown) + "\r");
            err.flush();
            shown = 0;
        }
    }

    private void startTicking() {
        if (animate && ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "praxis-waiting-line");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleAtFixedRate(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** Wipes a line still shown and stops the thread. */
    @Override
    public synchronized void close() {
        agent = null;
        wipe();
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }
}
