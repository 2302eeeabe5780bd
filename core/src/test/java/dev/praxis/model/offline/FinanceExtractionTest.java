package dev.praxis.model.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finance extraction rules of issue 15, against schemas shaped like the finance pack's tools (descriptions as in
 * the pack). The requests are written for these tests, not taken from the evaluation sets.
 */
class FinanceExtractionTest {

    final ArgumentExtractor extractor = new ArgumentExtractor();
    final ObjectMapper json = new ObjectMapper();

    JsonNode extract(String text, JsonObjectSchema schema) {
        ArgumentExtractor.Extraction extraction = extractor.extract(text, schema);
        assertThat(extraction.missing()).as("missing in %s", extraction.arguments()).isEmpty();
        return extraction.arguments();
    }

    void assertSameValues(JsonNode actual, String expected) throws Exception {
        assertThat(OfflineEvaluation.sameArguments(json.readTree(expected), actual))
                .as("%s should equal %s by value", actual, expected).isTrue();
    }

    static JsonNumberSchema number(String description) {
        return JsonNumberSchema.builder().description(description).build();
    }

    static JsonStringSchema string(String description) {
        return JsonStringSchema.builder().description(description).build();
    }

    static JsonEnumSchema enumOf(String description, String... values) {
        return JsonEnumSchema.builder().description(description).enumValues(values).build();
    }

    static final JsonObjectSchema NPV = JsonObjectSchema.builder()
            .addProperty("rate", number("Discount rate per period in percent, e.g. 8 for 8 %"))
            .addProperty("cash_flows", JsonArraySchema.builder().description("Cash flows in time order, negative when "
                    + "paid out").items(JsonNumberSchema.builder().build()).build())
            .addProperty("convention", enumOf("FIRST_FLOW_AT_T0 (default) or FIRST_FLOW_AT_T1 (spreadsheet NPV)",
                    "FIRST_FLOW_AT_T0", "FIRST_FLOW_AT_T1"))
            .required("rate", "cash_flows").build();
    static final JsonObjectSchema IRR = JsonObjectSchema.builder()
            .addProperty("cash_flows", JsonArraySchema.builder().description("Cash flows in time order")
                    .items(JsonNumberSchema.builder().build()).build())
            .required("cash_flows").build();
    static final JsonObjectSchema DATED = JsonObjectSchema.builder()
            .addProperty("flows", JsonArraySchema.builder().items(JsonObjectSchema.builder()
                    .addProperty("date", string("ISO-8601 date (YYYY-MM-DD)"))
                    .addProperty("amount", number("Signed amount: negative when paid out, positive when received"))
                    .required("date", "amount").build()).build())
            .required("flows").build();
    static final JsonObjectSchema STATEMENT = JsonObjectSchema.builder()
            .addProperty("transactions", JsonArraySchema.builder().items(JsonObjectSchema.builder()
                    .addProperty("date", string("Booking date (YYYY-MM-DD)"))
                    .addProperty("description", string("Description as on the statement"))
                    .addProperty("amount", number("Signed amount: negative when money was spent, positive when received"))
                    .addProperty("currency", string("ISO-4217 currency; default USD"))
                    .required("date", "description", "amount").build()).build())
            .required("transactions").build();
    static final JsonObjectSchema HOLDINGS = JsonObjectSchema.builder()
            .addProperty("holdings", JsonArraySchema.builder().items(JsonObjectSchema.builder()
                    .addProperty("symbol", string("Ticker symbol, e.g. AAPL"))
                    .addProperty("quantity", number("Number of shares held"))
                    .addProperty("cost_basis", number("Total amount paid for the position; optional"))
                    .required("symbol", "quantity").build()).build())
            .addProperty("base_currency", string("ISO-4217 currency for totals; default USD"))
            .required("holdings").build();

