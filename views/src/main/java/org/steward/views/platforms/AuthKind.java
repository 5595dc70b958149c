package org.steward.views.platforms;

/** The sign-in choices of the connection form. */
public enum AuthKind {
    BASIC("User and password"),
    BEARER("Bearer token");

    private final String label;

    AuthKind(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
