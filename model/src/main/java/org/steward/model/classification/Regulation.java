package org.steward.model.classification;

/** A regulation a classification falls under: {@code GDPR}, {@code Art. 9(1) data concerning health}. */
public record Regulation(String framework, String reference) {

    public Regulation {
        framework = framework == null ? "" : framework.strip();
        reference = reference == null ? "" : reference.strip();
    }
}
