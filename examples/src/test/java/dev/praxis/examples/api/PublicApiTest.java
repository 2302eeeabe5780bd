package dev.praxis.examples.api;

import dev.praxis.ecommerce.EcommercePack;
import dev.praxis.finance.FinancePack;
import dev.praxis.healthcare.HealthcarePack;
import dev.praxis.json.PraxisJson;
import dev.praxis.mcp.server.PraxisMcpServer;
import dev.praxis.micrometer.PraxisObservations;
import dev.praxis.opentelemetry.PraxisTelemetry;
import dev.praxis.serve.PraxisServer;
import dev.praxis.spring.PraxisAutoConfiguration;
import dev.praxis.testing.ScriptedChatModel;
import dev.praxis.testing.contract.ConversationStoreContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the public API of every published module small and deliberate. For each module, the public top-level types
 * outside {@code internal} packages must be exactly those listed in {@code src/test/resources/public-api/<module>.txt}
 * (of this module), and no public signature of the API may mention an {@code internal} type (internal packages are
 * public only so that other packages and modules of Praxis can reach them; users must never see them).
 *
 * <p>It lives in {@code examples} because this is the one module whose test class path holds every published
 * module; it reads each module's classes from wherever the build put them (a folder or a jar).
 */
class PublicApiTest {

    /** Each published module, named as in its list file, with one class that locates its compiled classes. */
    static Stream<Arguments> modules() {
        return Stream.of(
                Arguments.of("core", PraxisJson.class),
                Arguments.of("tools-finance", FinancePack.class),
                Arguments.of("tools-ecommerce", EcommercePack.class),
                Arguments.of("tools-healthcare", HealthcarePack.class),
                Arguments.of("mcp", PraxisMcpServer.class),
                Arguments.of("spring-boot-starter", PraxisAutoConfiguration.class),
                Arguments.of("opentelemetry", PraxisTelemetry.class),
                Arguments.of("micrometer", PraxisObservations.class),
                Arguments.of("serve", PraxisServer.class),
                Arguments.of("test-support", ConversationStoreContract.class),
                Arguments.of("test-fakes", ScriptedChatModel.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void everyPublicTypeOutsideInternalPackagesIsListed(String module, Class<?> anchor) throws Exception {
        Set<String> actual = apiTypes(anchor).stream().map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = listed(module);
        String list = "examples/src/test/resources/public-api/" + module + ".txt";

        Set<String> added = new TreeSet<>(actual);
        added.removeAll(listed);
        Set<String> gone = new TreeSet<>(listed);
        gone.removeAll(actual);

        assertThat(added)
                .as("new public types of " + module + " outside internal packages: make each package-private, or"
                        + " move it to an internal package if other packages or modules need it; if it is meant as"
                        + " API (an extension point, a record users read, a factory they call), add it to " + list
                        + " deliberately")
                .isEmpty();
        assertThat(gone)
                .as("types listed in " + list + " that are no longer public API: removing API breaks users; if"
                        + " that is meant, delete them from the list")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void noPublicSignatureOfTheApiMentionsAnInternalType(String module, Class<?> anchor) throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : withVisibleNestedTypes(apiTypes(anchor))) {
            leaks.addAll(leaksOf(type));
        }
        assertThat(leaks)
                .as("API signatures of " + module + " that expose internal types: return or accept an API type"
                        + " instead, or make the member package-private")
                .isEmpty();
    }

    /** The public top-level types in the folder or jar that holds {@code anchor}, outside internal packages. */
    private static List<Class<?>> apiTypes(Class<?> anchor)
            throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = new ArrayList<>();
        for (String name : classNames(root)) {
            Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
            if (Modifier.isPublic(type.getModifiers()) && !isInternal(type)) {
                types.add(type);
            }
        }
        return types;
    }

    /** Binary names of the top-level classes under a class folder or in a jar. */
    private static List<String> classNames(Path root) throws IOException {
        List<String> paths;
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                paths = files.filter(Files::isRegularFile)
                        .map(f -> root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/"))
                        .toList();
            }
        } else {
            try (JarFile jar = new JarFile(root.toFile())) {
                paths = jar.stream().map(e -> e.getName()).toList();
            }
        }
        return paths.stream().filter(PublicApiTest::isTopLevelClassFile)
                .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.')).toList();
    }

