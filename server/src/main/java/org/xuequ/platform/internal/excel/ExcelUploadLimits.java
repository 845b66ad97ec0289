package org.xuequ.platform.internal.excel;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Spring's 1 MB upload default is far below a 50,000-row workbook. These defaults come from a
 * property source of the lowest precedence, so application.yml or the environment still win.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:excel-upload.properties")
class ExcelUploadLimits {}
