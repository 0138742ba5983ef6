/**
 * Search backends: where the host's index records go and where its searches are answered, when
 * that is not the local Lucene index (a SolrCloud collection, for instance).
 *
 * <p>The host keeps parsing, Arabic analysis, entity recognition and change detection; a backend
 * stores the host's records ({@link org.fahras.api.backend.BackendRecord}) and answers the host's
 * requests ({@link org.fahras.api.backend.BackendQuery}) with pages of hits, snippets and facet
 * counts ({@link org.fahras.api.backend.BackendResult}). The command line and the window do not
 * know which backend answers.
 *
 * @since 1.4.0
 */
package org.fahras.api.backend;
