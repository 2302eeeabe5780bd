package dev.praxis.healthcare.dosing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.praxis.healthcare.ToolCalls;
import org.junit.jupiter.api.Test;

import static dev.praxis.healthcare.ToolCalls.decimal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dose arithmetic. Expected values COMPUTED by us from dose = weight × mg/kg and the stated maximums; the figures
 * (15 mg/kg per dose, at most 1000 mg a dose and 4000 mg or 75 mg/kg a day, four doses a day) are the kind of
 * paracetamol limits printed in children's formularies, used here only as inputs: the tools know no drug.
 */
class DosingReferenceTest {

    private final ToolCalls calls = new ToolCalls();

    @Test
    void weightTimesMgPerKgWithinTheMaximums() {
        JsonNode result = calls.ok("weight_based_dose", "{\"weight_kg\": 20, \"dose_mg_per_kg\": 15, "
                + "\"doses_per_day\": 4, \"max_single_dose_mg\": 1000, \"max_daily_dose_mg\": 4000}");

        assertThat(decimal(result, "dose_mg")).isEqualByComparingTo("300");
        assertThat(decimal(result, "daily_dose_mg")).isEqualByComparingTo("1200");
        assertThat(result.get("exceeds_stated_maximum").asBoolean()).isFalse();
        assertThat(result.get("flags")).isEmpty();
    }

    @Test
    void capsAndFlagsADoseAboveTheMaximumSingleDose() {
        // 70 kg × 15 mg/kg = 1050 mg > 1000 mg
        JsonNode result = calls.ok("weight_based_dose", "{\"weight_kg\": 70, \"dose_mg_per_kg\": 15, "
                + "\"doses_per_day\": 4, \"max_single_dose_mg\": 1000, \"max_daily_dose_mg\": 4000}");

        assertThat(decimal(result, "calculated_dose_mg")).isEqualByComparingTo("1050");
        assertThat(decimal(result, "dose_mg")).isEqualByComparingTo("1000");
        assertThat(result.get("exceeds_stated_maximum").asBoolean()).isTrue();
        assertThat(result.get("flags").get(0).asText()).isEqualTo("ABOVE THE STATED MAXIMUM: calculated 1050 mg > "
                + "maximum single dose 1000 mg; capped at 1000 mg");
    }

    @Test
    void capsAtTheDailyMaximumAndRoundsDownToAWholeTablet() {
        // 30 kg × 30 mg/kg = 900 mg; 2000 mg a day ÷ 3 = 666.666 mg; 250 mg tablets: 3 would be 750, so 2 = 500 mg
        JsonNode result = calls.ok("weight_based_dose", "{\"weight_kg\": 30, \"dose_mg_per_kg\": 30, "
                + "\"doses_per_day\": 3, \"max_daily_dose_mg\": 2000, \"strength_mg\": 250}");

        assertThat(decimal(result, "dose_mg")).isEqualByComparingTo("500");
        assertThat(decimal(result, "units_per_dose")).isEqualByComparingTo("2");
        assertThat(decimal(result, "daily_dose_mg")).isEqualByComparingTo("1500");
        assertThat(result.get("flags")).hasSize(2);
    }

    @Test
    void roundsToTheNearestStrengthButNeverAboveAStatedMaximum() {
        // 300 mg with 120 mg units: 2.5 units, nearest 3 = 360 mg; with a 300 mg maximum, 2 = 240 mg
        JsonNode free = calls.ok("weight_based_dose", "{\"weight_kg\": 20, \"dose_mg_per_kg\": 15, "
                + "\"doses_per_day\": 4, \"strength_mg\": 120}");
        JsonNode bounded = calls.ok("weight_based_dose", "{\"weight_kg\": 20, \"dose_mg_per_kg\": 15, "
                + "\"doses_per_day\": 4, \"strength_mg\": 120, \"max_single_dose_mg\": 300}");

        assertThat(decimal(free, "dose_mg")).isEqualByComparingTo("360");
        assertThat(decimal(bounded, "dose_mg")).isEqualByComparingTo("240");
    }

    @Test
    void refusesAStrengthLargerThanTheAllowedDose() {
        assertThat(calls.error("weight_based_dose", "{\"weight_kg\": 20, \"dose_mg_per_kg\": 15, \"doses_per_day\": 4, "
                + "\"strength_mg\": 500, \"max_single_dose_mg\": 300}"))
                .isEqualTo("strength_mg 500 mg is more than the dose allowed, 300 mg; no whole unit fits");
    }

    @Test
    void pediatricDoseCheckFlagsEveryMaximumExceeded() {
        // 250 mg for 12 kg: 20.833 mg/kg/dose > 15; 1000 mg a day = 83.333 mg/kg/day > 75
        JsonNode result = calls.ok("pediatric_dose_check", "{\"weight_kg\": 12, \"dose_mg\": 250, "
                + "\"doses_per_day\": 4, \"max_mg_per_kg_per_dose\": 15, \"max_mg_per_kg_per_day\": 75}");

        assertThat(decimal(result, "mg_per_kg_per_dose")).isEqualByComparingTo("20.833");
        assertThat(decimal(result, "mg_per_kg_per_day")).isEqualByComparingTo("83.333");
        assertThat(result.get("within_stated_maximums").asBoolean()).isFalse();
        assertThat(result.get("flags")).hasSize(2);
        assertThat(result.get("flags").get(0).asText()).isEqualTo("ABOVE THE STATED MAXIMUM: 20.833 mg/kg/dose > "
                + "max_mg_per_kg_per_dose 15 mg/kg/dose");
    }

    @Test
    void pediatricDoseCheckAcceptsADoseExactlyAtTheMaximum() {
        // 180 mg for 12 kg = 15.000 mg/kg/dose exactly; 60 mg/kg/day
        JsonNode result = calls.ok("pediatric_dose_check", "{\"weight_kg\": 12, \"dose_mg\": 180, "
                + "\"doses_per_day\": 4, \"max_mg_per_kg_per_dose\": 15, \"max_mg_per_kg_per_day\": 75}");

        assertThat(result.get("within_stated_maximums").asBoolean()).isTrue();
        assertThat(decimal(result, "mg_per_kg_per_day")).isEqualByComparingTo("60");
    }

    @Test
    void pediatricDoseCheckNeedsAMaximum() {
        assertThat(calls.error("pediatric_dose_check", "{\"weight_kg\": 12, \"dose_mg\": 180, \"doses_per_day\": 4}"))
                .startsWith("state at least one maximum");
    }
}
