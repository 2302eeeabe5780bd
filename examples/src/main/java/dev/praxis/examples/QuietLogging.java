package dev.praxis.examples;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The command line's logging, set up in code (found by logback as a {@link Configurator} service) because parsing a
 * {@code logback.xml} took about 0.2 s of every start: warnings and errors on standard error, {@code dev.praxis} at
 * {@code PRAXIS_LOG_LEVEL} (a system property or environment variable, default WARN), and the embedding model's
 * tokenizer library ({@code ai.djl}) at ERROR. Setting {@code -Dlogback.configurationFile=...} hands over to logback's
 * usual XML configuration.
 */
public final class QuietLogging extends ContextAwareBase implements Configurator {

    /** Called by logback's service loader. */
    public QuietLogging() {
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("ai.djl").setLevel(Level.ERROR);
        context.getLogger("dev.praxis").setLevel(Level.toLevel(setting("PRAXIS_LOG_LEVEL"), Level.WARN));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static String setting(String name) {
        String property = System.getProperty(name);
        return property != null ? property : System.getenv(name);
    }
}
