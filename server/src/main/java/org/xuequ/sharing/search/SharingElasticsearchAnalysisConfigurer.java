package org.xuequ.sharing.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link SharingAnalysisConfigurer} on Elasticsearch/OpenSearch: "chinese" is the smartcn
 * plugin's analyzer (install analysis-smartcn on every search node), "cjk_bigram" and "cjk_bigram_query" built
 * from the same filters.
 */
public class SharingElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer("chinese").type("smartcn");
        context.tokenFilter("cjk_bigram_unigrams").type("cjk_bigram").param("output_unigrams", true);
        context.analyzer("cjk_bigram")
                .custom()
                .tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", "cjk_bigram_unigrams");
        context.analyzer("cjk_bigram_query")
                .custom()
                .tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", "cjk_bigram");
    }
}
