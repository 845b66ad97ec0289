/**
 * Photos of inspections behind one storage interface ({@link org.xuequ.supervision.photos.PhotoStore}),
 * metadata stripped on upload.
 */
package org.xuequ.supervision.photos;
