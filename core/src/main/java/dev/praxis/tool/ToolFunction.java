package dev.praxis.tool;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method as a tool. The method's parameters become the tool's JSON parameters (camelCase
 * Java names are exposed in snake_case), its return value the tool's JSON result.
 *
 * <pre>{@code
 * @ToolFunction(name = "loan_payment", description = "Monthly payment of an amortising loan")
 * public Payment loanPayment(@Param("Amount borrowed") BigDecimal principal,
 *                            @Param(value = "Annual rate in percent, 6.5 means 6.5 %", min = "0") BigDecimal annualRate,
 *                            @Param(value = "Term in months", min = "1") int termMonths) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ToolFunction {

    /**
     * Unique snake_case name; defaults to the method name converted to snake_case.
     *
     * @return the name, or empty for the default
     */
    String name() default "";

    /**
     * What the tool does, for the model: when to call it and what it returns.
     *
     * @return the description
     */
    String description();

    /**
     * What calling it does to the world; decides whether approval is needed.
     *
     * @return the side effect
     */
    SideEffect sideEffect() default SideEffect.READ_ONLY;

    /**
     * For side-effecting tools: the name of a public method of the same class that writes the approval summary.
     * It takes the same parameters as the tool method and returns an {@link dev.praxis.approval.ApprovalSummary}
     * (or a String, used as its title). Empty: the approver sees the tool name and arguments.
     *
     * @return the method's name, or empty
     */
    String summary() default "";

    /**
     * For an irreversible tool that executes a previewed action: the name of the tool that previews it. The agent
     * refuses this tool in the same run as a successful call of that one (see {@link Tool#preparedBy()}).
     *
     * @return the preparing tool's name, or empty
     */
    String preparedBy() default "";
}
