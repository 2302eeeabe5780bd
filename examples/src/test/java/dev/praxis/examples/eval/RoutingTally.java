package dev.praxis.examples.eval;

import java.util.Locale;

/** The counts behind one cell of the routing table: calls expected and hit, refusals expected and right. */
final class RoutingTally {

    int calls;
    int toolHits;
    int exactHits;
    int noCalls;
    int correctRefusals;
    int wrongSideEffects;

    void add(RoutingTally other) {
        calls += other.calls;
        toolHits += other.toolHits;
        exactHits += other.exactHits;
        noCalls += other.noCalls;
        correctRefusals += other.correctRefusals;
        wrongSideEffects += other.wrongSideEffects;
    }

    int items() {
        return calls + noCalls;
    }

    double topOne() {
        return percent(toolHits, calls);
    }

    double exact() {
        return percent(exactHits, calls);
    }

    double refusals() {
        return percent(correctRefusals, noCalls);
    }

    /** {@code n | top-1 | exact | refusals | wrong side effects} as table cells. */
    String cells() {
        if (items() == 0) {
            return " - | - | - | - | - ";
        }
        return String.format(Locale.ROOT, " %d | %s | %s | %s | %d ", items(), cell(toolHits, calls),
                cell(exactHits, calls), cell(correctRefusals, noCalls), wrongSideEffects);
    }

    private static String cell(int hits, int of) {
        return of == 0 ? "-" : String.format(Locale.ROOT, "%.1f %% (%d/%d)", percent(hits, of), hits, of);
    }

    private static double percent(int hits, int of) {
        return of == 0 ? 100.0 : 100.0 * hits / of;
    }
}
