/** Platform API: accounts. */
@org.springframework.modulith.NamedInterface("accounts")
package org.xuequ.platform.accounts;