    static JsonObjectSchema timeValue(String solvedFor) {
        JsonObjectSchema.Builder b = JsonObjectSchema.builder()
                .addProperty("annual_rate", number("Nominal annual interest rate in percent, e.g. 5 for 5 %"))
                .addProperty("periods", number("Number of compounding periods"))
                .addProperty("periods_per_year", number("Periods per year, e.g. 12 for monthly; default 1"))
                .addProperty("payment", number("Payment each period, negative when paid out; default 0"));
        if (solvedFor.equals("future_value")) {
            b.addProperty("present_value", number("Amount at the start, negative when paid out (deposited); default 0"));
        } else {
            b.addProperty("future_value", number("Amount at the end, negative when paid out; default 0"));
        }
        return b.addProperty("timing", enumOf("END (default) or BEGIN of each period", "END", "BEGIN"))
                .addProperty("currency", string("ISO-4217 currency; default USD"))
                .required("annual_rate", "periods").build();
    }

    static final JsonObjectSchema TRADE = JsonObjectSchema.builder()
            .addProperty("symbol", string("Ticker symbol, e.g. AAPL"))
            .addProperty("side", enumOf("BUY or SELL", "BUY", "SELL"))
            .addProperty("quantity", number("Number of whole shares"))
            .addProperty("order_type", enumOf("MARKET (default) or LIMIT", "MARKET", "LIMIT"))
            .addProperty("limit_price", number("Limit price, required for LIMIT orders only"))
            .required("symbol", "side", "quantity").build();

    @Test
    void keepsTheInitialOutlayAsANegativeFirstFlow() throws Exception {
        assertSameValues(extract("The van costs 30,000 and should earn 9,000, 11,000 and 12,000. NPV at 7%?", NPV),
                "{\"rate\":7,\"cash_flows\":[-30000,9000,11000,12000]}");
        assertSameValues(extract("Kapitalwert zu 5 %: Anschaffung 60.000, danach 20.000, 22.000 und 25.000", NPV),
                "{\"rate\":5,\"cash_flows\":[-60000,20000,22000,25000]}");
    }

    @Test
    void negatesAnOutlayThatHeadsTheListItself() throws Exception {
        assertSameValues(extract("VAN à 4 % : investissement 50 000 puis 20 000, 20 000 et 25 000", NPV),
                "{\"rate\":4,\"cash_flows\":[-50000,20000,20000,25000]}");
    }

    @Test
    void writesOutARepeatedYearlyReturnAfterTheOutlay() throws Exception {
        assertSameValues(extract("I invest twenty-five thousand and get 6,000 every year for four years. IRR?", IRR),
                "{\"cash_flows\":[-25000,6000,6000,6000,6000]}");
    }

    @Test
    void readsTheSpreadsheetConventionCue() throws Exception {
        assertSameValues(extract("NPV the Excel way at 5%: 100, 200, 300", NPV),
                "{\"rate\":5,\"cash_flows\":[100,200,300],\"convention\":\"FIRST_FLOW_AT_T1\"}");
    }

    @Test
    void readsDatedFlowsInGermanDateForm() throws Exception {
        assertSameValues(extract("XIRR bitte: 01.03.2024 -8.000, 15.09.2024 +3.000, 01.03.2025 +6.500", DATED),
                "{\"flows\":[{\"date\":\"2024-03-01\",\"amount\":-8000},{\"date\":\"2024-09-15\",\"amount\":3000},"
                        + "{\"date\":\"2025-03-01\",\"amount\":6500}]}");
    }

    @Test
    void readsDatedFlowsWrittenAmountFirstWithUsAndWordDates() throws Exception {
        assertSameValues(extract("-5,000 on March 3rd, 2024, then +6,000 on 4/1/2025", DATED),
                "{\"flows\":[{\"date\":\"2024-03-03\",\"amount\":-5000},{\"date\":\"2025-04-01\",\"amount\":6000}]}");
    }

    @Test
    void readsStatementLinesWithSpentAmountsNegativeAndIncomePositive() throws Exception {
        assertSameValues(extract("2025-04-01 Lidl 32.10; 2025-04-03 Salary 2,500.00; 2025-04-05 Aral -60", STATEMENT),
                "{\"transactions\":[{\"date\":\"2025-04-01\",\"description\":\"Lidl\",\"amount\":-32.1},"
                        + "{\"date\":\"2025-04-03\",\"description\":\"Salary\",\"amount\":2500},"
                        + "{\"date\":\"2025-04-05\",\"description\":\"Aral\",\"amount\":-60}]}");
    }

