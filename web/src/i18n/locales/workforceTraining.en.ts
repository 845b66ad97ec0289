/** workforce.training: English. Same keys as workforceTraining.zh-CN.ts. */
export default {}
