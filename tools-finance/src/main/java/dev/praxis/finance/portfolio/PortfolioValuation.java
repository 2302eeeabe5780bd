package dev.praxis.finance.portfolio;

import dev.praxis.finance.money.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * Result of {@code portfolio_valuation}.
 *
 * @param positions one per holding, in the order given
 * @param total     sum of the rounded base-currency market values
 * @param asOf      latest price date used
 * @param rounding  how values were rounded
 * @param source    who provided prices and rates
 */
public record PortfolioValuation(List<Position> positions, Money total, LocalDate asOf, String rounding,
                                 String source) {

    /**
     * Copies the positions.
     *
     * @param positions one per holding, in the order given
     * @param total sum of the rounded base-currency market values
     * @param asOf latest price date used
     * @param rounding how values were rounded
     * @param source who provided prices and rates
     */
    public PortfolioValuation {
        positions = List.copyOf(positions);
    }
}
