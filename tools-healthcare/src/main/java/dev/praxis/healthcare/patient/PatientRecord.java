package dev.praxis.healthcare.patient;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One patient's demographics as read from FHIR. Everything here except {@link #id()} and {@link #sex()} is PHI:
 * tools show it only when PHI disclosure is switched on, and {@code PhiRedactor} masks it everywhere else.
 *
 * @param id the FHIR logical id ({@code Patient/{id}}), the pseudonymous key tools and bindings use
 * @param givenNames the given names
 * @param familyName the family name, empty when the record has none
 * @param birthDate the date of birth, when recorded
 * @param sex the administrative gender as FHIR codes it (female, male, other, unknown)
 * @param identifiers the business identifiers (medical record numbers and the like)
 * @param address the address parts (lines, city, postal code)
 */
public record PatientRecord(String id, List<String> givenNames, String familyName, Optional<LocalDate> birthDate,
                            String sex, List<String> identifiers, List<String> address) {

    /**
     * Copies the lists and checks that nothing is missing.
     *
     * @param id the FHIR logical id
     * @param givenNames the given names
     * @param familyName the family name
     * @param birthDate the date of birth, when recorded
     * @param sex the administrative gender
     * @param identifiers the business identifiers
     * @param address the address parts
     */
    public PatientRecord {
        Objects.requireNonNull(id, "id");
        givenNames = List.copyOf(givenNames);
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        identifiers = List.copyOf(identifiers);
        address = List.copyOf(address);
    }

    /**
     * The name as written on a letter: given names then family name.
     *
     * @return the full name
     */
    public String fullName() {
        List<String> parts = new ArrayList<>(givenNames);
        if (!familyName.isEmpty()) {
            parts.add(familyName);
        }
        return String.join(" ", parts);
    }

    /**
     * Age in whole years on {@code day}, when the birth date is recorded; not PHI on its own below 90.
     *
     * @param day the day to count to
     * @return the age in years
     */
    public Optional<Integer> ageOn(LocalDate day) {
        return birthDate.map(born -> Period.between(born, day).getYears());
    }

    /**
     * Every text that identifies this patient and must be masked in logs and records: each name, the full
     * name, each identifier, the birth date and each address part.
     *
     * @return the texts to mask
     */
    public List<String> phiTerms() {
        List<String> terms = new ArrayList<>(givenNames);
        terms.add(familyName);
        terms.add(fullName());
        terms.addAll(identifiers);
        birthDate.ifPresent(born -> terms.add(born.toString()));
        terms.addAll(address);
        terms.removeIf(String::isBlank);
        return List.copyOf(terms);
    }
}
