package dev.praxis.model.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PastedRowsTest {

    private final ArgumentExtractor extractor = new ArgumentExtractor();
    private final ObjectMapper json = new ObjectMapper();

    private void assertExtracts(String text, dev.langchain4j.model.chat.request.json.JsonObjectSchema schema,
                                String expected) throws Exception {
        JsonNode actual = extractor.extract(text, schema).arguments();
        assertThat(OfflineEvaluation.sameArguments(json.readTree(expected), actual))
                .as("%s should equal %s", actual, expected).isTrue();
    }

    @Test
    void readsDatedFlowsPastedOneToALineWithSemicolons() throws Exception {
        assertExtracts("2023-03-01;-4000\n2023-09-01;-1000\n2024-12-31;5600\nannualised return?",
                FinanceExtractionTest.DATED, "{\"flows\":[{\"date\":\"2023-03-01\",\"amount\":-4000},"
                        + "{\"date\":\"2023-09-01\",\"amount\":-1000},{\"date\":\"2024-12-31\",\"amount\":5600}]}");
    }

    @Test
    void readsAHoldingsTableWithATabSeparatedHeader() throws Exception {
        assertExtracts("ticker\tshares\tcost\nMSFT\t12\t3900\nNVDA\t30\t2700\nworth?", FinanceExtractionTest.HOLDINGS,
                "{\"holdings\":[{\"symbol\":\"MSFT\",\"quantity\":12,\"cost_basis\":3900},"
                        + "{\"symbol\":\"NVDA\",\"quantity\":30,\"cost_basis\":2700}]}");
    }

    @Test
    void readsStatementLinesWithBarsAndLocalAmounts() throws Exception {
        assertExtracts("Gastos:\n03/02/2025 | FARMACIA SOL | -23,40\n04/02/2025 | GASOLINERA | -51,00",
                FinanceExtractionTest.STATEMENT, "{\"transactions\":[{\"date\":\"2025-02-03\",\"description\":"
                        + "\"FARMACIA SOL\",\"amount\":-23.4},{\"date\":\"2025-02-04\",\"description\":\"GASOLINERA\","
                        + "\"amount\":-51}]}");
    }

    @Test
    void writesAnAddressRowTheWayItIsPosted() {
        String rewritten = PastedRows.rewrite("name;street;city;state;zip\nAda Byron;7 Oak Road;Austin;TX;78701\n"
                + "Carl Marx;1 Elm St;Boise;ID;83702");
        assertThat(rewritten).contains("Ada Byron, 7 Oak Road, Austin, TX 78701");
    }

    @Test
    void leavesTextWithoutPastedRowsAlone() {
        String text = "NPV at 5%; then 100, 200";
        assertThat(PastedRows.rewrite(text)).isEqualTo(text);
    }
}