    @Test
    void readsEuroStatementLinesWithDayFirstSlashDates() throws Exception {
        assertSameValues(extract("gastos: 07/04/2025 Dia -12,30 €; 09/04/2025 Renfe -45,00 €", STATEMENT),
                "{\"transactions\":[{\"date\":\"2025-04-07\",\"description\":\"Dia\",\"amount\":-12.3,\"currency\":\"EUR\"},"
                        + "{\"date\":\"2025-04-09\",\"description\":\"Renfe\",\"amount\":-45,\"currency\":\"EUR\"}]}");
    }

    @Test
    void readsHoldingsByCompanyNameInSpanishAndChinese() throws Exception {
        assertSameValues(extract("tengo 15 acciones de Disney y 8 de Netflix", HOLDINGS),
                "{\"holdings\":[{\"symbol\":\"DIS\",\"quantity\":15},{\"symbol\":\"NFLX\",\"quantity\":8}]}");
        assertSameValues(extract("我有30股特斯拉、10股英特尔", HOLDINGS),
                "{\"holdings\":[{\"symbol\":\"TSLA\",\"quantity\":30},{\"symbol\":\"INTC\",\"quantity\":10}]}");
    }

    @Test
    void readsHoldingsWithCostBasisAndLowerCaseSymbols() throws Exception {
        assertSameValues(extract("nvda 12 sh (cost $1,500), jpm 4 sh (cost $600)", HOLDINGS),
                "{\"holdings\":[{\"symbol\":\"NVDA\",\"quantity\":12,\"cost_basis\":1500},"
                        + "{\"symbol\":\"JPM\",\"quantity\":4,\"cost_basis\":600}]}");
    }

    @Test
    void anAffordableMonthlyPaymentIsPaidOutAndMakesThePeriodsMonths() throws Exception {
        assertSameValues(extract("Ich kann 950 € im Monat zahlen, 3,1 % über 25 Jahre", timeValue("present_value")),
                "{\"annual_rate\":3.1,\"periods\":300,\"periods_per_year\":12,\"payment\":-950,\"currency\":\"EUR\"}");
    }

    @Test
    void aPaymentReceivedIsPositive() throws Exception {
        assertSameValues(extract("a pension that pays me 500 a month for 15 years, 4%", timeValue("present_value")),
                "{\"annual_rate\":4,\"periods\":180,\"periods_per_year\":12,\"payment\":500}");
    }

    @Test
    void aDepositAtTheStartIsNegativeAndTheAmountAtTheEndPositive() throws Exception {
        assertSameValues(extract("Was wird aus 8.000 €, angelegt zu 2 % für sechs Jahre?", timeValue("future_value")),
                "{\"annual_rate\":2,\"periods\":6,\"present_value\":-8000,\"currency\":\"EUR\"}");
        assertSameValues(extract("present value of 40k I get in 9 years at 3%", timeValue("present_value")),
                "{\"annual_rate\":3,\"periods\":9,\"future_value\":40000}");
    }

    @Test
    void anAnnuityDueReadsBeginTimingAndBothAmounts() throws Exception {
        assertSameValues(extract("annuity due, 1,200 at the beginning of each year for 10 years at 4%, "
                        + "on top of a 5,000 starting deposit", timeValue("future_value")),
                "{\"annual_rate\":4,\"periods\":10,\"payment\":-1200,\"present_value\":-5000,\"timing\":\"BEGIN\"}");
    }

    @Test
    void readsTradesInOtherLanguagesWithCompanyNames() throws Exception {
        assertSameValues(extract("Vendi 7 azioni Intel", TRADE), "{\"symbol\":\"INTC\",\"side\":\"SELL\",\"quantity\":7}");
        assertSameValues(extract("卖出15股丰田", TRADE), "{\"symbol\":\"7203.T\",\"side\":\"SELL\",\"quantity\":15}");
        assertSameValues(extract("limit buy 3 tsla @ 199.90", TRADE),
                "{\"symbol\":\"TSLA\",\"side\":\"BUY\",\"quantity\":3,\"order_type\":\"LIMIT\",\"limit_price\":199.9}");
    }

