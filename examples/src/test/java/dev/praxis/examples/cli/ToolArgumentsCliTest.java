package dev.praxis.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code praxis tools call NAME @FILE} and {@code -}: arguments too large for a command line. */
class ToolArgumentsCliTest {

    // 300000 at 6.5 % over 360 months: 1896.20 (standard annuity formula; also OfflineCliTest)
    private static final String LOAN = "{\"principal\": 300000, \"annual_rate\": 6.5, \"term_months\": 360}";

    @TempDir
    Path dataDir;

    @Test
    void readsTheArgumentsFromAFileAfterAnAt() throws Exception {
        Path file = Files.writeString(dataDir.resolve("loan.json"), LOAN);

        CliRun run = CliRun.run(dataDir, "tools", "call", "loan_payment", "@" + file);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("1896.20");
    }

    @Test
    void readsTheArgumentsFromStandardInputForADash() {
        CliRun run = CliRun.run(dataDir, LOAN + "\n", Map.of(), "tools", "call", "loan_payment", "-");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("1896.20");
    }

    @Test
    void missingArgumentsFileIsBadInputNamingTheFile() {
        Path missing = dataDir.resolve("no-such.json");

        CliRun run = CliRun.run(dataDir, "tools", "call", "loan_payment", "@" + missing);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("arguments file " + missing + " not found");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void atWithoutAFileNameIsBadInput() {
        CliRun run = CliRun.run(dataDir, "tools", "call", "loan_payment", "@");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("'@' names no file");
    }

    @Test
    void refusesAnArgumentsFileOverOneMebibyteWithoutTruncating() throws Exception {
        // Valid JSON whose first bytes alone would also parse if the reader cut it: the limit must refuse, not cut.
        Path file = Files.writeString(dataDir.resolve("big.json"),
                LOAN + " ".repeat(ToolArguments.LIMIT_BYTES));

        CliRun run = CliRun.run(dataDir, "tools", "call", "loan_payment", "@" + file);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("over the limit of 1048576 bytes (1 MiB)", "nothing was run");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void refusesStandardInputOverOneMebibyte() {
        CliRun run = CliRun.run(dataDir, LOAN + " ".repeat(ToolArguments.LIMIT_BYTES), Map.of(),
                "tools", "call", "loan_payment", "-");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("standard input are over the limit of 1048576 bytes");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void acceptsArgumentsOfExactlyTheLimit() throws Exception {
        String padded = LOAN + " ".repeat(ToolArguments.LIMIT_BYTES - LOAN.length());
        Path file = Files.writeString(dataDir.resolve("edge.json"), padded);

        CliRun run = CliRun.run(dataDir, "tools", "call", "loan_payment", "@" + file);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("1896.20");
    }

    @Test
    void refusesStandardInputOverTheLimitInBytesThoughNotInCharacters() {
        // 'é' is two UTF-8 bytes: 600 000 of them are 1.2 MB in 600 000 characters
        String json = "{\"principal\": 300000, \"annual_rate\": 6.5, \"term_months\": 360, \"x\": \""
                + "é".repeat(600_000) + "\"}";

        CliRun run = CliRun.run(dataDir, json, Map.of(), "tools", "call", "loan_payment", "-");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("over the limit");
    }

    @Test
    void notUtf8ArgumentsFileIsBadInput() throws Exception {
        Path file = Files.write(dataDir.resolve("latin1.json"), new byte[]{'{', '"', (byte) 0xE9, '"', '}'});

        CliRun run = CliRun.run(dataDir, "tools", "call", "loan_payment", "@" + file);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("is not UTF-8 text");
    }
}
