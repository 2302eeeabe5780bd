package dev.praxis.healthcare.patient;

import dev.praxis.approval.ActionToken;
import dev.praxis.approval.ActionTokens;
import dev.praxis.approval.ApprovalSummary;
import dev.praxis.healthcare.internal.Disclaimer;
import dev.praxis.healthcare.safety.PatientBindings;
import dev.praxis.healthcare.safety.PhiRedactor;
import dev.praxis.tool.Param;
import dev.praxis.tool.SideEffect;
import dev.praxis.tool.ToolContext;
import dev.praxis.tool.ToolException;
import dev.praxis.tool.ToolFunction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The patient tools an agent calls, each on the patient its session is bound to ({@link PatientBindings}): every
 * read is checked and logged there first. Names, birth dates, identifiers and addresses stay out of every result
 * unless PHI disclosure is switched on; the patient is its logical id, age and sex. Example (abridged):
 *
 * <pre>{@code
 * list_medications {}  ->  {"patient_id": "p-001", "section": "medications",
 *                           "entries": [{"rxnorm": "6809", "name": "metformin", ...}], ...}
 * }</pre>
 *
 * Booking is irreversible and goes in two steps: {@code prepare_appointment} issues an approval token
 * ({@link ActionTokens}, kind {@value #KIND}) for exactly one slot, patient and reason in this session;
 * {@code book_appointment} needs the person's approval and redeems the token once.
 */
public final class PatientTools {

    static final String KIND = "appointment";
    private static final int MAX_SLOT_DAYS = 60;

    private final PatientRecords records;
    private final PatientBindings bindings;
    private final PhiRedactor redactor;
    private final ActionTokens tokens;
    private final Clock clock;
    private final Duration approvalTtl;
    private final boolean disclosePhi;

    /** The exact booking an approval token approves. */
    record Booking(String slotId, String patientId, String reason) {
    }

    /**
     * Tools over {@code records} for the sessions in {@code bindings}.
     *
     * @param records where patient records come from
     * @param bindings which session may read which patient; logs every read
     * @param redactor learns the PHI of every patient read, to mask it in logs and records
     * @param tokens issues and redeems booking approvals
     * @param clock the time source for ages, slot searches and approval expiry
     * @param approvalTtl how long a booking approval stays valid
     * @param disclosePhi true to show names, birth dates and identifiers in results (off by default in the pack)
     */
    public PatientTools(PatientRecords records, PatientBindings bindings, PhiRedactor redactor, ActionTokens tokens,
                        Clock clock, Duration approvalTtl, boolean disclosePhi) {
        this.records = Objects.requireNonNull(records, "records");
        this.bindings = Objects.requireNonNull(bindings, "bindings");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (approvalTtl.isNegative() || approvalTtl.isZero()) {
            throw new IllegalArgumentException("approvalTtl must be positive, got " + approvalTtl);
        }
        this.approvalTtl = approvalTtl;
        this.disclosePhi = disclosePhi;
    }

    /**
     * The {@code patient_summary} tool.
     *
     * @param context the calling session and user
     * @param patientId the patient's id; default the bound patient
     * @return the summary
     */
    @ToolFunction(name = "patient_summary", description = "Summary of the patient this session is bound to: age, "
            + "sex, active conditions, medications, allergies and the latest observations. Read-only.")
    public PatientSummary patientSummary(ToolContext context, @Param(value = "Patient id; default the patient this "
            + "session is bound to", required = false) @Nullable String patientId) {
        PatientRecord patient = open(context, patientId, "patient_summary");
        String id = patient.id();
        List<String> conditions = records.conditions(id).stream()
                .filter(c -> c.clinicalStatus().isEmpty() || c.clinicalStatus().equals("active"))
                .map(ConditionEntry::name).toList();
        List<String> meds = records.medications(id).stream().map(MedicationEntry::name).toList();
        List<String> allergies = records.allergies(id).stream().map(AllergyEntry::substance).toList();
        return new PatientSummary(id, patient.ageOn(LocalDate.now(clock)), patient.sex(),
                disclosePhi ? Optional.of(patient.fullName()) : Optional.empty(),
                disclosePhi ? patient.birthDate().map(LocalDate::toString) : Optional.empty(),
                disclosePhi ? patient.identifiers() : List.of(), conditions, meds, allergies,
                latest(records.observations(id)), Disclaimer.TEXT);
    }

    /**
     * The {@code list_medications} tool.
     *
     * @param context the calling session and user
     * @param patientId the patient's id; default the bound patient
     * @return the medications
     */
    @ToolFunction(name = "list_medications", description = "The medications of the patient this session is bound "
            + "to, with RxNorm codes and dosage as recorded. Read-only.")
    public ChartSection<MedicationEntry> listMedications(ToolContext context, @Param(value = "Patient id; default "
            + "the patient this session is bound to", required = false) @Nullable String patientId) {
        String id = open(context, patientId, "list_medications").id();
        return new ChartSection<>(id, "medications", records.medications(id), "as recorded in the patient's "
                + "medication statements; not a reconciled list", Disclaimer.TEXT);
    }

    /**
     * The {@code latest_observations} tool.
     *
     * @param context the calling session and user
     * @param codeOrName a LOINC code or part of a name; empty for all
     * @param patientId the patient's id; default the bound patient
     * @return the latest value of each matching code
     */
    @ToolFunction(name = "latest_observations", description = "The latest value of each observation (lab result or "
            + "vital sign) of the bound patient, optionally only those with a LOINC code (e.g. 2160-0 creatinine, "
            + "4548-4 HbA1c, 8480-6 systolic BP) or a name containing the text given. Read-only.")
    public ChartSection<ObservationEntry> latestObservations(ToolContext context,
            @Param(value = "LOINC code or part of the name, e.g. 2160-0 or creatinine; empty for all",
                    required = false) @Nullable String codeOrName,
            @Param(value = "Patient id; default the patient this session is bound to", required = false)
            @Nullable String patientId) {
        String id = open(context, patientId, "latest_observations").id();
        List<ObservationEntry> latest = latest(records.observations(id));
        if (codeOrName == null || codeOrName.isBlank()) {
            return new ChartSection<>(id, "observations", latest, "the latest value of each code", Disclaimer.TEXT);
        }
        String wanted = codeOrName.strip().toLowerCase(Locale.ROOT);
        List<ObservationEntry> matching = latest.stream().filter(o -> o.loinc().equals(wanted)
                || o.name().toLowerCase(Locale.ROOT).contains(wanted)).toList();
        if (matching.isEmpty()) {
            throw new ToolException("no observation matches '" + codeOrName.strip() + "'; recorded codes: "
                    + latest.stream().map(o -> o.loinc() + " " + o.name()).toList());
        }
        return new ChartSection<>(id, "observations", matching, "the latest value of each matching code",
                Disclaimer.TEXT);
    }

    /**
     * The {@code list_allergies} tool.
     *
     * @param context the calling session and user
     * @param patientId the patient's id; default the bound patient
     * @return the allergies
     */
    @ToolFunction(name = "list_allergies", description = "The recorded allergies and intolerances of the bound "
            + "patient, with criticality and reactions. An empty list means none recorded, not none present.")
    public ChartSection<AllergyEntry> listAllergies(ToolContext context, @Param(value = "Patient id; default the "
            + "patient this session is bound to", required = false) @Nullable String patientId) {
        String id = open(context, patientId, "list_allergies").id();
        return new ChartSection<>(id, "allergies", records.allergies(id), "an empty list means none recorded, not "
                + "none present", Disclaimer.TEXT);
    }

    /**
     * The {@code find_appointment_slots} tool.
     *
     * @param service the service, e.g. nephrology; empty for any
     * @param days how many days ahead to look, from now
     * @return the free slots, earliest first
     */
    @ToolFunction(name = "find_appointment_slots", description = "Free appointment slots in the next days, "
            + "optionally for one service (e.g. nephrology, general practice). Read-only; book with "
            + "prepare_appointment then book_appointment.")
    public List<SlotEntry> findAppointmentSlots(
            @Param(value = "Service, e.g. nephrology; empty for any", required = false) @Nullable String service,
            @Param(value = "Days ahead to search, from now; default 14", required = false, min = "1", max = "60")
            @Nullable Integer days) {
        Instant now = clock.instant();
        int ahead = days == null ? 14 : Math.min(days, MAX_SLOT_DAYS);
        return records.freeSlots(service == null ? "" : service.strip(), now, now.plus(Duration.ofDays(ahead)));
    }

    /**
     * The {@code prepare_appointment} tool: checks the slot is free and issues an approval token for exactly this
     * booking. Books nothing.
     *
     * @param context the calling session and user
     * @param slotId the slot
     * @param reason the reason for the appointment
     * @param patientId the patient's id; default the bound patient
     * @return the preview with its token
     */
    @ToolFunction(name = "prepare_appointment", description = "Prepares booking a free slot for the bound patient: "
            + "checks the slot and returns an approval token for exactly this slot and reason. Books nothing; show "
            + "the preview, then book_appointment with the token books it once the person approves.")
    public BookingPreview prepareAppointment(ToolContext context, @Param("Slot id from find_appointment_slots")
            String slotId, @Param(value = "Reason for the appointment, as the clinician gives it", maxLength = 200)
            String reason, @Param(value = "Patient id; default the patient this session is bound to",
            required = false) @Nullable String patientId) {
        String id = open(context, patientId, "prepare_appointment").id();
        SlotEntry slot = freeSlot(slotId);
        ActionToken token = tokens.issue(KIND, new Booking(slot.id(), id, reason.strip()), context.sessionId(),
                approvalTtl);
        return new BookingPreview(id, slot, reason.strip(), token.value(), token.expiresAt(), "Show this slot to "
                + "the person; when they approve, call book_appointment with the same slot_id, reason and this "
                + "approval_token.");
    }

    /**
     * The {@code book_appointment} tool: books the slot approved with the token, once.
     *
     * @param context the calling session and user
     * @param slotId the slot, as prepared
     * @param reason the reason, as prepared
     * @param approvalToken the token from prepare_appointment
     * @param patientId the patient's id; default the bound patient
     * @return the appointment
     */
    @ToolFunction(name = "book_appointment", sideEffect = SideEffect.IRREVERSIBLE, description = "Books the slot "
            + "prepared with prepare_appointment, after the person approved it. Needs the same slot_id and reason "
            + "and the approval token; a token books once.", summary = "describeBooking",
            preparedBy = "prepare_appointment")
    public BookedAppointment bookAppointment(ToolContext context, @Param("Slot id, as prepared") String slotId,
            @Param(value = "Reason, as prepared", maxLength = 200) String reason,
            @Param("approval_token returned by prepare_appointment") String approvalToken,
            @Param(value = "Patient id; default the patient this session is bound to", required = false)
            @Nullable String patientId) {
        String id = open(context, patientId, "book_appointment").id();
        Booking booking = new Booking(slotId, id, reason.strip());
        synchronized (this) {
            tokens.check(approvalToken, KIND, booking, context.sessionId());
            freeSlot(slotId);
            // Spent before booking: a crash in between leaves a spent token and no appointment (prepare again),
            // never an appointment that a retry could book twice.
            tokens.redeem(approvalToken, KIND, booking, context.sessionId());
            try {
                return records.book(slotId, id, booking.reason());
            } catch (IllegalStateException e) {
                throw new ToolException(e.getMessage() + "; nothing was booked", e);
            }
        }
    }

    /**
     * What the approver of {@code book_appointment} sees: the slot, the patient's id and the reason.
     *
     * @param context the calling session and user
     * @param slotId the slot
     * @param reason the reason
     * @param approvalToken the token
     * @param patientId the patient's id, or null for the bound one
     * @return the summary
     */
    public ApprovalSummary describeBooking(ToolContext context, String slotId, String reason, String approvalToken,
                                           @Nullable String patientId) {
        String id = bindings.patientOf(context.sessionId()).orElse("(no patient bound)");
        ActionToken token = tokens.check(approvalToken, KIND, new Booking(slotId, id, reason.strip()),
                context.sessionId());
        Optional<SlotEntry> slot = records.freeSlots("", Instant.MIN, Instant.MAX).stream()
                .filter(s -> s.id().equals(slotId)).findFirst();
        return new ApprovalSummary("Book appointment for patient " + id + " (cannot be undone by the assistant)",
                List.of("slot: " + slotId + slot.map(s -> " " + s.service() + ", " + s.start() + " to " + s.end())
                        .orElse(" (no longer free)"), "reason: " + reason.strip()),
                Optional.of(token.expiresAt()));
    }

    /**
     * The {@code draft_referral_letter} tool.
     *
     * @param context the calling session and user
     * @param toService the service referred to
     * @param reason the clinician's reason for the referral
     * @param patientId the patient's id; default the bound patient
     * @return the draft
     */
    @ToolFunction(name = "draft_referral_letter", description = "Drafts a referral letter from the bound patient's "
            + "record (conditions, medications, allergies, latest results) for a clinician to review, complete and "
            + "sign. Marked DRAFT; sends nothing. Read-only.")
    public ReferralDraft draftReferralLetter(ToolContext context,
            @Param(value = "Service referred to, e.g. nephrology", maxLength = 80) String toService,
            @Param(value = "The clinician's reason for the referral", maxLength = 500) String reason,
            @Param(value = "Patient id; default the patient this session is bound to", required = false)
            @Nullable String patientId) {
        PatientRecord patient = open(context, patientId, "draft_referral_letter");
        String text = ReferralLetter.write(patient, records, toService.strip(), reason.strip(),
                latest(records.observations(patient.id())), LocalDate.now(clock), disclosePhi);
        return new ReferralDraft("DRAFT", patient.id(), toService.strip(), text, Disclaimer.TEXT);
    }

    /** Checks the binding (logging the read), reads the patient and teaches the redactor their PHI. */
    private PatientRecord open(ToolContext context, @Nullable String patientId, String purpose) {
        String id = bindings.open(context, patientId, purpose);
        PatientRecord patient = records.patient(id).orElseThrow(() -> new ToolException("patient " + id
                + " is not in the records"));
        redactor.learn(patient.phiTerms());
        return patient;
    }

    private SlotEntry freeSlot(String slotId) {
        return records.freeSlots("", Instant.MIN, Instant.MAX).stream().filter(s -> s.id().equals(slotId))
                .findFirst().orElseThrow(() -> new ToolException("slot " + slotId + " is not free or does not exist;"
                        + " call find_appointment_slots for free ones"));
    }

    /** The latest entry of each LOINC code, in code order. */
    static List<ObservationEntry> latest(List<ObservationEntry> all) {
        Map<String, ObservationEntry> byCode = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing(ObservationEntry::loinc))
                .forEach(o -> byCode.merge(o.loinc(), o, (a, b) -> b.effective().isAfter(a.effective()) ? b : a));
        return List.copyOf(byCode.values());
    }
}
