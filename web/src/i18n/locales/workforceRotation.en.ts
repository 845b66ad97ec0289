/** workforce.rotation: English. Same keys as workforceRotation.zh-CN.ts. */
export default {}
