package org.steward.model.masking;

/** Writes the DDL that applies a dataset's masking plan in a warehouse. */
public final class MaskingDdl {

    private MaskingDdl() {
    }

    /**
     * The script for {@code dialect}. The salt goes into the script only when {@code options.includeSalt()}; without
     * it the script creates an empty salt table and hashed or tokenised columns read NULL until the salt is loaded.
     */
    public static String generate(MaskingPlan plan, SqlDialect dialect, DdlOptions options, MaskingSalt salt) {
        if (plan.columns().isEmpty()) {
            throw new IllegalArgumentException(plan.dataset().qualifiedName()
                    + " has no columns in the catalog, so there is nothing to mask");
        }
        return switch (dialect) {
            case POSTGRESQL -> PostgresMaskingDdl.generate(plan, options, salt);
            case SNOWFLAKE -> SnowflakeMaskingDdl.generate(plan, options, salt);
        };
    }
}
