package dev.praxis.ecommerce.order;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderStateMachineTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"PLACED, PROCESSING", "PROCESSING, SHIPPED", "SHIPPED, DELIVERED", "PLACED, CANCELLED"})
    void allowsTheLifecycleAndEarlyCancellation(OrderStatus from, OrderStatus to) {
        assertThatNoException().isThrownBy(() -> OrderStateMachine.require("O-1", from, to));
    }

    @ParameterizedTest(name = "{0} -> {1} is illegal")
    @CsvSource({"PROCESSING, CANCELLED", "SHIPPED, CANCELLED", "DELIVERED, CANCELLED", "DELIVERED, SHIPPED",
            "CANCELLED, PROCESSING", "PLACED, SHIPPED", "PLACED, DELIVERED", "SHIPPED, PROCESSING", "PLACED, PLACED"})
    void rejectsEveryOtherTransitionNamingBothStatuses(OrderStatus from, OrderStatus to) {
        assertThatThrownBy(() -> OrderStateMachine.require("O-7", from, to))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("order O-7 cannot move from " + from + " to " + to);
    }

    @Test
    void explainsWhatToDoInsteadOfCancellingADeliveredOrder() {
        assertThatThrownBy(() -> OrderStateMachine.require("O-7", OrderStatus.DELIVERED, OrderStatus.CANCELLED))
                .hasMessageContaining("nothing (final status)").hasMessageContaining("returned and refunded");
    }

    @Test
    void finalStatusesLeadNowhere() {
        assertThat(OrderStateMachine.next(OrderStatus.DELIVERED)).isEmpty();
        assertThat(OrderStateMachine.next(OrderStatus.CANCELLED)).isEmpty();
        assertThat(OrderStateMachine.next(OrderStatus.PLACED)).containsExactly(OrderStatus.PROCESSING, OrderStatus.CANCELLED);
    }
}
