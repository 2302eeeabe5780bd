package dev.praxis.finance.personal;

import dev.praxis.finance.money.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * A charge that repeats at a regular cadence.
 *
 * @param merchant         normalised merchant
 * @param cadence          how often it comes
 * @param typicalAmount    median amount charged, positive
 * @param annualCost       typical amount × charges per year
 * @param occurrences      how many charges were seen
 * @param firstDate        first charge seen
 * @param lastDate         last charge seen
 * @param nextExpectedDate last date + one cadence
 * @param amountVaries     whether the amounts differ (all within the tolerance)
 * @param transactionIndexes positions of the charges in the input
 * @param reason           why it counts as recurring
 */
public record RecurringCharge(String merchant, Cadence cadence, Money typicalAmount, Money annualCost, int occurrences,
                              LocalDate firstDate, LocalDate lastDate, LocalDate nextExpectedDate, boolean amountVaries,
                              List<Integer> transactionIndexes, String reason) {

    /**
     * Copies the transaction indexes.
     *
     * @param merchant normalised merchant
     * @param cadence how often it comes
     * @param typicalAmount median amount charged, positive
     * @param annualCost typical amount × charges per year
     * @param occurrences how many charges were seen
     * @param firstDate first charge seen
     * @param lastDate last charge seen
     * @param nextExpectedDate last date + one cadence
     * @param amountVaries whether the amounts differ (all within the tolerance)
     * @param transactionIndexes positions of the charges in the input
     * @param reason why it counts as recurring
     */
    public RecurringCharge {
        transactionIndexes = List.copyOf(transactionIndexes);
    }
}
