package org.steward.model.search;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits tokens split by {@link TextTokens} as a Lucene token stream, so a field's text is split once while mapping.
 * With short prefixes, each token is followed by its first {@link IndexFields#SHORT_PREFIX_LENGTH} prefixes as
 * marked terms, so that a query token still being typed scores by one term instead of a costly prefix expansion.
 */
final class TokenListStream extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final List<TextTokens.Token> tokens;
    private final boolean shortPrefixes;
    private int next;
    private TextTokens.Token current;
    private int prefixLength;

    TokenListStream(List<TextTokens.Token> tokens, boolean shortPrefixes) {
        this.tokens = tokens;
        this.shortPrefixes = shortPrefixes;
    }

    @Override
    public void reset() {
        next = 0;
        current = null;
        prefixLength = 0;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        if (current != null && prefixLength < Math.min(current.text().length(), IndexFields.SHORT_PREFIX_LENGTH)) {
            prefixLength++;
            term.setEmpty().append(IndexFields.SHORT_PREFIX).append(current.text(), 0, prefixLength);
            position.setPositionIncrement(0);
            return true;
        }
        if (next >= tokens.size()) {
            return false;
        }
        TextTokens.Token token = tokens.get(next++);
        current = shortPrefixes ? token : null;
        prefixLength = 0;
        term.setEmpty().append(token.text());
        return true;
    }
}
