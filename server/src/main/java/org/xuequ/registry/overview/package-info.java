/** Whole-scope views (the region → district → unit tree, the map) and the registry's dashboard figures. Internal. */
package org.xuequ.registry.overview;
