/**
 * Finding resources: the Lucene index and its Chinese analysis, full-text search with "free in a
 * range", and recommendations. A named interface: the sample data rebuilds the index.
 */
@org.springframework.modulith.NamedInterface("search")
package org.xuequ.sharing.search;
