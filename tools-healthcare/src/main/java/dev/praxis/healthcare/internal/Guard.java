package dev.praxis.healthcare.internal;

import dev.praxis.tool.ToolException;

import java.util.function.Supplier;

/**
 * Runs a calculation for a tool and turns its own input errors (which name the parameter and its valid range)
 * into {@link ToolException}s, so the model reads the message and never a stack trace.
 */
public final class Guard {

    private Guard() {
    }

    /**
     * The value of {@code calculation}; an {@link IllegalArgumentException} or {@link ArithmeticException} becomes
     * a {@link ToolException} with the same message.
     *
     * @param <T> the result type
     * @param calculation the calculation to run
     * @return its value
     */
    public static <T> T call(Supplier<T> calculation) {
        try {
            return calculation.get();
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ToolException(e.getMessage(), e);
        }
    }
}
