package dev.praxis.model.offline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolExamplesTest {

    @TempDir
    Path dir;

    private ToolExamples load(String lines) throws Exception {
        Path file = dir.resolve(ToolExamples.RESOURCE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            return ToolExamples.load(loader);
        }
    }

    @Test
    void asksCueFindsWhereARequestNamesTheWantedQuantityIgnoringCase() throws Exception {
        ToolExamples examples = load("""
                loan_payment: monthly payment on a mortgage
                @asks loan_payment: mensualit[ée]
                @asks present_value: combien[^?]{0,20}emprunt|(?<!净)现值
                """);

        String request = "Avec une Mensualité de 950 €, combien puis-je emprunter ?";
        assertThat(examples.askedAt(request, "loan_payment")).isEqualTo(request.indexOf("Mensualité"));
        assertThat(examples.askedAt(request, "present_value")).isEqualTo(request.indexOf("combien"));
        assertThat(examples.askedAt("净现值是多少", "present_value")).isEqualTo(-1);
        assertThat(examples.askedAt(request, "future_value")).isEqualTo(-1);
        assertThat(examples.has("loan_payment")).isTrue();
    }

    @Test
    void rejectsAnAsksCueThatIsNoRegularExpression() throws Exception {
        assertThatThrownBy(() -> load("@asks npv: net (present value\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad @asks pattern");
    }

    @Test
    void likeLendsADelegatingToolTheExamplesOfTheToolsItNamesButNotTheirCues() throws Exception {
        ToolExamples examples = load("""
                loan_payment: monthly payment on a mortgage
                @asks loan_payment: mensualit[ée]
                view_cart: what is in my shopping cart
                @like ask_finance: loan_payment
                @like ask_shop: view_cart
                """);

        Map<String, Integer> request = ToolExamples.grams("monthly payment on my mortgage please");
        assertThat(examples.similarity(request, "ask_finance")).isEqualTo(examples.similarity(request, "loan_payment"))
                .isGreaterThan(examples.similarity(request, "ask_shop"));
        assertThat(examples.askedAt("la mensualité", "ask_finance")).isEqualTo(-1);
    }
}
