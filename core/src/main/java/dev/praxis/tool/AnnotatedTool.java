package dev.praxis.tool;

import dev.praxis.internal.json.SharedJson;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A tool backed by a {@link ToolFunction} method; binds JSON arguments to the method's parameters with Jackson. */
final class AnnotatedTool implements Tool {

    private final Object target;
    private final Method method;
    private final ToolSpec spec;
    private final List<Binding> bindings;
    /** The method writing the approval summary, or null. */
    private final Method summary;
    private final java.util.Optional<String> preparedBy;

    private record Binding(String name, JavaType type, boolean optional, boolean context, boolean primitive) {
    }

    AnnotatedTool(Object target, Method method) {
        ToolFunction annotation = method.getAnnotation(ToolFunction.class);
        this.target = target;
        this.method = method;
        method.setAccessible(true);
        ObjectMapper mapper = SharedJson.mapper();
        Schemas schemas = new Schemas();
        List<Schemas.Field> fields = new ArrayList<>();
        List<Binding> bindings = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.getType() == ToolContext.class) {
                bindings.add(new Binding(null, null, false, true, false));
                continue;
            }
            Param param = parameter.getAnnotation(Param.class);
            requireName(method, parameter, param);
            String name = Schemas.jsonName(parameter.getName(), param);
            boolean optional = parameter.getType() == Optional.class;
            boolean required = Schemas.isRequired(parameter.getType(), param);
            if (!required && parameter.getType().isPrimitive()) {
                throw new IllegalArgumentException(method + ": optional parameter '" + name
                        + "' must not be primitive; use its box or Optional");
            }
            Type valueType = optional ? ((ParameterizedType) parameter.getParameterizedType()).getActualTypeArguments()[0]
                    : parameter.getParameterizedType();
            fields.add(new Schemas.Field(name, parameter.getParameterizedType(), param, required));
            bindings.add(new Binding(name, mapper.constructType(valueType), optional, false, parameter.getType().isPrimitive()));
        }
        String name = annotation.name().isBlank() ? Schemas.snakeCase(method.getName()) : annotation.name();
        this.spec = new ToolSpec(name, annotation.description(), schemas.object(null, fields, ""),
                annotation.sideEffect(), schemas.bounds(), schemas.sizeLimits());
        this.bindings = List.copyOf(bindings);
        this.summary = summaryMethod(target, method, annotation);
        this.preparedBy = annotation.preparedBy().isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(annotation.preparedBy());
        if (preparedBy.isPresent() && annotation.sideEffect() != SideEffect.IRREVERSIBLE) {
            throw new IllegalArgumentException(method + ": preparedBy is for irreversible tools");
        }
    }

    /**
     * Refuses a parameter whose name javac did not keep: without {@code -parameters} reflection reports
     * {@code arg0}, {@code arg1}, and every call the model makes would then fail validation.
     */
    private static void requireName(Method method, Parameter parameter, Param param) {
        if (parameter.isNamePresent() || (param != null && !param.name().isBlank())) {
            return;
        }
        throw new IllegalArgumentException(method + ": parameter " + parameter.getName()
                + " has no name at run time because the class was compiled without -parameters. Compile with"
                + " -parameters (Maven: <maven.compiler.parameters>true</maven.compiler.parameters>, or"
                + " <compilerArgs><arg>-parameters</arg></compilerArgs> in maven-compiler-plugin; Gradle:"
                + " tasks.withType(JavaCompile).configureEach { options.compilerArgs << '-parameters' })"
                + " or name it in the annotation: @Param(name = \"...\")");
    }

    private static Method summaryMethod(Object target, Method method, ToolFunction annotation) {
        if (annotation.summary().isBlank()) {
            return null;
        }
        if (annotation.sideEffect() == SideEffect.READ_ONLY) {
            throw new IllegalArgumentException(method + ": a summary is for side-effecting tools");
        }
        Method found;
        try {
            found = target.getClass().getMethod(annotation.summary(), method.getParameterTypes());
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(method + ": summary method '" + annotation.summary()
                    + "' must be public in " + target.getClass().getName() + " and take the same parameters", e);
        }
        Class<?> type = found.getReturnType();
        if (type != dev.praxis.approval.ApprovalSummary.class && type != String.class) {
            throw new IllegalArgumentException(found + ": a summary method returns ApprovalSummary or String");
        }
        found.setAccessible(true);
        return found;
    }

    @Override
    public java.util.Optional<dev.praxis.approval.ApprovalSummary> approvalSummary(JsonNode arguments,
                                                                                   ToolContext context)
            throws Exception {
        if (summary == null) {
            return java.util.Optional.empty();
        }
        Object written = invoke(summary, bind(arguments, context));
        if (written == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(written instanceof dev.praxis.approval.ApprovalSummary s ? s
                : dev.praxis.approval.ApprovalSummary.of((String) written));
    }

    @Override
    public java.util.Optional<String> preparedBy() {
        return preparedBy;
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public Object execute(JsonNode arguments, ToolContext context) throws Exception {
        Object result = invoke(method, bind(arguments, context));
        return method.getReturnType() == void.class ? Map.of("status", "ok") : result;
    }

    private Object invoke(Method which, Object[] values) throws Exception {
        try {
            return which.invoke(target, values);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw (Error) cause;
        }
    }

    private Object[] bind(JsonNode arguments, ToolContext context) {
        ObjectMapper mapper = SharedJson.mapper();
        Object[] values = new Object[bindings.size()];
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Binding binding = bindings.get(i);
            if (binding.context()) {
                values[i] = context;
                continue;
            }
            JsonNode node = arguments.get(binding.name());
            Object value = null;
            if (node != null && !node.isNull()) {
                try {
                    value = direct(node, binding.type().getRawClass());
                    if (value == null) {
                        value = mapper.convertValue(node, binding.type());
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(binding.name() + ": cannot read " + ArgumentValidator.describe(node) + " as "
                            + readable(binding.type()));
                }
            }
            values[i] = binding.optional() ? Optional.ofNullable(value) : value;
        }
        if (!problems.isEmpty()) {
            throw new ToolArgumentException(spec.name(), problems);
        }
        return values;
    }

    /**
     * The value of the common scalar cases read straight from the tree (Jackson's general conversion costs more
     * than the rest of a small tool call), or null to let Jackson convert it.
     */
    private static Object direct(JsonNode node, Class<?> raw) {
        if (raw == String.class && node.isTextual()) {
            return node.textValue();
        }
        if ((raw == int.class || raw == Integer.class) && node.isInt()) {
            return node.intValue();
        }
        if ((raw == long.class || raw == Long.class) && node.canConvertToLong() && node.isIntegralNumber()) {
            return node.longValue();
        }
        if (raw == java.math.BigDecimal.class && node.isNumber()) {
            return node.decimalValue();
        }
        if ((raw == boolean.class || raw == Boolean.class) && node.isBoolean()) {
            return node.booleanValue();
        }
        return null;
    }

    private static String readable(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == java.time.LocalDate.class) {
            return "an ISO-8601 date (YYYY-MM-DD)";
        }
        if (raw.isEnum()) {
            return "one of " + java.util.Arrays.toString(raw.getEnumConstants());
        }
        return type.toCanonical().replaceAll("[a-z]+\\.", "");
    }

    @Override
    public String toString() {
        return "Tool[" + spec.name() + " -> " + method.getDeclaringClass().getSimpleName() + "." + method.getName() + "]";
    }
}
