package dev.praxis.tool;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Creates tools from objects whose public methods carry {@link ToolFunction}.
 *
 * <pre>{@code
 * List<Tool> tools = Tools.from(new LoanCalculator(), new MarketData(provider));
 * }</pre>
 */
public final class Tools {

    private Tools() {
    }

    /**
     * Every {@link ToolFunction} method of every object, in a stable order (by class, then method name).
     *
     * @param targets objects with {@link ToolFunction} methods
     * @return the tools
     * @throws IllegalArgumentException when an object has no tool method or a parameter type is unsupported
     */
    public static List<Tool> from(Object... targets) {
        List<Tool> tools = new ArrayList<>();
        for (Object target : targets) {
            List<Method> methods = Arrays.stream(target.getClass().getMethods())
                    .filter(m -> m.isAnnotationPresent(ToolFunction.class))
                    .sorted(Comparator.comparing(Method::getName))
                    .toList();
            if (methods.isEmpty()) {
                throw new IllegalArgumentException(target.getClass().getName() + " has no public @ToolFunction method");
            }
            for (Method method : methods) {
                if (Modifier.isStatic(method.getModifiers())) {
                    throw new IllegalArgumentException(method + ": tool methods must not be static");
                }
                tools.add(new AnnotatedTool(target, method));
            }
        }
        return List.copyOf(tools);
    }

    /**
     * The JSON schema of a record type, with its bounds, as used for typed agent output.
     *
     * @param type a record class
     * @return the schema
     * @throws IllegalArgumentException when {@code type} is not a record or has unsupported component types
     */
    public static TypeSchema schemaOf(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record; typed output needs a record type");
        }
        Schemas schemas = new Schemas();
        dev.langchain4j.model.chat.request.json.JsonObjectSchema schema =
                (dev.langchain4j.model.chat.request.json.JsonObjectSchema) schemas.schema(type, null, "");
        return new TypeSchema(type, schema, schemas.bounds(), schemas.sizeLimits());
    }
}
