package dev.praxis.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Each command's help lists only the options it reads, and an option it does not read is refused, not ignored. */
class CommandOptionsCliTest {

    @TempDir
    Path dataDir;

    @Test
    void agentsAndToolsListShowNoModelSessionOrApprovalOptions() {
        for (String[] help : new String[][] {{"agents", "--help"}, {"tools", "list", "--help"}}) {
            CliRun run = CliRun.exactly("", help);
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("--verbose")
                    .doesNotContain("--model=", "--base-url=", "--tool-calling=", "--reasoning=", "--approve=",
                            "--data-dir=", "--session-wait=", "--record=", "--replay=");
        }
    }

    @Test
    void toolsCallShowsApprovalAndDataDirButNoModelOptions() {
        CliRun run = CliRun.exactly("", "tools", "call", "--help");

        assertThat(run.out()).contains("--approve=", "--data-dir=", "--session", "--verbose")
                .doesNotContain("--model=", "--base-url=", "--tool-calling=", "--reasoning=", "--session-wait=",
                        "--record=", "--replay=");
    }

    @Test
    void doctorShowsModelAndBaseUrlOnly() {
        CliRun run = CliRun.exactly("", "doctor", "--help");

        assertThat(run.out()).contains("--model=", "--base-url=", "--verbose", "--json")
                .doesNotContain("--approve=", "--data-dir=", "--session-wait=", "--record=", "--replay=",
                        "--tool-calling=");
    }

    @Test
    void askAndChatStillShowEverySharedOption() {
        for (String command : new String[] {"ask", "chat"}) {
            assertThat(CliRun.exactly("", command, "--help").out()).contains("--model=", "--base-url=",
                    "--tool-calling=", "--reasoning=", "--approve=", "--data-dir=", "--session-wait=", "--record=",
                    "--replay=", "--verbose");
        }
    }

    @Test
    void anOptionACommandDoesNotReadIsBadInputNotSilentlyIgnored() {
        CliRun run = CliRun.exactly("", "agents", "--model=", "ollama/qwen3:8b");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Unknown option", "--model", "try: praxis agents --help");
        assertThat(run.out()).isEmpty();
    }
}
