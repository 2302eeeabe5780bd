package dev.praxis.tool;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a tool parameter or a field of a record used as a parameter. Parameters are required unless
 * {@link #required()} is false or their type is {@link java.util.Optional}. Bounds are inclusive and
 * written as decimal strings so that money bounds stay exact.
 *
 * <p>Every list, set or array has a largest size and every string a longest length, checked before the tool runs
 * (an oversized argument is refused, never cut): {@link #maxItems()} and {@link #maxLength()} declare them, and
 * without a declaration {@link ToolSpec#DEFAULT_MAX_ITEMS} and {@link ToolSpec#DEFAULT_MAX_LENGTH} apply.
 *
 * <pre>{@code
 * @Param(value = "Cash flows in time order", maxItems = 1200) List<BigDecimal> cashFlows
 * @Param(value = "Ticker symbol", maxLength = 12) String symbol
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Param {

    /**
     * Description shown to the model.
     *
     * @return the description
     */
    String value() default "";

    /**
     * JSON name, used as written; defaults to the Java name in snake_case. The Java name is only known when the
     * class is compiled with {@code -parameters}; without it, a tool method parameter must be named here, or
     * registration fails with an {@link IllegalArgumentException} saying so.
     *
     * @return the JSON name, or empty for the default
     */
    String name() default "";

    /**
     * Whether the model must supply it.
     *
     * @return whether it is required
     */
    boolean required() default true;

    /**
     * Inclusive lower bound for numbers, e.g. {@code "0.01"}; empty for none.
     *
     * @return the lower bound, or empty
     */
    String min() default "";

    /**
     * Inclusive upper bound for numbers; empty for none.
     *
     * @return the upper bound, or empty
     */
    String max() default "";

    /**
     * Most elements of a list, set or array parameter; 0 means {@link ToolSpec#DEFAULT_MAX_ITEMS}.
     *
     * @return the item limit, or 0
     */
    int maxItems() default 0;

    /**
     * Most characters of a string parameter; 0 means {@link ToolSpec#DEFAULT_MAX_LENGTH}.
     *
     * @return the length limit, or 0
     */
    int maxLength() default 0;
}
