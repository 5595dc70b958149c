package org.steward.model.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueChecksTest {

    @Test
    void paymentCardsNeedANetworkPrefixAndLengthBesidesLuhn() {
        assertThat(ValueChecks.isPaymentCard("4111111111111111")).isTrue();
        assertThat(ValueChecks.isPaymentCard("378282246310005")).isTrue();
        assertThat(ValueChecks.isPaymentCard("2223003122003222")).isTrue();
        assertThat(ValueChecks.isPaymentCard("6011111111111117")).isTrue();
        assertThat(ValueChecks.isLuhnNumber("490154203237518")).isTrue();
        assertThat(ValueChecks.isPaymentCard("490154203237518")).isFalse();
        assertThat(ValueChecks.isPaymentCard("7700000000000009")).isFalse();
    }
}
