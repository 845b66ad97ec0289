/** workforce.staff: English. Same keys as workforceStaff.zh-CN.ts. */
export default {}
