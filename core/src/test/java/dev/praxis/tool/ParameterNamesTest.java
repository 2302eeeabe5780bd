package dev.praxis.tool;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tools compiled the way a user's build compiles them by default: javac without {@code -parameters}, so reflection
 * reports {@code arg0}. The classes are compiled here, at test time, because this module's own build always passes
 * {@code -parameters}.
 */
class ParameterNamesTest {

    @TempDir
    Path dir;

    private final List<URLClassLoader> loaders = new ArrayList<>();

    @AfterEach
    void closeLoaders() throws IOException {
        for (URLClassLoader loader : loaders) {
            loader.close();
        }
    }

    @Test
    void refusesDescribedParameterWithoutNameAndSaysHowToFix() throws Exception {
        Object tool = compileWithoutParameters("Doubler", "@Param(\"Amount to double\")");

        assertThatThrownBy(() -> Tools.from(tool))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameter arg0 has no name at run time")
                .hasMessageContaining("compiled without -parameters")
                .hasMessageContaining("<maven.compiler.parameters>true</maven.compiler.parameters>")
                .hasMessageContaining("<compilerArgs><arg>-parameters</arg></compilerArgs>")
                .hasMessageContaining("options.compilerArgs << '-parameters'")
                .hasMessageContaining("@Param(name = \"...\")");
    }

    @Test
    void refusesUnannotatedParameterWithoutName() throws Exception {
        Object tool = compileWithoutParameters("Bare", "");

        assertThatThrownBy(() -> Tools.from(tool))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameter arg0 has no name at run time");
    }

    @Test
    void usesNameFromParamWhenCompiledWithoutParameters() throws Exception {
        Object target = compileWithoutParameters("Named", "@Param(name = \"amount\", value = \"Amount to double\")");

        List<Tool> tools = Tools.from(target);
        ToolResult result = ToolBox.of(tools).call("doubled", "{\"amount\": 21.5}", ToolContext.standalone());

        assertThat(tools.get(0).spec().parameters().properties()).containsOnlyKeys("amount");
        assertThat(result.isOk()).as(result.toModelText()).isTrue();
        assertThat(result.result().decimalValue()).isEqualByComparingTo("43.0");
    }

    /** Compiles a one-tool class whose parameter carries {@code annotation}, without -parameters, and instantiates it. */
    private Object compileWithoutParameters(String className, String annotation) throws Exception {
        String source = """
                package sample;

                import dev.praxis.tool.Param;
                import dev.praxis.tool.ToolFunction;
                import java.math.BigDecimal;

                public final class %s {
                    @ToolFunction(description = "Doubles an amount")
                    public BigDecimal doubled(%s BigDecimal amount) {
                        return amount.add(amount);
                    }
                }
                """.formatted(className, annotation);
        Path file = dir.resolve("src/sample/" + className + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String praxisClasses = Path.of(Param.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK compiler (tests run on a JDK)").isNotNull();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, "-classpath", praxisClasses, "-d", classes.toString(), file.toString());
        assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();

        // Closed after the test, not here: the tool's class must stay loadable while the test calls it.
        URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, Param.class.getClassLoader());
        loaders.add(loader);
        Class<?> type = loader.loadClass("sample." + className);
        Method method = Arrays.stream(type.getMethods()).filter(m -> m.getName().equals("doubled")).findFirst().orElseThrow();
        assertThat(method.getParameters()[0].isNamePresent()).as("compiled without -parameters").isFalse();
        return type.getConstructor().newInstance();
    }
}
