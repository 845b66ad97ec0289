package org.xuequ.sharing.search;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * "chinese": smartcn word segmentation (物理所礼堂 → 物理 所 礼堂), for relevance.
 * "cjk_bigram": overlapping character pairs plus single characters, so that a word smartcn
 * segments differently in the query and in the text is still found.
 * "cjk_bigram_query": the same pairs without the single characters, for the query side only. With single
 * characters the query is a graph of every way to split it, which doubles per character: a resource's
 * 11-character name became more than 1,024 clauses and the search failed. A lone character still comes out
 * as itself, and the index keeps the single characters, so a one-character query still finds its words.
 */
public class SharingAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("chinese").instance(new SmartChineseAnalyzer());
        bigrams(context, "cjk_bigram", true);
        bigrams(context, "cjk_bigram_query", false);
    }

    private static void bigrams(LuceneAnalysisConfigurationContext context, String name, boolean withSingleCharacters) {
        context.analyzer(name)
                .custom()
                .tokenizer("standard")
                .tokenFilter("cjkWidth")
                .tokenFilter("lowercase")
                .tokenFilter("cjkBigram")
                .param("outputUnigrams", String.valueOf(withSingleCharacters));
    }
}
