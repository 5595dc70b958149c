package org.steward.model.catalog;

import java.util.List;
import java.util.Optional;

/** Read access to the catalog as stored; thread-safe. */
public interface CatalogReader {

    CatalogTreeNode tree();

    Optional<Entity> entity(long id);

    Optional<Entity> entityByQualifiedName(String qualifiedName);

    Optional<EntityDetails> details(long id);

    CatalogStats stats();

    List<Owner> owners();

    Optional<Owner> owner(String id);

    List<GlossaryTerm> glossaryTerms();
}
