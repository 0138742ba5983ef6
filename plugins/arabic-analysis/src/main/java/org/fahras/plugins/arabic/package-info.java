/**
 * The Arabic analysis plugin: Lucene analyzers that normalise Arabic spelling variants and
 * lightly stem Arabic words, offered to the host through {@link
 * org.fahras.plugins.arabic.ArabicAnalyzerProvider}.
 *
 * <p>The chain is built in {@link org.fahras.plugins.arabic.ArabicSearchAnalyzer}; the letter
 * rules Lucene lacks live in {@link org.fahras.plugins.arabic.ArabicLetterNormalizer}, the extra
 * proclitic rules in {@link org.fahras.plugins.arabic.ArabicProcliticStemmer}. Each rule group
 * can be switched off by the user ({@code ArabicRule}, offered as the provider's options).
 */
package org.fahras.plugins.arabic;
