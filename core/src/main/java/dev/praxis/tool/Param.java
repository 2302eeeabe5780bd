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
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Param {

    /** Description shown to the model. */
    String value() default "";

    /** JSON name; defaults to the Java name in snake_case. */
    String name() default "";

    /** Whether the model must supply it. */
    boolean required() default true;

    /** Inclusive lower bound for numbers, e.g. {@code "0.01"}; empty for none. */
    String min() default "";

    /** Inclusive upper bound for numbers; empty for none. */
    String max() default "";
}
