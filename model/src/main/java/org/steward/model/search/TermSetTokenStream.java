package org.steward.model.search;

import java.util.Collection;
import java.util.Iterator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Emits a prepared collection of terms as they are, for a field whose terms are computed while mapping. */
final class TermSetTokenStream extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Collection<String> terms;
    private Iterator<String> pending;

    TermSetTokenStream(Collection<String> terms) {
        this.terms = terms;
    }

    @Override
    public void reset() {
        pending = terms.iterator();
    }

    @Override
    public boolean incrementToken() {
        if (!pending.hasNext()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(pending.next());
        return true;
    }
}
