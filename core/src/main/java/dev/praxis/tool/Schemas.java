package dev.praxis.tool;

import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Generates LangChain4j JSON schemas from Java types: primitives and their boxes, {@code String},
 * {@code BigDecimal}, {@code BigInteger}, enums, {@code LocalDate} and other ISO-8601 time types, lists, sets,
 * arrays, {@code Optional} and records (recursively). Numeric bounds found on {@link Param} are collected by path,
 * and so are the declared size limits of arrays and strings. Objects get
 * {@code additionalProperties: false}: a key the schema does not name is refused, not ignored.
 */
final class Schemas {

    private final Map<String, Bounds> bounds = new LinkedHashMap<>();
    private final Map<String, Integer> sizeLimits = new LinkedHashMap<>();
    private int nestedMaxItems;

    /** Bounds collected while generating, keyed by argument path. */
    Map<String, Bounds> bounds() {
        return bounds;
    }

    /** The declared size limits met while generating, keyed by argument path; the rest get the defaults. */
    Map<String, Integer> sizeLimits() {
        return sizeLimits;
    }

    /** The schema of one value of {@code type}, described by {@code param} (may be null). */
    JsonSchemaElement schema(Type type, Param param, String path) {
        String description = param == null ? "" : param.value();
        Class<?> raw = raw(type);
        if (raw == Optional.class) {
            return schema(typeArgument(type, 0), param, path);
        }
        if (param != null) {
            Bounds b = Bounds.of(param.min(), param.max());
            if (!b.isEmpty()) {
                if (!isNumber(raw)) {
                    throw new IllegalArgumentException("min/max given on non-numeric parameter '" + path + "'");
                }
                bounds.put(path, b);
                description = join(description, "(" + b.describe() + ")");
            }
        }
        boolean array = raw.isArray() || Collection.class.isAssignableFrom(raw);
        boolean string = raw == String.class || timeFormat(raw) != null;
        description = sizeLimit(param, path, array, string, description);
        if (raw == String.class || raw == char.class || raw == Character.class) {
            return JsonStringSchema.builder().description(blankToNull(description)).build();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return JsonBooleanSchema.builder().description(blankToNull(description)).build();
        }
        if (isInteger(raw)) {
            return JsonIntegerSchema.builder().description(blankToNull(description)).build();
        }
        if (isNumber(raw)) {
            return JsonNumberSchema.builder().description(blankToNull(description)).build();
        }
        if (raw.isEnum()) {
            String[] names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toArray(String[]::new);
            return JsonEnumSchema.builder().enumValues(names).description(blankToNull(description)).build();
        }
        String format = timeFormat(raw);
        if (format != null) {
            return JsonStringSchema.builder().description(join(description, format)).build();
        }
        if (array) {
            Type element = raw.isArray()
                    ? (type instanceof GenericArrayType g ? g.getGenericComponentType() : raw.getComponentType())
                    : typeArgument(type, 0);
            // A list of lists (a matrix) takes the declared limit at every level: there is nowhere to declare another.
            Class<?> elementRaw = raw(element);
            boolean nested = elementRaw.isArray() || Collection.class.isAssignableFrom(elementRaw);
            nestedMaxItems = nested && sizeLimits.containsKey(path) ? sizeLimits.get(path) : 0;
            JsonSchemaElement items = schema(element, null, path + "[]");
            nestedMaxItems = 0;
            return JsonArraySchema.builder().description(blankToNull(description)).items(items).build();
        }
        if (raw.isRecord()) {
            return recordSchema(raw, description, path);
        }
        throw new IllegalArgumentException("unsupported parameter type " + type.getTypeName() + " at '" + path
                + "': use primitives, String, BigDecimal, enums, java.time types, lists or records");
    }

