package org.steward.connectors.report;

/** A text or line colour as PDF RGB components from 0 to 1 (no AWT outside charts). */
record Ink(float red, float green, float blue) {
    static final Ink BLACK = new Ink(0, 0, 0);
    static final Ink GREY = new Ink(0.5f, 0.5f, 0.5f);
    static final Ink RULE = new Ink(0.8f, 0.8f, 0.8f);
    static final Ink ALERT = new Ink(0.69f, 0.12f, 0.12f);
}
