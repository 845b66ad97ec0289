import type zhCN from './locales/zh-CN'

/** Recursively turns every leaf of the zh-CN messages into `string`: en must have the same shape. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

export type MessageSchema = Widen<typeof zhCN>