    @Test
    void aRateNeverTakesAFigureInTheThousands() {
        JsonObjectSchema effective = JsonObjectSchema.builder()
                .addProperty("nominal_rate", number("Nominal annual rate in percent, e.g. 5.25"))
                .addProperty("periods_per_year", number("Compounding periods per year, e.g. 12 for monthly"))
                .required("nominal_rate", "periods_per_year").build();
        assertThat(extractor.extract("贷款30万，按月还", effective).missing()).contains("nominal_rate");
    }

    @Test
    void readsChineseCurrencyWordsAndMonthlyCompoundingCues() throws Exception {
        JsonObjectSchema effective = JsonObjectSchema.builder()
                .addProperty("nominal_rate", number("Nominal annual rate in percent, e.g. 5.25"))
                .addProperty("periods_per_year", number("Compounding periods per year, e.g. 12 for monthly"))
                .required("nominal_rate", "periods_per_year").build();
        assertSameValues(extract("TAE de un 3,9 % nominal, capitalización mensual", effective),
                "{\"nominal_rate\":3.9,\"periods_per_year\":12}");
        assertSameValues(extract("存20万元，年利率2.5%，存5年", timeValue("future_value")),
                "{\"annual_rate\":2.5,\"periods\":5,\"present_value\":-200000,\"currency\":\"CNY\"}");
    }

