package dev.praxis.finance.internal;

import dev.praxis.tool.ToolException;

import java.util.function.Supplier;

/**
 * Runs maths for a tool and turns the maths' own input errors (which name the parameter) into
 * {@link ToolException}s, so the model reads the message and never a failure report.
 */
public final class Guard {

    private Guard() {
    }

    /**
     * The value of {@code computation}; an {@link IllegalArgumentException} or {@link ArithmeticException} becomes a {@link ToolException}.
     *
     * @param <T> the result type
     * @param computation the calculation to run
     * @return its value
     */
    public static <T> T call(Supplier<T> computation) {
        try {
            return computation.get();
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ToolException(e.getMessage(), e);
        }
    }
}
