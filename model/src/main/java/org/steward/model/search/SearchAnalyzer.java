package org.steward.model.search;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** The index-time analyzer of every text field: {@link TextTokens} wrapped as a Lucene tokenizer. */
final class SearchAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new SplittingTokenizer());
    }

    private static final class SplittingTokenizer extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final StringBuilder buffer = new StringBuilder();
        private final char[] chunk = new char[1024];
        private Iterator<TextTokens.Token> pending = List.<TextTokens.Token>of().iterator();
        private int finalOffset;

        @Override
        public boolean incrementToken() {
            if (!pending.hasNext()) {
                return false;
            }
            clearAttributes();
            TextTokens.Token token = pending.next();
            term.setEmpty().append(token.text());
            offset.setOffset(correctOffset(token.start()), correctOffset(token.end()));
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            buffer.setLength(0);
            for (int n = input.read(chunk); n > 0; n = input.read(chunk)) {
                buffer.append(chunk, 0, n);
            }
            finalOffset = correctOffset(buffer.length());
            pending = TextTokens.split(buffer).iterator();
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(finalOffset, finalOffset);
        }
    }
}
