/** PDF output in Chinese: the embedded CJK font with line breaking that every module's documents share. */
@org.springframework.modulith.NamedInterface("pdf")
package org.xuequ.platform.pdf;
