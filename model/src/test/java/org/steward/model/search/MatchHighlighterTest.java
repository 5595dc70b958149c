package org.steward.model.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchHighlighterTest {

    @Test
    void highlightsTheTypedPrefixOfEachMatchingToken() {
        MatchHighlighter highlighter = MatchHighlighter.forQuery("customer_em");

        assertThat(highlighter.spans("customer_email")).containsExactly(new TextSpan(0, 8), new TextSpan(9, 11));
    }

    @Test
    void mergesAdjacentCamelCaseMatchesAndIgnoresCase() {
        MatchHighlighter highlighter = MatchHighlighter.forQuery("CUSTOMER email");

        assertThat(highlighter.spans("customerEmail")).containsExactly(new TextSpan(0, 13));
    }

    @Test
    void matchesOnlyAtTokenStarts() {
        MatchHighlighter highlighter = MatchHighlighter.forQuery("mail");

        assertThat(highlighter.spans("email mail_box")).containsExactly(new TextSpan(6, 10));
    }

    @Test
    void mapsFoldedAccentsBackToTheOriginalCharacters() {
        MatchHighlighter highlighter = MatchHighlighter.forQuery("strasse");

        assertThat(highlighter.spans("Hauptstraße_Straße")).containsExactly(new TextSpan(12, 18));
        assertThat(MatchHighlighter.forQuery("cafe").spans("le Café")).containsExactly(new TextSpan(3, 7));
    }

    @Test
    void prefersTheLongestQueryTokenOnOneTextToken() {
        MatchHighlighter highlighter = MatchHighlighter.forQuery("e email");

        assertThat(highlighter.spans("email")).containsExactly(new TextSpan(0, 5));
    }

    @Test
    void countsDistinctQueryTokensFound() {
        MatchHighlighter highlighter = MatchHighlighter.forQuery("cust em");

        assertThat(highlighter.matchCount("customer_email")).isEqualTo(2);
        assertThat(highlighter.matchCount("customer_id")).isEqualTo(1);
        assertThat(highlighter.matchCount("order")).isZero();
    }

    @Test
    void blankQueryHighlightsNothing() {
        assertThat(MatchHighlighter.forQuery("  ").spans("anything")).isEmpty();
    }

    @Test
    void snippetCutsAroundTheFirstMatchWithEllipses() {
        String text = "a".repeat(200) + " needle " + "b".repeat(200);
        MatchHighlighter.Snippet snippet = MatchHighlighter.forQuery("needle").snippet(text, 160);

        assertThat(snippet.text()).hasSize(160).startsWith("…").endsWith("…");
        assertThat(snippet.spans()).hasSize(1);
        TextSpan span = snippet.spans().get(0);
        assertThat(snippet.text().substring(span.start(), span.end())).isEqualTo("needle");
    }

    @Test
    void snippetOfAShortTextIsTheWholeText() {
        MatchHighlighter.Snippet snippet = MatchHighlighter.forQuery("orders").snippet("All orders", 160);

        assertThat(snippet.text()).isEqualTo("All orders");
        assertThat(snippet.spans()).containsExactly(new TextSpan(4, 10));
    }
}