    private static boolean isTopLevelClassFile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")
                && !name.equals("module-info.class") && !path.startsWith("META-INF/");
    }

    private static boolean isInternal(Class<?> type) {
        return Arrays.asList(type.getPackageName().split("\\.")).contains("internal");
    }

    private static Set<String> listed(String module) throws IOException {
        String resource = "/public-api/" + module + ".txt";
        try (InputStream in = PublicApiTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** {@code types} and, recursively, their public and protected nested types. */
    private static List<Class<?>> withVisibleNestedTypes(List<Class<?>> types) {
        List<Class<?>> all = new ArrayList<>();
        List<Class<?>> next = new ArrayList<>(types);
        while (!next.isEmpty()) {
            Class<?> type = next.remove(next.size() - 1);
            all.add(type);
            Arrays.stream(type.getDeclaredClasses()).filter(nested -> isVisible(nested.getModifiers()))
                    .forEach(next::add);
        }
        return all;
    }

    private static List<String> leaksOf(Class<?> type) {
        List<String> leaks = new ArrayList<>();
        List<Type> supers = new ArrayList<>(Arrays.asList(type.getGenericInterfaces()));
        if (type.getGenericSuperclass() != null) {
            supers.add(type.getGenericSuperclass());
        }
        report(leaks, type.getName() + " (supertypes)", supers.toArray(Type[]::new));
        for (Field field : type.getDeclaredFields()) {
            if (visible(field)) {
                report(leaks, type.getName() + "." + field.getName(), field.getGenericType());
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method) && !method.isBridge()) {
                report(leaks, type.getName() + "." + method.getName() + "(...)", method.getGenericReturnType());
                reportSignature(leaks, type, method);
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor)) {
                reportSignature(leaks, type, constructor);
            }
        }
        return leaks;
    }

    private static void reportSignature(List<String> leaks, Class<?> type, Executable executable) {
        String where = type.getName() + "." + executable.getName() + "(...)";
        report(leaks, where, executable.getGenericParameterTypes());
        report(leaks, where, executable.getGenericExceptionTypes());
    }

    private static boolean visible(Member member) {
        return !member.isSynthetic() && isVisible(member.getModifiers());
    }

    private static boolean isVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void report(List<String> leaks, String where, Type... types) {
        Set<Class<?>> mentioned = new HashSet<>();
        for (Type type : types) {
            collect(type, mentioned, new HashSet<>());
        }
        mentioned.stream().filter(c -> c.getName().startsWith("dev.praxis.") && isInternal(c))
                .forEach(c -> leaks.add(where + " mentions " + c.getName()));
    }

    private static void collect(Type type, Set<Class<?>> into, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> c) {
            into.add(c.isArray() ? c.getComponentType() : c);
            if (c.isArray()) {
                collect(c.getComponentType(), into, seen);
            }
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), into, seen);
            if (p.getOwnerType() != null) {
                collect(p.getOwnerType(), into, seen);
            }
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, into, seen);
            }
        } else if (type instanceof WildcardType w) {
            Stream.concat(Arrays.stream(w.getUpperBounds()), Arrays.stream(w.getLowerBounds()))
                    .forEach(bound -> collect(bound, into, seen));
        } else if (type instanceof TypeVariable<?> v) {
            Arrays.stream(v.getBounds()).forEach(bound -> collect(bound, into, seen));
        } else if (type instanceof GenericArrayType a) {
            collect(a.getGenericComponentType(), into, seen);
        }
    }
}
