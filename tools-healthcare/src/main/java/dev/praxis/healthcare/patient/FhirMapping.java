package dev.praxis.healthcare.patient;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Slot;
import org.hl7.fhir.r4.model.StringType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns HAPI's R4 resources into the pack's records; shared by the bundle and the server implementations. */
final class FhirMapping {

    /** One context per process: building it scans the R4 model, which takes a second. */
    static final FhirContext R4 = FhirContext.forR4();

    static final String LOINC = "http://loinc.org";
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

    private FhirMapping() {
    }

    static PatientRecord patient(Patient p) {
        List<String> given = new ArrayList<>();
        String family = "";
        for (HumanName name : p.getName()) {
            name.getGiven().forEach(g -> given.add(g.getValue()));
            if (family.isEmpty() && name.hasFamily()) {
                family = name.getFamily();
            }
        }
        List<String> address = new ArrayList<>();
        for (Address a : p.getAddress()) {
            a.getLine().stream().map(StringType::getValue).forEach(address::add);
            addIfPresent(address, a.getCity());
            addIfPresent(address, a.getPostalCode());
        }
        Optional<LocalDate> born = p.hasBirthDate()
                ? Optional.of(LocalDate.parse(p.getBirthDateElement().getValueAsString().substring(0, 10)))
                : Optional.empty();
        return new PatientRecord(p.getIdElement().getIdPart(), given, family, born,
                p.hasGender() ? p.getGender().toCode() : "unknown",
                p.getIdentifier().stream().map(Identifier::getValue).filter(v -> v != null).toList(), address);
    }

    static ConditionEntry condition(Condition c) {
        Coding code = first(c.getCode());
        return new ConditionEntry(code.getCode() == null ? "" : code.getCode(), text(c.getCode()),
                c.hasClinicalStatus() ? first(c.getClinicalStatus()).getCode() : "",
                c.hasOnsetDateTimeType() ? c.getOnsetDateTimeType().getValueAsString() : "");
    }

    static MedicationEntry medication(MedicationStatement m) {
        CodeableConcept concept = m.hasMedicationCodeableConcept() ? m.getMedicationCodeableConcept()
                : new CodeableConcept();
        String rxnorm = concept.getCoding().stream().filter(c -> RXNORM.equals(c.getSystem())).map(Coding::getCode)
                .findFirst().orElse("");
        String dosage = m.getDosage().isEmpty() ? "" : m.getDosageFirstRep().getText();
        return new MedicationEntry(rxnorm, text(concept), dosage == null ? "" : dosage,
                m.hasStatus() ? m.getStatus().toCode() : "");
    }

    /** The observation's value, or each of its components' values (a blood pressure panel gives two). */
    static List<ObservationEntry> observations(Observation o) {
        List<ObservationEntry> out = new ArrayList<>();
        java.time.Instant when = o.hasEffectiveDateTimeType()
                ? o.getEffectiveDateTimeType().getValue().toInstant() : java.time.Instant.EPOCH;
        if (o.hasValueQuantity()) {
            out.add(entry(o.getCode(), o.getValueQuantity(), when));
        }
        for (Observation.ObservationComponentComponent c : o.getComponent()) {
            if (c.hasValueQuantity()) {
                out.add(entry(c.getCode(), c.getValueQuantity(), when));
            }
        }
        return out;
    }

    static AllergyEntry allergy(AllergyIntolerance a) {
        List<String> reactions = new ArrayList<>();
        a.getReaction().forEach(r -> r.getManifestation().forEach(m -> reactions.add(text(m))));
        return new AllergyEntry(first(a.getCode()).getCode() == null ? "" : first(a.getCode()).getCode(),
                text(a.getCode()), a.hasCriticality() ? a.getCriticality().toCode() : "", reactions);
    }

    static SlotEntry slot(Slot s) {
        String service = s.getServiceType().isEmpty() ? "" : text(s.getServiceTypeFirstRep());
        return new SlotEntry(s.getIdElement().getIdPart(), service, s.getStart().toInstant(), s.getEnd().toInstant());
    }

    private static ObservationEntry entry(CodeableConcept code, Quantity q, java.time.Instant when) {
        Coding loinc = code.getCoding().stream().filter(c -> LOINC.equals(c.getSystem())).findFirst()
                .orElse(first(code));
        String unit = q.hasUnit() ? q.getUnit() : (q.hasCode() ? q.getCode() : "");
        return new ObservationEntry(loinc.getCode() == null ? "" : loinc.getCode(),
                loinc.hasDisplay() ? loinc.getDisplay() : text(code), q.getValue(), unit, when);
    }

    private static Coding first(CodeableConcept concept) {
        return concept.getCoding().isEmpty() ? new Coding() : concept.getCodingFirstRep();
    }

    private static String text(CodeableConcept concept) {
        if (concept.hasText()) {
            return concept.getText();
        }
        Coding coding = first(concept);
        return coding.hasDisplay() ? coding.getDisplay() : String.valueOf(coding.getCode());
    }

    private static void addIfPresent(List<String> out, String value) {
        if (value != null && !value.isBlank()) {
            out.add(value);
        }
    }
}
