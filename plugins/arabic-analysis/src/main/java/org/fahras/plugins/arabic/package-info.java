/**
 * The Arabic analysis plugin: Lucene analyzers that normalise Arabic spelling variants, lightly
 * stem Arabic words, keep diacritics for vocalised search and reduce words to roots, offered to
 * the host through {@link org.fahras.plugins.arabic.ArabicAnalyzerProvider}.
 *
 * <p>The STEMMED and EXACT chains are built in {@link
 * org.fahras.plugins.arabic.ArabicSearchAnalyzer} (stemming: {@link
 * org.fahras.plugins.arabic.ArabicLightStemmer}, roots for the ROOT field: {@link
 * org.fahras.plugins.arabic.ArabicRootExtractor}), the VOCALISED chain in {@link
 * org.fahras.plugins.arabic.ArabicVocalisedAnalyzer} with its queries in {@link
 * org.fahras.plugins.arabic.ArabicVocalisedQuery}; the letter rules Lucene lacks live in {@link
 * org.fahras.plugins.arabic.ArabicLetterNormalizer}, the proclitic rules in {@link
 * org.fahras.plugins.arabic.ArabicProcliticStemmer}, the query-time name variants in {@link
 * org.fahras.plugins.arabic.ArabicNameVariants}. Each rule group and the optional fields can be
 * switched by the user ({@code ArabicRule} and the provider's options).
 */
package org.fahras.plugins.arabic;
