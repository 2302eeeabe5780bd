package dev.praxis;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/** Captures what one logger writes, for tests that check a failure was logged with its cause. */
public final class LogCapture {

    private LogCapture() {
    }

    /** Starts capturing {@code loggerName}'s events; read them from the returned appender's {@code list}. */
    public static ListAppender<ILoggingEvent> of(String loggerName) {
        Logger logger = (Logger) LoggerFactory.getLogger(loggerName);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        return appender;
    }
}
