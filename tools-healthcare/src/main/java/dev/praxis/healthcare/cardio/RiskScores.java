package dev.praxis.healthcare.cardio;

import dev.praxis.healthcare.body.Sex;
import dev.praxis.healthcare.internal.Disclaimer;
import dev.praxis.healthcare.internal.Ranges;

import java.util.ArrayList;
import java.util.List;

/**
 * The CHA₂DS₂-VASc and HAS-BLED point scores, summed exactly as their papers define them. The scores are
 * returned with every item; what a score means for a patient is a clinician's judgement, not this code's.
 */
public final class RiskScores {

    static final String CHA2DS2_VASC = "Lip GYH, Nieuwlaat R, Pisters R, Lane DA, Crijns HJGM. Refining clinical "
            + "risk stratification for predicting stroke and thromboembolism in atrial fibrillation using a novel "
            + "risk factor-based approach: the Euro Heart Survey on Atrial Fibrillation. Chest 2010;137:263-272";
    static final String HAS_BLED = "Pisters R, Lane DA, Nieuwlaat R, de Vos CB, Crijns HJGM, Lip GYH. A novel "
            + "user-friendly score (HAS-BLED) to assess 1-year risk of major bleeding in patients with atrial "
            + "fibrillation: the Euro Heart Survey. Chest 2010;138:1093-1100";

    private RiskScores() {
    }

    /**
     * The yes/no criteria of CHA₂DS₂-VASc besides age and sex.
     *
     * @param congestiveHeartFailure congestive heart failure or LV dysfunction
     * @param hypertension hypertension
     * @param diabetes diabetes mellitus
     * @param strokeTiaThromboembolism prior stroke, TIA or thromboembolism
     * @param vascularDisease prior myocardial infarction, peripheral artery disease or aortic plaque
     */
    public record Cha2ds2VascFactors(boolean congestiveHeartFailure, boolean hypertension, boolean diabetes,
                                     boolean strokeTiaThromboembolism, boolean vascularDisease) {
    }

    /**
     * The yes/no criteria of HAS-BLED besides age.
     *
     * @param uncontrolledHypertension uncontrolled hypertension, systolic above 160 mmHg
     * @param abnormalRenalFunction abnormal renal function
     * @param abnormalLiverFunction abnormal liver function
     * @param stroke prior stroke
     * @param bleeding bleeding history or predisposition
     * @param labileInr labile INR
     * @param drugs antiplatelet agents or NSAIDs
     * @param alcohol eight or more drinks a week
     */
    public record HasBledFactors(boolean uncontrolledHypertension, boolean abnormalRenalFunction,
                                 boolean abnormalLiverFunction, boolean stroke, boolean bleeding, boolean labileInr,
                                 boolean drugs, boolean alcohol) {
    }

    /**
     * CHA₂DS₂-VASc: C 1, H 1, A₂ (age ≥ 75) 2, D 1, S₂ 2, V 1, A (65-74) 1, Sc (female) 1; 0 to 9.
     *
     * @param age age in years, 18 to 120
     * @param sex the sex category
     * @param f the other criteria
     * @return the score with its items
     */
    public static ScoreResult cha2ds2Vasc(int age, Sex sex, Cha2ds2VascFactors f) {
        Ranges.check("age", age, 18, 120, "years");
        List<ScoreItem> items = new ArrayList<>();
        items.add(item("Congestive heart failure / LV dysfunction", f.congestiveHeartFailure(), 1));
        items.add(item("Hypertension", f.hypertension(), 1));
        items.add(item("Age ≥ 75 years", age >= 75, 2));
        items.add(item("Diabetes mellitus", f.diabetes(), 1));
        items.add(item("Stroke / TIA / thromboembolism", f.strokeTiaThromboembolism(), 2));
        items.add(item("Vascular disease (prior MI, PAD, aortic plaque)", f.vascularDisease(), 1));
        items.add(item("Age 65-74 years", age >= 65 && age < 75, 1));
        items.add(item("Sex category (female)", sex == Sex.FEMALE, 1));
        return new ScoreResult(sum(items), 9, items,
                "CHA₂DS₂-VASc: sum of the items' points (C 1, H 1, A₂ 2, D 1, S₂ 2, V 1, A 1, Sc 1)", CHA2DS2_VASC,
                Disclaimer.TEXT);
    }

    /**
     * HAS-BLED: one point each for H, A (renal), A (liver), S, B, L, E (age &gt; 65), D (drugs), D (alcohol); 0 to 9.
     *
     * @param age age in years, 18 to 120
     * @param f the other criteria
     * @return the score with its items
     */
    public static ScoreResult hasBled(int age, HasBledFactors f) {
        Ranges.check("age", age, 18, 120, "years");
        List<ScoreItem> items = List.of(
                item("Hypertension (uncontrolled, systolic > 160 mmHg)", f.uncontrolledHypertension(), 1),
                item("Abnormal renal function", f.abnormalRenalFunction(), 1),
                item("Abnormal liver function", f.abnormalLiverFunction(), 1),
                item("Stroke", f.stroke(), 1),
                item("Bleeding history or predisposition", f.bleeding(), 1),
                item("Labile INR", f.labileInr(), 1),
                item("Elderly (age > 65 years)", age > 65, 1),
                item("Drugs (antiplatelet agents, NSAIDs)", f.drugs(), 1),
                item("Alcohol (≥ 8 drinks a week)", f.alcohol(), 1));
        return new ScoreResult(sum(items), 9, items, "HAS-BLED: one point per item present", HAS_BLED,
                Disclaimer.TEXT);
    }

    private static ScoreItem item(String criterion, boolean present, int points) {
        return new ScoreItem(criterion, present, present ? points : 0);
    }

    private static int sum(List<ScoreItem> items) {
        return items.stream().mapToInt(ScoreItem::points).sum();
    }
}
