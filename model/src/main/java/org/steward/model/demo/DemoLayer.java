package org.steward.model.demo;

/** Where a planned node sits in the flow, and how its column classifications are set. */
enum DemoLayer {
    SOURCE(LabelPolicy.DIRECT),
    RAW(LabelPolicy.NONE),
    CLEAN(LabelPolicy.NONE),
    STAGING(LabelPolicy.PROPAGATE_ONLY),
    CORE(LabelPolicy.PROPAGATE),
    MART(LabelPolicy.PROPAGATE),
    MARKETING_MART(LabelPolicy.NONE),
    FEATURE(LabelPolicy.PROPAGATE),
    DASHBOARD(LabelPolicy.NONE);

    enum LabelPolicy { DIRECT, NONE, PROPAGATE_ONLY, PROPAGATE }

    private final LabelPolicy policy;

    DemoLayer(LabelPolicy policy) {
        this.policy = policy;
    }

    LabelPolicy policy() {
        return policy;
    }
}
