package org.steward.model.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTokensTest {

    @Test
    void splitsOnSeparatorsCamelCaseAndDigits() {
        assertThat(TextTokens.terms("customer_email")).containsExactly("customer", "email");
        assertThat(TextTokens.terms("customerEmail")).containsExactly("customer", "email");
        assertThat(TextTokens.terms("HTTPServerLog")).containsExactly("http", "server", "log");
        assertThat(TextTokens.terms("raw/events.v2-daily")).containsExactly("raw", "events", "v", "2", "daily");
        assertThat(TextTokens.terms("address2line")).containsExactly("address", "2", "line");
    }

    @Test
    void foldsAccentsAndKeepsOffsetsOfTheOriginal() {
        assertThat(TextTokens.terms("Straße Café")).containsExactly("strasse", "cafe");
        assertThat(TextTokens.split("Straße Café").get(1)).isEqualTo(new TextTokens.Token("cafe", 7, 11));
    }

    @Test
    void keyJoinsTokensSoSpellingsOfOneNameAgree() {
        assertThat(TextTokens.key("customer_email")).isEqualTo(TextTokens.key("Customer Email"))
                .isEqualTo(TextTokens.key("customerEmail")).isEqualTo("customer email");
    }
}
