package dev.praxis.healthcare.cardio;

import dev.praxis.healthcare.body.Sex;
import dev.praxis.healthcare.internal.Guard;
import dev.praxis.tool.Param;
import dev.praxis.tool.ToolFunction;

import java.math.BigDecimal;

/**
 * The cardiovascular tools an agent calls. Example call and result (abridged):
 *
 * <pre>{@code
 * qtc {"qt_ms": 400, "heart_rate_bpm": 75}
 *   -> {"rr_interval_s": 0.8, "corrections": [{"method": "Bazett", "qtc_ms": 447, ...}, ...], "unit": "ms", ...}
 * }</pre>
 */
public final class CardioTools {

    /**
     * The {@code qtc} tool.
     *
     * @param qtMs measured QT interval in ms
     * @param heartRateBpm heart rate in bpm
     * @return the four corrections in ms
     */
    @ToolFunction(name = "qtc", description = "QT interval corrected for heart rate, in ms, by Bazett, Fridericia, "
            + "Framingham and Hodges, from the measured QT (ms) and the heart rate (bpm); each with its formula and "
            + "reference.")
    public QtcResult qtc(
            @Param(value = "Measured QT interval in ms (milliseconds)", min = "150", max = "800") BigDecimal qtMs,
            @Param(value = "Heart rate in bpm (beats per minute)", min = "20", max = "300") BigDecimal heartRateBpm) {
        return Guard.call(() -> QtCorrection.qtc(qtMs, heartRateBpm));
    }

    /**
     * The {@code mean_arterial_pressure} tool.
     *
     * @param systolicMmHg systolic pressure in mmHg
     * @param diastolicMmHg diastolic pressure in mmHg
     * @return the mean arterial pressure in mmHg
     */
    @ToolFunction(name = "mean_arterial_pressure", description = "Mean arterial pressure in mmHg from systolic and "
            + "diastolic blood pressure (mmHg): diastolic + (systolic − diastolic) / 3, with its reference.")
    public MeanArterialPressureResult meanArterialPressure(
            @Param(value = "Systolic blood pressure in mmHg", name = "systolic_mmhg", min = "40", max = "300")
            BigDecimal systolicMmHg,
            @Param(value = "Diastolic blood pressure in mmHg", name = "diastolic_mmhg", min = "10", max = "200")
            BigDecimal diastolicMmHg) {
        return Guard.call(() -> BloodPressure.meanArterialPressure(systolicMmHg, diastolicMmHg));
    }

    /**
     * The {@code cha2ds2_vasc} tool.
     *
     * @param age age in years
     * @param sex female or male
     * @param congestiveHeartFailure congestive heart failure or LV dysfunction
     * @param hypertension hypertension
     * @param diabetes diabetes mellitus
     * @param strokeTiaThromboembolism prior stroke, TIA or thromboembolism
     * @param vascularDisease vascular disease
     * @return the score (0-9) with its items
     */
    @ToolFunction(name = "cha2ds2_vasc", description = "CHA2DS2-VASc score (0-9 points) for atrial fibrillation, "
            + "with each item's points and the reference (Lip et al., Chest 2010). A score, not a treatment "
            + "recommendation.")
    public ScoreResult cha2ds2Vasc(
            @Param(value = "Age in whole years", min = "18", max = "120") int age,
            @Param("Sex: female or male") Sex sex,
            @Param("Congestive heart failure or left-ventricular dysfunction: true or false") boolean congestiveHeartFailure,
            @Param("Hypertension: true or false") boolean hypertension,
            @Param("Diabetes mellitus: true or false") boolean diabetes,
            @Param("Prior stroke, TIA or thromboembolism: true or false") boolean strokeTiaThromboembolism,
            @Param("Vascular disease (prior myocardial infarction, peripheral artery disease, aortic plaque): true "
                    + "or false") boolean vascularDisease) {
        return Guard.call(() -> RiskScores.cha2ds2Vasc(age, sex, new RiskScores.Cha2ds2VascFactors(
                congestiveHeartFailure, hypertension, diabetes, strokeTiaThromboembolism, vascularDisease)));
    }

    /**
     * The {@code has_bled} tool.
     *
     * @param age age in years
     * @param uncontrolledHypertension uncontrolled hypertension, systolic above 160 mmHg
     * @param abnormalRenalFunction abnormal renal function
     * @param abnormalLiverFunction abnormal liver function
     * @param stroke prior stroke
     * @param bleeding bleeding history or predisposition
     * @param labileInr labile INR
     * @param drugs antiplatelet agents or NSAIDs
     * @param alcohol eight or more drinks a week
     * @return the score (0-9) with its items
     */
    @ToolFunction(name = "has_bled", description = "HAS-BLED bleeding score (0-9 points) for atrial fibrillation, "
            + "with each item's points and the reference (Pisters et al., Chest 2010). A score, not a treatment "
            + "recommendation.")
    public ScoreResult hasBled(
            @Param(value = "Age in whole years (over 65 scores a point)", min = "18", max = "120") int age,
            @Param("Uncontrolled hypertension, systolic above 160 mmHg: true or false") boolean uncontrolledHypertension,
            @Param("Abnormal renal function (dialysis, transplant, creatinine ≥ 2.26 mg/dL / 200 µmol/L): true or "
                    + "false") boolean abnormalRenalFunction,
            @Param("Abnormal liver function (cirrhosis, or bilirubin > 2× and AST/ALT/ALP > 3× normal): true or "
                    + "false") boolean abnormalLiverFunction,
            @Param("Prior stroke: true or false") boolean stroke,
            @Param("Bleeding history or predisposition: true or false") boolean bleeding,
            @Param("Labile INR (time in therapeutic range below 60 %): true or false") boolean labileInr,
            @Param("Antiplatelet agents or NSAIDs taken: true or false") boolean drugs,
            @Param("Alcohol, 8 or more drinks a week: true or false") boolean alcohol) {
        return Guard.call(() -> RiskScores.hasBled(age, new RiskScores.HasBledFactors(uncontrolledHypertension,
                abnormalRenalFunction, abnormalLiverFunction, stroke, bleeding, labileInr, drugs, alcohol)));
    }
}