    /**
     * Records the size limit of an array or string at {@code path} and returns the description to show: arrays
     * always state their limit (a model must know when to split its work), strings only a declared one (the
     * default is far above any real value and would only cost context).
     */
    private String sizeLimit(Param param, String path, boolean array, boolean string, String description) {
        int maxItems = param == null ? nestedMaxItems : param.maxItems();
        int maxLength = param == null ? 0 : param.maxLength();
        if (maxItems < 0 || maxLength < 0) {
            throw new IllegalArgumentException("maxItems/maxLength of '" + path + "' must not be negative");
        }
        if (maxItems > 0 && !array) {
            throw new IllegalArgumentException("maxItems given on '" + path + "', which is not a list, set or array");
        }
        if (maxLength > 0 && !string) {
            throw new IllegalArgumentException("maxLength given on '" + path + "', which is not a string");
        }
        if (array && maxItems > 0) {
            sizeLimits.put(path, maxItems);
        }
        if (array) {
            return join(description, "(at most " + (maxItems > 0 ? maxItems : ToolSpec.DEFAULT_MAX_ITEMS) + " items)");
        }
        if (maxLength > 0) {
            sizeLimits.put(path, maxLength);
            return join(description, "(at most " + maxLength + " characters)");
        }
        return description;
    }

    private JsonObjectSchema recordSchema(Class<?> record, String description, String path) {
        java.util.List<Field> fields = new java.util.ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Param param = component.getAnnotation(Param.class);
            fields.add(new Field(jsonName(component.getName(), param), component.getGenericType(), param,
                    isRequired(component.getType(), param)));
        }
        return object(description, fields, path);
    }

    /** One property of an object schema: a method parameter or a record component. */
    record Field(String name, Type type, Param param, boolean required) {
    }

    /** The object schema of {@code fields}; {@code path} is the prefix of their bound paths. */
    JsonObjectSchema object(String description, java.util.List<Field> fields, String path) {
        Map<String, JsonSchemaElement> properties = new LinkedHashMap<>();
        java.util.List<String> requiredNames = new java.util.ArrayList<>();
        for (Field field : fields) {
            String childPath = path.isEmpty() ? field.name() : path + "." + field.name();
            if (properties.put(field.name(), schema(field.type(), field.param(), childPath)) != null) {
                throw new IllegalArgumentException("duplicate parameter name '" + childPath + "'");
            }
            if (field.required()) {
                requiredNames.add(field.name());
            }
        }
        return JsonObjectSchema.builder().description(blankToNull(description))
                .addProperties(properties).required(requiredNames).additionalProperties(false).build();
    }

    static boolean isRequired(Class<?> raw, Param param) {
        return raw != Optional.class && (param == null || param.required());
    }

    static String jsonName(String javaName, Param param) {
        if (param != null && !param.name().isBlank()) {
            return param.name();
        }
        return snakeCase(javaName);
    }

    static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && (!Character.isUpperCase(camel.charAt(i - 1))
                        || (i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1))))) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static Param param(AnnotatedElement element) {
        return element.getAnnotation(Param.class);
    }

    private static String timeFormat(Class<?> raw) {
        if (raw == LocalDate.class) {
            return "ISO-8601 date, YYYY-MM-DD";
        }
        if (raw == LocalDateTime.class) {
            return "ISO-8601 date-time, YYYY-MM-DDThh:mm:ss";
        }
        if (raw == OffsetDateTime.class || raw == Instant.class) {
            return "ISO-8601 date-time with offset, e.g. 2025-01-31T09:30:00Z";
        }
        if (raw == YearMonth.class) {
            return "year and month, YYYY-MM";
        }
        return null;
    }

    static boolean isInteger(Class<?> raw) {
        return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class
                || raw == BigInteger.class;
    }

    static boolean isNumber(Class<?> raw) {
        return isInteger(raw) || raw == double.class || raw == Double.class || raw == float.class
                || raw == Float.class || raw == BigDecimal.class;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType g) {
            return java.lang.reflect.Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
        }
        throw new IllegalArgumentException("unsupported type " + type.getTypeName());
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException("raw generic type " + type.getTypeName() + ": give its type argument");
    }

    private static String join(String a, String b) {
        return a == null || a.isBlank() ? b : a + " " + b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
