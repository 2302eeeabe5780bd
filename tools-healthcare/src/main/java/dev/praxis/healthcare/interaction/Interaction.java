package dev.praxis.healthcare.interaction;

/**
 * One hit of {@code check_interactions}: two drugs that the table lists as a high-priority interaction, or a drug
 * of a class the patient has a recorded allergy to.
 *
 * @param kind {@code drug-drug} or {@code drug-allergy}
 * @param first the first drug (or the drug, for an allergy hit)
 * @param second the second drug (or the recorded allergy)
 * @param risk what the interaction risks, as the source states it in short
 * @param source where the table entry comes from
 */
public record Interaction(String kind, String first, String second, String risk, String source) {
}