    static final JsonObjectSchema PRICES = JsonObjectSchema.builder()
            .addProperty("symbol", string("Ticker symbol, e.g. AAPL"))
            .addProperty("start_date", string("First day, ISO date (YYYY-MM-DD); default 30 days ago"))
            .addProperty("end_date", string("Last day, ISO date (YYYY-MM-DD); default today"))
            .required("symbol").build();

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "daily closes of IBM Oct 6 through Oct 10, 2025|2025-10-06|2025-10-10",
            "IBM prices Sep 29 - Oct 3, 2025|2025-09-29|2025-10-03",
            "Kurse von IBM vom 6. bis 10. Oktober 2025|2025-10-06|2025-10-10",
            "Kurse von IBM vom 28. September bis 3. Oktober 2025|2025-09-28|2025-10-03",
            "precios de IBM del 6 al 10 de octubre de 2025|2025-10-06|2025-10-10",
            "cours d'IBM du 6 au 10 octobre 2025|2025-10-06|2025-10-10",
            "prezzi di IBM dal 6 al 10 ottobre 2025|2025-10-06|2025-10-10",
            "IBM 2025年10月6日至10日的行情|2025-10-06|2025-10-10",
            "IBM 2025年9月29日到10月3日的行情|2025-09-29|2025-10-03"})
    void readsADateRangeWithTheYearWrittenOnce(String request, String start, String end) {
        JsonNode args = extract(request, PRICES);
        assertThat(args.path("start_date").asText()).isEqualTo(start);
        assertThat(args.path("end_date").asText()).isEqualTo(end);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"IBM prices in 2023", "IBM-Kurse im Jahr 2023",
            "precios de IBM en 2023", "cours d'IBM pour 2023", "prezzi di IBM nel 2023", "IBM 2023年的行情"})
    void readsANamedCalendarYearAsItsFirstAndLastDay(String request) {
        JsonNode args = extract(request, PRICES);
        assertThat(args.path("start_date").asText()).isEqualTo("2023-01-01");
        assertThat(args.path("end_date").asText()).isEqualTo("2023-12-31");
    }

    @Test
    void readsNoCalendarYearWhenTwoYearsAreNamed() {
        JsonNode args = extract("IBM prices in 2023 compared with 2024", PRICES);
        assertThat(args.has("start_date")).isFalse();
        assertThat(args.has("end_date")).isFalse();
    }

    static final JsonObjectSchema SCHEDULE = JsonObjectSchema.builder()
            .addProperty("principal", number("Amount borrowed"))
            .addProperty("annual_rate", number("Nominal annual interest rate in percent, e.g. 6.5"))
            .addProperty("term_months", JsonNumberSchema.builder().description("Term in months").build())
            .addProperty("extra_monthly_payment", number("Extra principal paid every month; default 0"))
            .required("principal", "annual_rate", "term_months").build();

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "schedule for 400,000 at 5% over 25 years, paying an extra $300 a month",
            "schedule for 400,000 at 5% over 25 years with $300 additional each month",
            "Tilgungsplan 400.000 € zu 5 % über 25 Jahre, monatlich 300 € Sondertilgung",
            "cuadro de amortización: 400.000 € al 5 % a 25 años y 300 € adicionales al mes"})
    void takesTheExtraPaymentFromTheFigureCalledOne(String request) {
        JsonNode args = extract(request, SCHEDULE);
        assertThat(args.path("principal").decimalValue()).isEqualByComparingTo("400000");
        assertThat(args.path("extra_monthly_payment").decimalValue()).isEqualByComparingTo("300");
    }

    @Test
    void leavesTheExtraPaymentOutWhenNoFigureIsCalledOne() {
        JsonNode args = extract("schedule for $400,000 at 5% over 25 years", SCHEDULE);
        assertThat(args.has("extra_monthly_payment")).isFalse();
        assertThat(args.path("principal").decimalValue()).isEqualByComparingTo("400000");
    }

    @Test
    void writesOutYearlyAmountsWhateverTheOrderOfCountAndAmount() throws Exception {
        assertSameValues(extract("Kauf für 90.000, danach vier Jahre lang je 25.000 Pacht. IRR?", IRR),
                "{\"cash_flows\":[-90000,25000,25000,25000,25000]}");
        assertSameValues(extract("invertir 12.000 y recibir 4.000 anuales durante 4 años, ¿qué TIR?", IRR),
                "{\"cash_flows\":[-12000,4000,4000,4000,4000]}");
        assertSameValues(extract("先投8万，之后每年收回3万，一共3年，内部收益率多少", IRR),
                "{\"cash_flows\":[-80000,30000,30000,30000]}");
    }

    @Test
    void keepsAnOutlayMarkedNowAtTheHeadOfTheList() throws Exception {
        assertSameValues(extract("NPV at 6%: -50000 today, then 20000, 20000, 25000", NPV),
                "{\"rate\":6,\"cash_flows\":[-50000,20000,20000,25000]}");
        assertSameValues(extract("VAN al 7%: 15 mil, 18 mil y 20 mil tras invertir 40 mil", NPV),
                "{\"rate\":7,\"cash_flows\":[-40000,15000,18000,20000]}");
    }

    @Test
    void signsDatedAmountsByTheVerbBeforeThem() throws Exception {
        assertSameValues(extract("I put 3,000 into the fund on 2023-05-02 and cashed out 3,900 on 2024-08-30", DATED),
                "{\"flows\":[{\"date\":\"2023-05-02\",\"amount\":-3000},{\"date\":\"2024-08-30\",\"amount\":3900}]}");
        assertSameValues(extract("+12 000 le 1er mars 2024, -30 000 le 2 janvier 2024", DATED),
                "{\"flows\":[{\"date\":\"2024-03-01\",\"amount\":12000},{\"date\":\"2024-01-02\",\"amount\":-30000}]}");
    }

    @Test
    void impliesALimitOrderFromALimitPrice() throws Exception {
        assertSameValues(extract("vendi 4 azioni AAPL con limite a 210 dollari", TRADE),
                "{\"symbol\":\"AAPL\",\"side\":\"SELL\",\"quantity\":4,\"order_type\":\"LIMIT\",\"limit_price\":210}");
        assertSameValues(extract("quiero comprar 3 acciones de V a un precio límite de 280", TRADE),
                "{\"symbol\":\"V\",\"side\":\"BUY\",\"quantity\":3,\"order_type\":\"LIMIT\",\"limit_price\":280}");
    }

    static final JsonObjectSchema CAGR = JsonObjectSchema.builder()
            .addProperty("start_value", number("Value at the start"))
            .addProperty("end_value", number("Value at the end"))
            .addProperty("years", number("Length of the period in years"))
            .required("start_value", "end_value", "years").build();

    @Test
    void keepsTwoAmountsInTheirWrittenOrderAndSkipsYearLabels() throws Exception {
        assertSameValues(extract("Unser Depot ist in drei Jahren von 50.000 auf 64.000 Euro gestiegen", CAGR),
                "{\"start_value\":50000,\"end_value\":64000,\"years\":3}");
        assertSameValues(extract("Facturamos 90.000 en 2020 y 140.000 en 2024, ¿crecimiento anual?", CAGR),
                "{\"start_value\":90000,\"end_value\":140000,\"years\":4}");
    }

    @Test
    void takesAnOutlayWrittenWithItsMinusBeforTheListedReturns() throws Exception {
        assertSameValues(extract("Barwert bei 6 %: Anschaffung -80.000, danach Rückflüsse 25.000, 30.000, 35.000", NPV),
                "{\"rate\":6,\"cash_flows\":[-80000,25000,30000,35000]}");
        assertSameValues(extract("npv at 9%: initial outlay -50,000, then returns 20,000, 22,000, 25,000", NPV),
                "{\"rate\":9,\"cash_flows\":[-50000,20000,22000,25000]}");
    }

    @Test
    void anElidedFrenchArticleIsNoTicker() throws Exception {
        assertSameValues(extract("J'achète 5 actions AAPL, prépare l'ordre", TRADE),
                "{\"symbol\":\"AAPL\",\"side\":\"BUY\",\"quantity\":5}");
    }

    static final JsonObjectSchema VAR = JsonObjectSchema.builder()
            .addProperty("method", enumOf("Estimation method", "HISTORICAL_KTH_WORST", "HISTORICAL_INTERPOLATED",
                    "PARAMETRIC"))
            .addProperty("confidence", number("Confidence level in percent, e.g. 99"))
            .addProperty("position_value", number("Current value of the position"))
            .required("method", "confidence").build();

    @Test
    void readsAHistoricalVarAsTheKthWorstUnlessInterpolationIsNamed() {
        assertThat(extract("99% VaR for a $50,000 position, historical method please", VAR).path("method").asText())
                .isEqualTo("HISTORICAL_KTH_WORST");
        assertThat(extract("historical VaR at 97.5% with linear interpolation on 750k", VAR).path("method").asText())
                .isEqualTo("HISTORICAL_INTERPOLATED");
    }

    @Test
    void aScaleWrittenOnceAfterTheLastFlowIsEveryBareFlows() throws Exception {
        assertSameValues(extract("TIR: inversión de 80 millones, luego 20, 30 y 40 millones", IRR),
                "{\"cash_flows\":[-80000000,20000000,30000000,40000000]}");
        assertSameValues(extract("irr of -12k, 3k, 4.5k, 6k", IRR), "{\"cash_flows\":[-12000,3000,4500,6000]}");
    }

    @Test
    void aStatementsOneCurrencyIsEveryLinesAndItsMoneyFixesTheOrderOfDayAndMonth() throws Exception {
        assertSameValues(extract("sum these by category, all in rand: 04/11/2026 taxi 120, 05/11/2026 bread 35", STATEMENT),
                "{\"transactions\":[{\"date\":\"2026-11-04\",\"description\":\"taxi\",\"amount\":-120,"
                        + "\"currency\":\"ZAR\"},{\"date\":\"2026-11-05\",\"description\":\"bread\",\"amount\":-35,"
                        + "\"currency\":\"ZAR\"}]}");
        assertThat(extract("2026-06-10 Costco -210.35, 2026-06-11 Hotel Lisboa -320.00 EUR, 2026-06-12 Costco -198.70",
                STATEMENT).path("transactions").get(0).has("currency")).isFalse();
    }
}
