package dev.praxis.finance;

import dev.praxis.tool.SideEffect;
import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolBox;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FinancePackTest {

    @Test
    void registersEveryToolOfThePublicContractWithOneCall() {
        List<Tool> tools = FinancePack.tools();
        assertThat(tools).extracting(Tool::name).containsExactlyInAnyOrderElementsOf(FinancePack.TOOL_NAMES);
        assertThat(ToolBox.of(tools).tools()).hasSize(FinancePack.TOOL_NAMES.size());
    }

    @Test
    void everyToolDescribesItselfAndOnlyExecuteTradeIsIrreversible() {
        for (Tool tool : FinancePack.tools()) {
            assertThat(tool.spec().description()).as(tool.name()).hasSizeGreaterThan(30);
            assertThat(tool.spec().sideEffect()).as(tool.name())
                    .isEqualTo(tool.name().equals("execute_trade") ? SideEffect.IRREVERSIBLE : SideEffect.READ_ONLY);
        }
    }

    @Test
    void exposesRatesAsPercentAndSnakeCaseParameterNames() {
        Tool loan = FinancePack.tools().stream().filter(t -> t.name().equals("loan_payment")).findFirst().orElseThrow();
        assertThat(loan.spec().parameters().properties()).containsKeys("principal", "annual_rate", "term_months");
        assertThat(loan.spec().parameters().properties().get("annual_rate").description()).contains("percent");
    }

    @Test
    void hasADescriptionForListings() {
        assertThat(FinancePack.description()).contains("loan").contains("paper trading");
    }
}
